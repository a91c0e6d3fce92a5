import { useQuery } from '../../api/context';
import { formatShortDate } from '../../../shared/format/date';
import type { MapCommuneCard } from '../../../shared/models/map';
import { amountFigure, type ThousandVnd } from '../../../shared/models/units-of-measure';
import { NO_DATA } from '../../../shared/format/text';

const amount = (v: ThousandVnd | null) => (v === null ? NO_DATA : amountFigure(v));

function Records({ card }: { card: MapCommuneCard }) {
  if (!card.records.length)
    return <p className="muted">Năm {card.year} không có xã nào thuộc phạm vi NTM trong đơn vị này.</p>;
  return (
    <>
      {card.records.map((r) => (
        <details key={r.unitId} className="map-card-record" open={card.records.length === 1}>
          <summary>
            {r.inherited ? <span className="badge">xã cũ</span> : null} {r.label}:{' '}
            {r.criteriaMet === null ? 'chưa có kết quả tiêu chí' : `${r.criteriaMet}/${r.required} tiêu chí`}
            {r.levelLabel ? ` · đạt chuẩn ${r.levelLabel}` : ''}
          </summary>
          {r.indicators ? <p className="map-card-share">Chỉ tiêu: {r.indicators}</p> : null}
          <ul className="map-card-criteria">
            {r.criteria.map((c) => (
              <li key={c.no} className={c.met === null ? 'unknown' : c.met ? 'met' : 'unmet'}>
                <span className="map-card-mark">{c.met === null ? '–' : c.met ? '✓' : '✗'}</span> {c.no}. {c.name}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}

/** The side card a click on the map opens, built from the services' data about the unit and the units it absorbed. */
export function CommuneCard({ unitId, year, onClose }: { unitId: number; year: number; onClose(): void }) {
  const { data: card, error } = useQuery('map.commune', { unitId, year });
  return (
    <aside className="map-card" aria-label="Thẻ đơn vị" data-testid="map-card">
      <div className="map-card-head">
        <h3>{card ? card.name : 'Đang tải…'}</h3>
        <button className="secondary" onClick={onClose} aria-label="Đóng thẻ">
          Đóng
        </button>
      </div>
      {error ? <div className="error-box">{error}</div> : null}
      {card ? (
        <>
          <p className="muted">
            {card.code ? `Mã ${card.code} · ` : ''}
            {card.validFrom ? `từ ${formatShortDate(card.validFrom)} · ` : ''}
            {card.inNtmScope ? 'thuộc phạm vi NTM' : `${card.kindLabel}: ngoài phạm vi NTM`}
          </p>
          <h4>Tiêu chí năm {card.year}</h4>
          {card.setName ? (
            <p className="muted">{card.setName}</p>
          ) : (
            <p className="muted">Chưa có bộ tiêu chí áp dụng cho năm {card.year}.</p>
          )}
          <Records card={card} />
          <h4>Quyết định công nhận</h4>
          {card.recognitions.length ? (
            <ul className="map-card-list">
              {card.recognitions.map((r) => (
                <li key={r.id}>
                  {r.levelLabel} năm {r.year}
                  {r.decisionNo ? ` — QĐ ${r.decisionNo}` : ''}
                  {r.decisionDate ? ` ngày ${formatShortDate(r.decisionDate)}` : ''}
                  {r.revokedDate ? ` (thu hồi ${formatShortDate(r.revokedDate)})` : ''}
                  {r.inherited ? <span className="muted"> · của {r.unitLabel}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Chưa có quyết định công nhận.</p>
          )}
          <h4>Hình thành từ</h4>
          {card.predecessors.length ? (
            <ul className="map-card-list">
              {card.predecessors.map((p) => (
                <li key={p.unitId}>
                  {p.label}
                  {p.districtLabel ? ` (${p.districtLabel})` : ''} — từ {formatShortDate(p.effectiveDate)}
                  {p.decision ? `, ${p.decision}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Không có đơn vị cũ trong dữ liệu.</p>
          )}
          <h4>Sản phẩm OCOP</h4>
          {card.products.length ? (
            <ul className="map-card-list">
              {card.products.map((p) => (
                <li key={p.id}>
                  {p.name} ({p.producerName}){p.stars ? ` — ${p.stars} sao` : ''}, {p.status}
                  {p.unitLabel && !p.unitLabel.startsWith(card.name) ? (
                    <span className="muted"> · ghi tại {p.unitLabel}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Không có sản phẩm OCOP ghi tại đơn vị này.</p>
          )}
          <h4>Vốn năm {card.year}</h4>
          <dl className="map-card-facts">
            <dt>Nhu cầu</dt>
            <dd>{amount(card.funding.need)}</dd>
            <dt>Kế hoạch giao</dt>
            <dd>{amount(card.funding.allocated)}</dd>
            <dt>Giải ngân</dt>
            <dd>{amount(card.funding.disbursed)}</dd>
          </dl>
        </>
      ) : null}
    </aside>
  );
}
