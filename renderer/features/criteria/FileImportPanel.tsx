import { useState, type ReactNode } from 'react';
import { useNotice } from '../../components/Notice';
import type { ApiCallError } from '../../api/client';
import { useExcelImport, type PickedFile } from '../../components/useExcelImport';

/**
 * Pick a workbook, see the service's preview, apply all of it or nothing — for the criteria-set,
 * commune-group and indicator-value imports (the same flow as the matrix import).
 */
export function FileImportPanel<P>({
  label,
  help,
  preview,
  apply,
  describe,
  onApplied,
  onClose,
}: {
  label: string;
  help: ReactNode;
  preview: (f: PickedFile) => Promise<P>;
  apply: (f: PickedFile) => Promise<P>;
  describe: (p: P) => ReactNode;
  onApplied: (p: P) => void;
  onClose: () => void;
}) {
  const notify = useNotice();
  const [errors, setErrors] = useState<{ message: string; details: string[] } | null>(null);
  const flow = useExcelImport<P, P>({
    preview: (f) => {
      setErrors(null);
      return preview(f);
    },
    apply,
    onApplied: (r) => {
      notify('success', 'Đã nhập xong tệp Excel.');
      onApplied(r);
    },
    onError: (e) => {
      const err = e as ApiCallError;
      setErrors({ message: err.message, details: err.details?.map((d) => d.message) ?? [] });
    },
  });
  return (
    <section className="panel" aria-label={label}>
      <div className="toolbar">
        <label className={flow.busy ? 'file-button disabled' : 'file-button'}>
          Chọn tệp Excel (.xlsx)…
          <input className="visually-hidden" type="file" accept=".xlsx" aria-label={`${label}: chọn tệp`} disabled={flow.busy} onChange={(e) => void flow.pick(e.target.files?.[0])} />
        </label>
        {flow.file ? <span>{flow.file.fileName}</span> : <span className="muted">chưa chọn tệp</span>}
        <button onClick={() => void flow.apply()} disabled={!flow.preview || flow.busy}>
          Nhập dữ liệu
        </button>
        <button className="secondary" onClick={onClose} disabled={flow.busy}>
          Hủy
        </button>
        {flow.busy ? <span className="muted">Đang đọc tệp…</span> : null}
      </div>
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
