import { useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { formatNumber } from '../../../shared/format/number';
import type { SetupResult } from '../../../shared/models/setup';
import type { SystemInfo } from '../../../shared/models/units';
import { ProvinceChooser } from './ProvinceChooser';
import { canPickDataFiles, useDataFiles } from './useDataFiles';
import '../communes/units.css';
import { errorMessage } from '../../api/errors';

/** What was created, in one sentence for the notice. */
function resultText(r: SetupResult): string {
  const kinds = [
    r.xa && `${formatNumber(r.xa)} xã`,
    r.phuong && `${formatNumber(r.phuong)} phường`,
    r.dacKhu && `${formatNumber(r.dacKhu)} đặc khu`,
  ]
    .filter(Boolean)
    .join(', ');
  let s = `Đã tạo dữ liệu cho ${r.provinceName}: ${formatNumber(r.units)} đơn vị (${kinds}).`;
  if (r.oldUnits)
    s += ` Cấu trúc trước 01/7/2025: ${formatNumber(r.oldDistricts)} đơn vị cấp huyện, ${formatNumber(r.oldUnits)} đơn vị cấp xã; ${formatNumber(r.successions)} quan hệ kế thừa.`;
  if (r.pending) s += ` ${formatNumber(r.pending)} trường hợp kế thừa cần xác nhận (xem Danh sách xã).`;
  return s;
}

/**
 * First start on an empty data file: make a province's data from the national lists, or open the
 * demo (still marked «Dữ liệu mẫu»). Nothing else can be done until one is chosen.
 */
export function FirstStart({ info, onReady }: { info: SystemInfo; onReady: () => void }) {
  const api = useApi();
  const notify = useNotice();
  const provinces = useQuery('setup.provinces', {});
  const demo = useQuery('setup.demo', {});
  const [code, setCode] = useState<string | null>(null);
  const [withPre2025, setWithPre2025] = useState(true);
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const files = useDataFiles(onReady);
  const chosen = provinces.data?.find((p) => p.code === code) ?? null;
  const busy = working !== null || files.busy;

  async function run(what: string, work: () => Promise<SetupResult>) {
    if (busy) return;
    setWorking(what);
    setError(null);
    try {
      const r = await work();
      notify('success', r.kind === 'demo' ? `Đã mở dữ liệu mẫu ${r.provinceName}.` : resultText(r));
      onReady();
    } catch (e) {
      setError(errorMessage(e));
      setWorking(null);
    }
  }

  const demoLabel = demo.data ? `Mở dữ liệu mẫu ${demo.data.provinceName} ${demo.data.year}` : 'Mở dữ liệu mẫu';
  return (
    <div className="first-start">
      <header className="first-start-head">
        <div className="brand-name">NTM Office</div>
        <div>Văn phòng Điều phối nông thôn mới</div>
      </header>
      <main className="first-start-body" aria-busy={busy}>
        <h1 className="page-title">Bắt đầu</h1>
        <p className="help-line">
          Tệp dữ liệu này chưa có dữ liệu của tỉnh/thành phố nào. Chọn một trong hai cách dưới đây. Tệp dữ liệu:{' '}
          <span className="path">{info.dbPath}</span>
        </p>
        {error ? (
          <div className="error-box" role="alert">
            {error}
          </div>
        ) : null}
        {working ? (
          <div className="working" role="status">
            <span className="spinner" aria-hidden="true" /> {working}
          </div>
        ) : null}
        <div className="start-cards">
          <section className="start-card" aria-labelledby="start-province">
            <h2 id="start-province" className="section-title">
              Tạo dữ liệu cho tỉnh/thành phố…
            </h2>
            <p className="help-line">
              Danh sách đơn vị hành chính từ 01/7/2025 (xã, phường, đặc khu, mã theo danh mục thống kê) lấy từ danh mục
              quốc gia kèm theo ứng dụng. Tên cơ quan, tiêu đề văn bản và địa danh được đề xuất theo tỉnh đã chọn, sửa
              được trong Cài đặt.
            </p>
            {provinces.error ? <div className="error-box">{provinces.error}</div> : null}
            {provinces.data ? (
              <ProvinceChooser provinces={provinces.data} value={code} onChange={setCode} disabled={busy} />
            ) : (
              <p className="muted">Đang tải danh sách…</p>
            )}
            <label className="check-line">
              <input
                type="checkbox"
                checked={withPre2025}
                onChange={(e) => setWithPre2025(e.target.checked)}
                disabled={busy}
              />
              <span>
                Kèm cấu trúc trước 01/7/2025 (các đơn vị cấp huyện, xã, phường, thị trấn cũ) và quan hệ kế thừa — để xem
                và nhập dữ liệu 2021–2025 trên đơn vị cũ
                {chosen && chosen.formedFrom.length ? ` (${chosen.formedFrom.join(', ')})` : ''}.
              </span>
            </label>
            <div className="toolbar">
              <button
                disabled={!chosen || busy}
                onClick={() =>
                  chosen &&
                  void run(`Đang tạo dữ liệu cho ${chosen.fullName}…`, () =>
                    api.invoke('setup.createProvince', { provinceCode: chosen.code, withPre2025 }),
                  )
                }
              >
                {chosen ? `Tạo dữ liệu cho ${chosen.fullName}` : 'Chọn một tỉnh/thành phố'}
              </button>
            </div>
          </section>
          <section className="start-card start-card-demo" aria-labelledby="start-demo">
            <h2 id="start-demo" className="section-title">
              {demoLabel}
            </h2>
            <p>
              <span className="badge badge-warn">Dữ liệu mẫu</span>
            </p>
            <p className="help-line">
              Dữ liệu để làm quen với ứng dụng: đơn vị hành chính, tiêu chí, nguồn vốn, sản phẩm OCOP và văn bản của một
              năm kế hoạch. Một phần số liệu là dữ liệu mẫu dựng lại, không phải số liệu chính thức; màn hình luôn ghi
              «Dữ liệu mẫu».
            </p>
            <div className="toolbar">
              <button
                className="secondary"
                disabled={busy}
                onClick={() => void run('Đang mở dữ liệu mẫu…', () => api.invoke('setup.openDemo', {}))}
              >
                {demoLabel}
              </button>
            </div>
            {canPickDataFiles() ? (
              <>
                <h2 className="section-title">Đã có tệp dữ liệu?</h2>
                <div className="toolbar">
                  <button className="secondary" disabled={busy} onClick={() => void files.openOther()}>
                    Mở tệp dữ liệu khác…
                  </button>
                </div>
              </>
            ) : null}
          </section>
        </div>
      </main>
    </div>
  );
}
