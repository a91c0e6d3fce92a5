import { useState } from 'react';
import { useApi } from '../../api/context';
import { useAppState } from '../../app-state';
import { useNotice } from '../../components/Notice';
import { formatNumber } from '../../../shared/format/number';
import type { OfficeSettings } from '../../../shared/models/settings';
import { canPickDataFiles, useDataFiles } from '../start/useDataFiles';
import { errorNotice } from '../../api/errors';

type Agency = OfficeSettings['agency'];

/**
 * Cài đặt › Tỉnh/thành phố và tệp dữ liệu: which province's data is open; the agency names, issuer
 * header lines and place name proposed for it (filled into the form below, saved with «Lưu cài
 * đặt»); open another data file or make a new one (desktop).
 */
export function ProvinceSection({ onProposal }: { onProposal: (agency: Agency) => void }) {
  const api = useApi();
  const notify = useNotice();
  const { info, reloadInfo } = useAppState();
  const files = useDataFiles(reloadInfo);
  const [busy, setBusy] = useState(false);

  async function propose() {
    if (busy) return;
    setBusy(true);
    try {
      onProposal(await api.invoke('setup.proposedSettings', {}));
      notify(
        'info',
        'Đã điền tên cơ quan, tiêu đề và địa danh đề xuất theo tỉnh/thành phố vào các ô bên dưới. Xem lại rồi bấm «Lưu cài đặt».',
      );
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="form-grid province-section" aria-labelledby="settings-province">
      <h2 id="settings-province" className="section-title">
        Tỉnh/thành phố và tệp dữ liệu
      </h2>
      <dl className="facts">
        <dt>Dữ liệu của</dt>
        <dd data-testid="settings-province">
          {info.provinceFullName || info.provinceName}
          {info.provinceCode ? ` (mã ${info.provinceCode})` : ''}
          {info.dataKind === 'demo' ? ' — dữ liệu mẫu' : ''}
        </dd>
        <dt>Kế thừa cần xác nhận</dt>
        <dd>
          {info.pendingSuccessions
            ? `${formatNumber(info.pendingSuccessions)} trường hợp (xem Danh sách xã › Cần xác nhận)`
            : 'không còn'}
        </dd>
      </dl>
      <div className="toolbar">
        <button className="secondary" onClick={() => void propose()} disabled={busy}>
          Điền tên đề xuất theo tỉnh/thành phố
        </button>
        {canPickDataFiles() ? (
          <>
            <button className="secondary" onClick={() => void files.openOther()} disabled={files.busy}>
              Mở tệp dữ liệu khác…
            </button>
            <button className="secondary" onClick={() => void files.createNew()} disabled={files.busy}>
              Tạo tệp dữ liệu mới…
            </button>
          </>
        ) : null}
      </div>
      <p className="help-line">
        {canPickDataFiles()
          ? 'Mỗi tệp dữ liệu là dữ liệu của một tỉnh/thành phố. Tệp mới mở ra trống và hỏi tỉnh/thành phố; tệp đang dùng được đóng lại, không mất dữ liệu.'
          : 'Trên giao diện trình duyệt, ứng dụng dùng tệp dữ liệu đã chọn khi khởi động (biến môi trường NTM_DB_PATH hoặc NTM_DATA_DIR); mở tệp khác và tạo tệp mới có trong ứng dụng máy tính.'}
      </p>
    </section>
  );
}
