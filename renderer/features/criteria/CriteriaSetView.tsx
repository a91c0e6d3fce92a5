import { useEffect, useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import type { IndicatorRow, ThresholdRow } from '../../../shared/models/criteria';
import { useSubmit } from './useSubmit';

/** Hậu Giang's region under QĐ 318; 'chung' is the national value. */
const REGION = 'DBSCL';

const COMPARATOR: Record<string, string> = { dat: 'Đạt/Không đạt', '>=': '≥', '<=': '≤', '=': '=' };

function ThresholdCell({ t, onSaved }: { t: ThresholdRow | undefined; onSaved: () => void }) {
  const api = useApi();
  const { busy, submit } = useSubmit();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(t?.value ?? '');
  const [verified, setVerified] = useState(t?.verified ?? false);
  const [source, setSource] = useState(t?.source ?? '');
  if (!t) return <span className="muted">—</span>;
  if (!editing) {
    return (
      <span className="threshold">
        {t.value}
        {t.verified ? null : (
          <span className="badge badge-warn" title={t.source || 'Chưa đối chiếu với văn bản chính thức'}>
            chưa kiểm chứng
          </span>
        )}
        <button className="link" onClick={() => setEditing(true)} aria-label={`Sửa ngưỡng ${t.value}`}>
          Sửa
        </button>
      </span>
    );
  }
  const save = () =>
    submit(() => api.invoke('criteria.updateThreshold', { id: t.id, value, verified, source }), 'Đã lưu ngưỡng chỉ tiêu.').then((ok) => {
      if (ok) {
        setEditing(false);
        onSaved();
      }
    });
  return (
    <span className="threshold-edit">
      <input type="text" size={8} value={value} onChange={(e) => setValue(e.target.value)} aria-label="Ngưỡng" />
      <label className="field-inline">
        <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} /> Đã kiểm chứng
      </label>
      <input type="text" size={24} placeholder="Nguồn (văn bản, trang)" value={source} onChange={(e) => setSource(e.target.value)} aria-label="Nguồn" />
      <button onClick={() => void save()} disabled={busy}>
        Lưu
      </button>
      <button className="secondary" onClick={() => setEditing(false)}>
        Hủy
      </button>
    </span>
  );
}

const threshold = (i: IndicatorRow, region: string) => i.thresholds.find((t) => t.region === region);

/** Criteria → indicators → thresholds (ĐBSCL and national), unverified values flagged and editable. */
export function CriteriaSetView({ defaultSetId }: { defaultSetId: number | null }) {
  const sets = useQuery('criteria.sets', {});
  const [setId, setSetId] = useState<number | null>(defaultSetId);
  useEffect(() => setSetId((s) => s ?? sets.data?.[0]?.id ?? null), [sets.data]);
  const detail = useQuery('criteria.setDetail', { setId: setId ?? 0 });
  const d = setId ? detail.data : null;
  const unverified = d ? d.criteria.flatMap((c) => c.indicators.map((i) => threshold(i, REGION))).filter((t) => t && !t.verified).length : 0;
  return (
    <div className="page">
      <div className="toolbar">
        <label className="field-inline">
          Bộ tiêu chí
          <select aria-label="Bộ tiêu chí" value={setId ?? ''} onChange={(e) => setSetId(Number(e.target.value))}>
            {(sets.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.yearFrom}–{s.yearTo})
              </option>
            ))}
          </select>
        </label>
        {d ? (
          <span className="muted">
            {d.set.decision} · {d.criteria.length} tiêu chí · đạt chuẩn khi đủ {d.set.requiredCount} tiêu chí · {unverified} ngưỡng ĐBSCL chưa kiểm chứng
          </span>
        ) : null}
      </div>
      <p className="muted">
        Ngưỡng gắn nhãn «chưa kiểm chứng» chưa đối chiếu được với văn bản chính thức (Phụ lục I QĐ 318/QĐ-TTg hoặc quyết định của tỉnh): hãy kiểm tra và sửa
        lại, rồi đánh dấu «Đã kiểm chứng».
      </p>
      {detail.error && setId ? <div className="error-box">{detail.error}</div> : null}
      {d ? (
        <table className="table table-wide" aria-label="Tiêu chí và chỉ tiêu">
          <thead>
            <tr>
              <th>Tiêu chí</th>
              <th>Chỉ tiêu</th>
              <th>Nội dung</th>
              <th>Cách đánh giá</th>
              <th>Ngưỡng ĐBSCL</th>
              <th>Chung cả nước</th>
            </tr>
          </thead>
          <tbody>
            {d.criteria.flatMap((c) =>
              (c.indicators.length ? c.indicators : [null]).map((i, k) => (
                <tr key={`${c.id}-${i?.id ?? 0}`}>
                  {k === 0 ? (
                    <td rowSpan={Math.max(1, c.indicators.length)}>
                      <strong>
                        {c.no}. {c.name}
                      </strong>
                    </td>
                  ) : null}
                  {i ? (
                    <>
                      <td>{i.code}</td>
                      <td>{i.name}</td>
                      <td>
                        {COMPARATOR[i.comparator] ?? i.comparator} {i.unit}
                      </td>
                      <td>
                        <ThresholdCell key={threshold(i, REGION)?.id} t={threshold(i, REGION)} onSaved={detail.reload} />
                      </td>
                      <td>
                        <ThresholdCell key={threshold(i, 'chung')?.id} t={threshold(i, 'chung')} onSaved={detail.reload} />
                      </td>
                    </>
                  ) : (
                    <td colSpan={5} className="muted">
                      Chưa có chỉ tiêu chi tiết (chưa thu thập được văn bản đầy đủ).
                    </td>
                  )}
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
