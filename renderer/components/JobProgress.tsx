import type { JobStatus } from '../../shared/models/jobs';
import { formatNumber } from '../../shared/format/number';

/** A running job's progress bar with its cancel button, or the note left by a cancelled one. */
export function JobProgress({ status, note, onCancel }: { status: JobStatus | null; note: string | null; onCancel: () => void }) {
  if (!status) return note ? <p className="muted" role="status">{note}</p> : null;
  const percent = Math.round(status.progress * 100);
  return (
    <div className="job-progress" role="status" aria-label="Tiến độ nhập tệp" data-testid="job-progress">
      <progress max={100} value={percent} aria-label={`${status.stage}: ${percent}%`} />
      <span>
        {status.stage}… {formatNumber(percent)}%
      </span>
      <button className="secondary" onClick={onCancel} disabled={!status.cancellable} title={status.cancellable ? undefined : 'Đang ghi dữ liệu, không hủy được nữa'}>
        Hủy nhập
      </button>
    </div>
  );
}
