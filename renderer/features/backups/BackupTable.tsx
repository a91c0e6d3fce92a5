import { BACKUP_REASON_LABEL, type BackupEntry } from '../../../shared/models/backups';
import { formatDecimal1, formatNumber } from '../../../shared/format/number';

const pad = (n: number) => String(n).padStart(2, '0');

/** "08:05 ngày 01/12/2026" in the computer's local time. */
export function formatBackupTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${formatDecimal1(bytes / 1024 / 1024)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;

/** «51 xã · 1.938 kết quả tiêu chí · …»: what a backup holds, or why it cannot be used. */
export function contentsText(b: BackupEntry): string {
  if (!b.contents) return b.problem ?? 'Không đọc được';
  const c = b.contents;
  return `${formatNumber(c.communes)} xã · ${formatNumber(c.results)} kết quả tiêu chí · ${formatNumber(c.works)} công trình · ${formatNumber(c.products)} sản phẩm OCOP · ${formatNumber(c.documents)} văn bản`;
}

/** The backups, newest first, each with what it holds and a restore button. */
export function BackupTable({
  backups,
  busy,
  onRestore,
}: {
  backups: BackupEntry[];
  busy: boolean;
  onRestore: (b: BackupEntry) => void;
}) {
  if (!backups.length) return <p className="muted">Chưa có bản sao lưu nào.</p>;
  return (
    <div className="backup-table-wrap">
      <table className="table backup-table" aria-label="Các bản sao lưu">
        <thead>
          <tr>
            <th>Thời điểm</th>
            <th>Loại</th>
            <th className="num nowrap">Dung lượng</th>
            <th>Dữ liệu trong bản sao lưu</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.name} className={b.usable ? undefined : 'backup-bad'}>
              <td className="nowrap">{formatBackupTime(b.takenAt)}</td>
              <td className="nowrap">{BACKUP_REASON_LABEL[b.reason]}</td>
              <td className="num nowrap">{formatSize(b.size)}</td>
              <td>{contentsText(b)}</td>
              <td>
                <button
                  className="secondary"
                  disabled={busy || !b.usable}
                  onClick={() => onRestore(b)}
                  aria-label={`Khôi phục bản ${formatBackupTime(b.takenAt)}`}
                >
                  Khôi phục
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Asks before a restore: the file in use is set aside, not deleted. */
export const confirmRestore = (b: BackupEntry): boolean =>
  window.confirm(
    `Khôi phục dữ liệu về bản sao lưu lúc ${formatBackupTime(b.takenAt)}?\n\nTệp dữ liệu đang dùng sẽ được cất vào thư mục sao lưu (không bị xóa), rồi ứng dụng mở lại trên bản sao lưu này.`,
  );
