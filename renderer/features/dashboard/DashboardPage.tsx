import { useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { YearPicker } from '../../components/YearPicker';
import { SampleBanner } from '../../components/SampleBanner';
import { formatNumber } from '../../../shared/format/number';
import { ProvinceMap } from '../map/ProvinceMap';

export function Stat({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <div className="stat" data-testid={`stat-${label}`}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {sub ? <div className="stat-sub">{sub}</div> : null}
    </div>
  );
}

/** The province's headline figures for a year, all computed from the data. */
export function DashboardPage() {
  const { year, setYear } = useAppState();
  const { data, error } = useQuery('dashboard.summary', { year });
  return (
    <section className="page">
      <div className="toolbar">
        <YearPicker value={year} onChange={setYear} />
      </div>
      {error ? <div className="error-box">{error}</div> : null}
      {data ? (
        <>
          <SampleBanner show={data.sampleData} />
          <h2 className="section-title">
            {data.provinceName} — cuối năm {data.year}
          </h2>
          <div className="stats">
            <Stat label="Xã đạt chuẩn NTM" value={`${data.ntmCount}/${data.communeTotal}`} sub={`chiếm ${data.ntmPercent}`} />
            <Stat label="Xã NTM nâng cao" value={String(data.nangCaoCount)} />
            <Stat label="Xã NTM kiểu mẫu" value={String(data.kieuMauCount)} />
            <Stat
              label="Bình quân tiêu chí/xã"
              value={data.avgCriteria}
              sub={data.minCriteria !== null ? `thấp nhất ${data.minCriteria} tiêu chí` : 'chưa có kết quả tiêu chí'}
            />
            <Stat label="Nhu cầu vốn" value={formatNumber(data.fundingNeedTotal)} sub="triệu đồng" />
            <Stat label="Sản phẩm OCOP 3 sao trở lên" value={formatNumber(data.ocopProductCount)} sub="giấy chứng nhận còn hiệu lực cuối năm" />
          </div>
          {data.criteriaSetName ? <p className="muted">Bộ tiêu chí áp dụng: {data.criteriaSetName}</p> : null}
          <ProvinceMap year={year} />
          <h2 className="section-title">Theo đơn vị cấp huyện</h2>
          <table className="table" aria-label="Theo đơn vị cấp huyện">
            <thead>
              <tr>
                <th>Đơn vị</th>
                <th className="num">Số xã</th>
                <th className="num">Xã đạt chuẩn NTM</th>
              </tr>
            </thead>
            <tbody>
              {data.byDistrict.map((d) => (
                <tr key={d.districtId}>
                  <td>{d.name}</td>
                  <td className="num">{d.communes}</td>
                  <td className="num">{d.ntm}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
