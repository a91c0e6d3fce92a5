import { useState } from 'react';
import { useQuery } from '../../api/context';
import { useExport } from '../../components/useExport';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import { formatNumber } from '../../../shared/format/number';
import { matchesSearch } from '../../../shared/format/text';
import { shortfallIndicators } from '../../../shared/models/indicators';

/**
 * «Xã cần bổ sung»: which criteria and indicators of the set in force each xã does not meet yet for
 * its group (latest values), the 2021–2025 status beside it, and the same counted by criterion.
 */
export function ShortfallView({ year }: { year: number }) {
  const exporter = useExport();
  const report = useQuery('indicators.shortfall', { year });
  const [search, setSearch] = useState('');
  const [onlyShort, setOnlyShort] = useState(true);
  const [criterion, setCriterion] = useState<number | null>(null);
  const r = report.data?.year === year ? report.data : null;

  const exportExcel = () => exporter.run('indicators.exportShortfall', { year });

  if (report.error) return <div className="error-box">{report.error}</div>;
  if (!r) return <p className="muted">Đang tính…</p>;
  const codes = shortfallIndicators(r).map((i) => i.code);
  const selected = criterion === null ? -1 : r.byCriterion.findIndex((c) => c.criterionId === criterion);
  const shown = r.communes.filter(
    (c) =>
      matchesSearch(c.label, search) &&
      (!onlyShort || c.unmet.length || c.unknown) &&
      (selected < 0 || c.unmet.includes(selected)),
  );
  return (
    <div className="page shortfall">
      <div className="toolbar toolbar-dense">
        <span>
          {r.setName}: <strong>{formatNumber(r.complete)}</strong>/{formatNumber(r.communes.length)} xã đạt đủ tiêu chí
          {r.noGroup ? <span className="badge badge-warn">{formatNumber(r.noGroup)} xã chưa xác định nhóm</span> : null}
        </span>
        <button className="secondary" onClick={() => void exportExcel()} disabled={exporter.busy}>
          Xuất Excel
        </button>
      </div>
      {exporter.progress}
      <h2 className="section-title">Theo tiêu chí</h2>
      <table className="table" aria-label="Xã cần bổ sung theo tiêu chí">
        <thead>
          <tr>
            <th>Tiêu chí</th>
            <th className="num">Số xã chưa đạt</th>
            <th className="num">Chưa có kết quả</th>
            <th>Chỉ tiêu chưa đạt (số xã)</th>
          </tr>
        </thead>
        <tbody>
          {r.byCriterion.map((c) => (
            <tr key={c.criterionId} className={criterion === c.criterionId ? 'row-selected' : ''}>
              <td>
                <button
                  className="link"
                  onClick={() => setCriterion(criterion === c.criterionId ? null : c.criterionId)}
                  title="Lọc danh sách xã theo tiêu chí này"
                >
                  {c.no}. {c.name}
                </button>
              </td>
              <td className="num">{formatNumber(c.communes)}</td>
              <td className="num">{formatNumber(c.unknown)}</td>
              <td>
                {c.indicators
                  .filter((i) => i.communes)
                  .map((i) => `${i.code}: ${formatNumber(i.communes)}`)
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar toolbar-dense">
        <h2 className="section-title">
          Theo xã
          {criterion !== null
            ? ` — chưa đạt tiêu chí ${r.byCriterion.find((c) => c.criterionId === criterion)?.no}`
            : ''}
        </h2>
        <input
          type="search"
          placeholder="Tìm xã…"
          aria-label="Tìm xã cần bổ sung"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="field-inline">
          <input type="checkbox" checked={onlyShort} onChange={(e) => setOnlyShort(e.target.checked)} /> Chỉ xã còn
          thiếu
        </label>
        <span className="muted">{formatNumber(shown.length)} xã</span>
      </div>
      <table className="table table-wide" aria-label="Xã cần bổ sung">
        <thead>
          <tr>
            <th>Xã</th>
            <th>Nhóm</th>
            <th>Tiêu chí chưa đạt</th>
            <th>Chỉ tiêu chưa đạt</th>
            <th className="num">Chưa có kết quả</th>
            <th>Giai đoạn 2021–2025</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, 500).map((c) => (
            <tr key={c.communeId}>
              <td>{c.label}</td>
              <td>{c.groupNo ?? <span className="muted">chưa xác định</span>}</td>
              <td>
                {c.unmet.map((kk) => (
                  <div key={kk}>
                    {r.byCriterion[kk]!.no}. {r.byCriterion[kk]!.name}
                    {c.overridden?.includes(kk) ? <span className="badge badge-warn">đánh giá khác</span> : null}
                  </div>
                ))}
              </td>
              <td className="small">{c.unmetIndicators.map((k) => codes[k]).join('; ')}</td>
              <td className="num">{c.unknown ? `${c.unknown} tiêu chí` : ''}</td>
              <td className="small">
                {[
                  c.previousLevel ? LEVEL_LABEL[c.previousLevel] : '',
                  c.previousMet !== null ? `${c.previousMet}/${c.previousTotal} tiêu chí` : '',
                  c.previousNote,
                ]
                  .filter(Boolean)
                  .join('; ') || <span className="muted">chưa có kết quả</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > 500 ? (
        <p className="muted">Hiện 500 xã đầu; xuất Excel để xem đủ {formatNumber(shown.length)} xã.</p>
      ) : null}
    </div>
  );
}
