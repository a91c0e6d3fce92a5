import { useState } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import type { SystemInfo } from '../../../shared/models/units';
import { BackupTable, contentsText, formatBackupTime } from './BackupTable';
import { useBackups } from './useBackups';
import { errorNotice } from '../../api/errors';

/**
 * Shown instead of the app when the data file could not be opened (damaged, foreign, empty,
 * from a newer version): what happened to which file, the newest good backup first, every backup,
 * and — only if the person asks — a new data file with the default data.
 */
export function RecoveryScreen({ info }: { info: SystemInfo }) {
  const api = useApi();
  const notify = useNotice();
  const { list, busy, setBusy, restore } = useBackups();
  const [fresh, setFresh] = useState(false);
  const damage = info.damage!;
  const newest = list?.backups.find((b) => b.usable) ?? null;

  async function startFresh() {
    if (busy) return;
    const ok = window.confirm(
      'Tạo tệp dữ liệu mới? Sau đó chọn tỉnh/thành phố hoặc dữ liệu mẫu; mọi số liệu đã nhập sẽ không có trong tệp mới. Tệp cũ vẫn được giữ nguyên trong thư mục dữ liệu.',
    );
    if (!ok) return;
    setBusy(true);
    try {
      await api.invoke('backups.startFresh', {});
      window.location.reload();
    } catch (e) {
      notify('error', ...errorNotice(e));
      setBusy(false);
    }
  }

  return (
    <div className="recovery">
      <div className="recovery-card">
        <div className="brand-name recovery-brand">NTM Office</div>
        <h1 className="page-title">
          {damage.kind === 'newer' ? 'Tệp dữ liệu của phiên bản mới hơn' : 'Không mở được tệp dữ liệu'}
        </h1>
        <div className="error-box" role="alert" data-testid="damage-message">
          {damage.message}
        </div>
        <dl className="facts">
          <dt>Tệp dữ liệu</dt>
          <dd>{damage.file}</dd>
          {damage.setAsideTo ? (
            <>
              <dt>Tệp cũ được cất tại</dt>
              <dd>{damage.setAsideTo}</dd>
            </>
          ) : null}
        </dl>

        <h2 className="section-title">Khôi phục từ bản sao lưu</h2>
        {!list ? (
          <p className="muted">Đang tìm các bản sao lưu…</p>
        ) : newest ? (
          <div className="recovery-offer">
            <div>
              Bản sao lưu tốt gần nhất: <strong>{formatBackupTime(newest.takenAt)}</strong>
              {newest.contents ? <span className="muted"> — {contentsText(newest)}</span> : null}
            </div>
            <button onClick={() => restore(newest)} disabled={busy}>
              Khôi phục bản này
            </button>
          </div>
        ) : (
          <p className="muted">Không tìm thấy bản sao lưu dùng được trong thư mục {list.folder}.</p>
        )}
        {list && list.backups.length ? (
          <details open={list.backups.length <= 6}>
            <summary>Tất cả bản sao lưu ({list.backups.length})</summary>
            <BackupTable backups={list.backups} busy={busy} onRestore={restore} />
          </details>
        ) : null}

        <h2 className="section-title">Cách khác</h2>
        {fresh ? (
          <div className="toolbar">
            <button className="secondary" onClick={startFresh} disabled={busy}>
              Tạo tệp dữ liệu mới
            </button>
            <button className="secondary" onClick={() => setFresh(false)} disabled={busy}>
              Thôi
            </button>
          </div>
        ) : (
          <p className="muted">
            Nếu có bản sao lưu ở nơi khác (USB), hãy chép tệp đó vào thư mục sao lưu ở trên rồi mở lại ứng dụng.{' '}
            {damage.kind === 'newer' ? 'Hoặc cài phiên bản NTM Office mới nhất để mở tệp này. ' : ''}
            <button className="link" onClick={() => setFresh(true)}>
              Bắt đầu với tệp dữ liệu mới…
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
