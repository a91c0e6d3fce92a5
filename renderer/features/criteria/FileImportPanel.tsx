import { useState, type ReactNode } from 'react';
import { useNotice } from '../../components/Notice';
import { errorDetails, errorMessage } from '../../api/errors';
import { useExcelImport, type PickedFile, type RunImportJob } from '../../components/useExcelImport';
import { JobProgress } from '../../components/JobProgress';

/**
 * Pick a workbook, see the service's preview, apply all of it or nothing — the one panel of the
 * criteria section's imports (results, sets, commune groups, indicator values). Reading through a
 * job (`job(channel, file)`) shows progress with a cancel button.
 */
export function FileImportPanel<P, R = P>({
  label,
  inputLabel,
  help,
  preview,
  apply,
  describe,
  appliedMessage,
  onApplied,
  onClose,
}: {
  label: string;
  /** The file input's label; «{label}: chọn tệp» by default. */
  inputLabel?: string;
  help: ReactNode;
  preview: (f: PickedFile, job: RunImportJob) => Promise<P>;
  apply: (f: PickedFile, job: RunImportJob) => Promise<R>;
  describe: (p: P) => ReactNode;
  /** What the success notice says; «Đã nhập xong tệp Excel.» by default. */
  appliedMessage?: (r: R) => string;
  onApplied: (r: R) => void;
  onClose: () => void;
}) {
  const notify = useNotice();
  const [errors, setErrors] = useState<{ message: string; details: string[] } | null>(null);
  const flow = useExcelImport<P, R>({
    preview: (f, job) => {
      setErrors(null);
      return preview(f, job);
    },
    apply,
    onApplied: (r) => {
      notify('success', appliedMessage ? appliedMessage(r) : 'Đã nhập xong tệp Excel.');
      onApplied(r);
    },
    onError: (e) => {
      setErrors({ message: errorMessage(e), details: errorDetails(e) ?? [] });
    },
  });
  return (
    <section className="panel" aria-label={label}>
      <div className="toolbar">
        <label className={flow.busy ? 'file-button disabled' : 'file-button'}>
          Chọn tệp Excel (.xlsx)…
          <input
            className="visually-hidden"
            type="file"
            accept=".xlsx"
            aria-label={inputLabel ?? `${label}: chọn tệp`}
            disabled={flow.busy}
            onChange={(e) => void flow.pick(e.target.files?.[0])}
          />
        </label>
        {flow.file ? <span>{flow.file.fileName}</span> : <span className="muted">chưa chọn tệp</span>}
        <button onClick={() => void flow.apply()} disabled={!flow.preview || flow.busy}>
          Nhập dữ liệu
        </button>
        <button className="secondary" onClick={onClose} disabled={flow.busy}>
          Hủy
        </button>
        {flow.busy && !flow.status ? <span className="muted">Đang đọc tệp…</span> : null}
      </div>
      <JobProgress status={flow.status} note={flow.note} onCancel={() => void flow.cancel()} />
      <p className="muted">{help}</p>
      {errors ? (
        <div className="error-box" role="alert" data-testid="import-errors">
          <div>{errors.message}</div>
          {errors.details.length > 1 ? (
            <ul>
              {errors.details.slice(0, 30).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {flow.preview ? <div data-testid="import-preview">{describe(flow.preview)}</div> : null}
    </section>
  );
}
