import { formatShortDate } from '../../../shared/format/date';
import type {
  CriteriaYearFact,
  OcopFact,
  PredecessorHistory,
  RecognitionFact,
} from '../../../shared/models/successions';
import { unitRefLabel } from './SettleForm';

/** "Đạt chuẩn NTM năm 2021 — QĐ số 123/QĐ-UBND ngày 20/12/2021 của UBND tỉnh …" */
function recognitionText(r: RecognitionFact): string {
  const decision = [
    r.decisionNo && `QĐ số ${r.decisionNo}`,
    r.decisionDate && `ngày ${formatShortDate(r.decisionDate)}`,
    r.issuer && `của ${r.issuer}`,
  ]
    .filter(Boolean)
    .join(' ');
  const set = r.criteriaSetName ? ` (${r.criteriaSetName})` : '';
  return `Đạt chuẩn ${r.levelLabel} năm ${r.year}${set}${decision ? ` — ${decision}` : ''}`;
}

/** "2022: đạt 17/19 tiêu chí" — or how many were entered when the year is incomplete. */
function criteriaText(c: CriteriaYearFact): string {
  if (!c.assessed) return `${c.year}: chưa có kết quả`;
  const partial = c.assessed < c.required ? ` (mới có kết quả ${c.assessed}/${c.required} tiêu chí)` : '';
  return `${c.year}: đạt ${c.met}/${c.required} tiêu chí${partial}`;
}

const stars = (n: number | null) => (n ? `${'★'.repeat(n)} ${n} sao` : 'chưa phân hạng');

function OcopLine({ p }: { p: OcopFact }) {
  return (
    <li>
      {p.name} — <span className="ocop-stars">{stars(p.stars)}</span>
      {p.status ? <span className="muted"> ({p.status})</span> : null}
    </li>
  );
}

/** One old unit a new unit was formed from, with what it carried: recognitions, criteria results, OCOP. */
export function PredecessorCard({ p, onOpen }: { p: PredecessorHistory; onOpen: (id: number) => void }) {
  const empty = !p.recognitions.length && !p.criteria.length && !p.ocop.length;
  return (
    <li className="predecessor" data-testid="predecessor">
      <div className="predecessor-head">
        <button className="link" onClick={() => onOpen(p.unit.id)}>
          {unitRefLabel(p.unit)}
        </button>
        {p.extent === 'partial' ? <span className="badge">một phần</span> : null}
      </div>
      {empty ? <p className="muted small">Chưa có kết quả, công nhận hay sản phẩm OCOP nào được ghi.</p> : null}
      {p.recognitions.length ? (
        <ul className="facts-list">
          {p.recognitions.map((r) => (
            <li key={r.id} className={r.revokedDate ? 'revoked' : 'recognised'}>
              {recognitionText(r)}
              {r.revokedDate ? (
                <span className="ocop-warning"> — đã thu hồi ngày {formatShortDate(r.revokedDate)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {p.criteria.length ? (
        <p className="small">
          <span className="muted">Kết quả tiêu chí: </span>
          {p.criteria.map(criteriaText).join('; ')}
        </p>
      ) : null}
      {p.ocop.length ? (
        <>
          <span className="muted small">Sản phẩm OCOP:</span>
          <ul className="facts-list">
            {p.ocop.map((o) => (
              <OcopLine key={o.productId} p={o} />
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
