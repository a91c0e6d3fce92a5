import type { JobStatus } from '../../shared/models/jobs';
import { formatNumber } from '../../shared/format/number';

/** A running job's progress bar with its cancel button, or the note left by a cancelled one. */
export function JobProgress({
  status,
  note,
  onCancel,
  what = 'Tiến độ nhập tệp',
  cancelText = 'Hủy nhập',
}: {
  status: JobStatus | null;
  note: string | null;
  onCancel: () => void;
  /** What the bar is the progress of (read by screen readers). */
  what?: string;
  cancelText?: string;
}) {
  if (!status)
    return note ? (
      <p className="muted" role="status">
        {note}
      </p>
    ) : null;
  const percent = Math.round(status.progress * 100);
  return (
    <div className="job-progress" role="status" aria-label={what} data-testid="job-progress">
      <progress max={100} value={percent} aria-label={`${status.stage}: ${percent}%`} />
      <span>
        {status.stage}… {formatNumber(percent)}%
      </span>
      <button
        className="secondary"
        onClick={onCancel}
        disabled={!status.cancellable}
        title={status.cancellable ? undefined : 'Đang ghi, không hủy được nữa'}
      >
        {cancelText}
      </button>
    </div>
  );
}
