import { useEffect } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { saveFile } from '../../api/files';
import { BackupTable } from './BackupTable';
import { useJob } from '../../components/useJob';
import { JobProgress } from '../../components/JobProgress';
import { takeRestoredNotice, useBackups } from './useBackups';
import { errorNotice } from '../../api/errors';

/** Cài đặt › Sao lưu và khôi phục: «Sao lưu ngay» to a chosen folder, and the Khôi phục list. */
export function BackupsSection() {
  const api = useApi();
  const notify = useNotice();
  const { list, busy, setBusy, load, restore } = useBackups();
  const job = useJob();

  useEffect(() => {
    const restored = takeRestoredNotice();
    if (restored) notify('success', restored);
  }, [notify]);

  async function backupNow() {
    if (busy) return;
    setBusy(true);
    try {
      if (window.api) {
        const made = await job.run('backups.create', {});
        if (made?.path) notify('success', `Đã sao lưu vào ${made.path}`);
      } else {
        const file = await job.run('backups.download', {});
        if (!file) return;
        const said = await saveFile(api, file);
        if (said) notify('success', said);
      }
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
      load();
    }
  }

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h2 className="section-title" id="backups-title">
        Sao lưu và khôi phục
      </h2>
      <p className="muted">
        Ứng dụng tự sao lưu khi mở lần đầu mỗi ngày, trước mỗi lần nhập Excel và trước mỗi lần nâng cấp dữ liệu (giữ 7
        ngày, 4 tuần, 12 tháng gần nhất và mọi bản trước nâng cấp), vào thư mục{' '}
        <span className="path">{list?.folder ?? '…'}</span>. Mỗi bản được kiểm tra đọc lại trước khi giữ.
      </p>
      <div className="toolbar">
        <button onClick={backupNow} disabled={busy}>
          Sao lưu ngay
        </button>
        <span className="muted">
          {window.api ? 'Chọn thư mục, ví dụ USB, để lưu một bản sao lưu.' : 'Tải một bản sao lưu về máy.'}
        </span>
      </div>
      <JobProgress
        status={job.status}
        note={job.note}
        onCancel={() => void job.cancel()}
        what="Tiến độ sao lưu"
        cancelText="Hủy sao lưu"
      />
      <h3 className="subsection-title">Khôi phục</h3>
      {list ? (
        <BackupTable backups={list.backups} busy={busy} onRestore={restore} />
      ) : (
        <p className="muted">Đang đọc các bản sao lưu…</p>
      )}
    </section>
  );
}
