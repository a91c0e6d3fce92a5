import { useQuery } from '../../api/context';
import { Stat } from '../dashboard/DashboardPage';
import { LEVEL_LABEL, type Figures } from '../../../shared/domain/ntm-figures';
import { formatNumber } from '../../../shared/format/number';

function FiguresRow({ name, f }: { name: string; f: Figures }) {
  return (
    <tr>
      <td>{name}</td>
      <td className="num">{f.communeTotal}</td>
      <td className="num">{f.ntm}</td>
      <td className="num">{f.ntmPercent}</td>
      <td className="num">{f.nangCao}</td>
      <td className="num">{f.kieuMau}</td>
      <td className="num">{f.avgCriteria}</td>
      <td className="num">{f.minCriteria ?? '—'}</td>
      {f.bands.map((b) => (
        <td key={b.label} className="num">
          {b.count}
        </td>
      ))}
    </tr>
  );
}

/** The province's figures for the year, every one computed from the entered data. */
export function FiguresView({ year }: { year: number }) {
  const { data, error } = useQuery('criteria.figures', { year });
  if (error) return <div className="error-box">{error}</div>;
  if (!data) return <p className="muted">Đang tính số liệu…</p>;
  const p = data.province;
  // No recognition or result on the units in force: no figure to show, never 0/N.
  if (!data.hasResults)
    return (
      <div className="figures" data-testid="criteria-figures">
        <div className="error-box" role="note" data-testid="figures-no-results">
          Năm {year}: chưa có kết quả trên {p.communeTotal} xã đang có hiệu lực (chưa có xã nào được công nhận hay có
          kết quả tiêu chí) — chưa tính được tỷ lệ, bình quân và dự kiến.
        </div>
      </div>
    );
  return (
    <div className="figures" data-testid="criteria-figures">
      <div className="stats">
        <Stat
          label="Xã đạt chuẩn NTM"
          value={`${p.ntm}/${p.communeTotal}`}
          sub={`chiếm ${p.ntmPercent}; công nhận mới trong năm: ${p.newNtm}`}
        />
        <Stat label="Xã NTM nâng cao" value={String(p.nangCao)} sub={`mới trong năm: ${p.newNangCao}`} />
        <Stat label="Xã NTM kiểu mẫu" value={String(p.kieuMau)} sub={`mới trong năm: ${p.newKieuMau}`} />
        <Stat
          label="Bình quân tiêu chí/xã"
          value={p.avgCriteria}
          sub={`${p.minCriteria !== null ? `thấp nhất ${p.minCriteria} tiêu chí` : 'chưa có kết quả'}${data.avgCriteriaTarget ? `; chỉ tiêu ${data.avgCriteriaTarget}` : ''}`}
        />
        <Stat label="Xã đã có kết quả tiêu chí" value={`${p.withResults}/${p.communeTotal}`} />
      </div>

      <h2 className="section-title">Dự kiến cuối năm {year} theo chỉ tiêu</h2>
      <table className="table" aria-label="Dự kiến cuối năm">
        <thead>
          <tr>
            <th>Mức</th>
            <th className="num">Cuối năm {year - 1}</th>
            <th className="num">Chỉ tiêu công nhận</th>
            <th className="num">Dự kiến</th>
            <th className="num">Chỉ tiêu phấn đấu</th>
            <th className="num">Dự kiến (kể cả phấn đấu)</th>
            <th className="num">Kế hoạch ghi</th>
          </tr>
        </thead>
        <tbody>
          {data.projections.map((x) => (
            <tr key={x.level}>
              <td>{LEVEL_LABEL[x.level]}</td>
              <td className="num">{x.baseline}</td>
              <td className="num">{x.official}</td>
              <td className="num">
                {x.projected}/{p.communeTotal} ({x.projectedPercent})
              </td>
              <td className="num">{x.stretch}</td>
              <td className="num">
                {x.projectedWithStretch}/{p.communeTotal} ({x.projectedWithStretchPercent})
              </td>
              <td className="num">{x.stated ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="section-title">Theo đơn vị cấp huyện và theo số tiêu chí đạt</h2>
      <table className="table table-wide" aria-label="Số liệu theo đơn vị cấp huyện">
        <thead>
          <tr>
            <th>Đơn vị</th>
            <th className="num">Số xã</th>
            <th className="num">NTM</th>
            <th className="num">Tỷ lệ</th>
            <th className="num">Nâng cao</th>
            <th className="num">Kiểu mẫu</th>
            <th className="num">BQ tiêu chí</th>
            <th className="num">Thấp nhất</th>
            {p.bands.map((b) => (
              <th key={b.label} className="num">
                {b.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.byDistrict.map((d) => (
            <FiguresRow key={d.districtId} name={d.name} f={d.figures} />
          ))}
        </tbody>
        <tfoot>
          <FiguresRow name={`Tổng cộng (${data.provinceName})`} f={p} />
        </tfoot>
      </table>

      <h2 className="section-title">Xã có nguy cơ rớt chuẩn ({formatNumber(data.atRisk.length)})</h2>
      {data.atRisk.length ? (
        <ul data-testid="at-risk">
          {data.atRisk.map((a) => (
            <li key={a.communeId}>
              {a.communeLabel}: đã đạt {LEVEL_LABEL[a.level]}, năm {year} chỉ đạt {a.met}/{a.required} tiêu chí — xem
              xét đề nghị thu hồi quyết định công nhận.
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Không có xã nào đã đạt chuẩn mà kết quả năm {year} dưới mức yêu cầu.</p>
      )}
    </div>
  );
}
