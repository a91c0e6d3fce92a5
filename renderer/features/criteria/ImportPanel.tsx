import { useState } from 'react';
import { JobProgress } from '../../components/JobProgress';
import { useNotice } from '../../components/Notice';
import { ApiCallError } from '../../api/client';
import { useExcelImport } from '../../components/useExcelImport';
import { formatNumber } from '../../../shared/format/number';

/** Pick a workbook, see what it would change, then apply all of it (or nothing). */
export function ImportPanel({ onClose, onApplied }: { onClose: () => void; onApplied: () => void }) {
  const notify = useNotice();
  const [errors, setErrors] = useState<{ message: string; details: string[] } | null>(null);
  const { file, preview, busy, pick, apply, status, note, cancel } = useExcelImport({
    preview: (f, job) => {
      setErrors(null);
      return job('criteria.importPreview', f);
    },
    apply: (f, job) => job('criteria.importApply', f),
    onApplied: (r) => {
      notify(
        'success',
        r.added || r.changed
          ? `Đã nhập: ${formatNumber(r.added)} ô mới, ${formatNumber(r.changed)} ô thay đổi, ${formatNumber(r.unchanged)} ô giữ nguyên.`
          : `Tệp không có gì mới: ${formatNumber(r.unchanged)} ô đã có đúng như trong tệp, không ghi gì.`,
      );
      onApplied();
    },
    onError: (e) => {
      const err = e as ApiCallError;
      setErrors({ message: err.message, details: err.details?.map((d) => d.message) ?? [] });
    },
  });

  return (
    <section className="panel" aria-label="Nhập kết quả tiêu chí từ Excel">
      <div className="toolbar">
        <label className={busy ? 'file-button disabled' : 'file-button'}>
          Chọn tệp Excel (.xlsx)…
          <input className="visually-hidden" type="file" accept=".xlsx" aria-label="Chọn tệp Excel" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
        {file ? <span>{file.fileName}</span> : <span className="muted">chưa chọn tệp</span>}
        <button onClick={() => void apply()} disabled={!preview || busy}>
          Nhập dữ liệu
        </button>
        <button className="secondary" onClick={onClose} disabled={busy}>
          Hủy
        </button>
      </div>
      <JobProgress status={status} note={note} onCancel={() => void cancel()} />
      <p className="muted">
        Dùng tệp «Xuất Excel» làm mẫu: mỗi sheet một năm («Năm 2022»), xã xác định bằng mã xã hoặc đơn vị cấp huyện + tên xã. Có một lỗi là cả
        tệp bị từ chối.
      </p>
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
      {preview ? (
        <div data-testid="import-preview">
          <p>
            {preview.sheets.map((s) => `${s.sheet}: ${formatNumber(s.rows)} xã`).join('; ')}. Sẽ thêm <strong>{formatNumber(preview.added)}</strong> ô, thay đổi{' '}
            <strong>{formatNumber(preview.changed)}</strong> ô, giữ nguyên {formatNumber(preview.unchanged)} ô.
          </p>
          {preview.sample.length ? (
            <table className="table">
              <thead>
                <tr>
                  <th>Sheet / dòng</th>
                  <th>Xã</th>
                  <th>Tiêu chí</th>
                  <th>Cũ → Mới</th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.slice(0, 20).map((c, i) => (
                  <tr key={i}>
                    <td>
                      {c.sheet}, dòng {c.row}
                    </td>
                    <td>{c.commune}</td>
                    <td>{c.criterion}</td>
                    <td>
                      {c.oldValue || '(trống)'} → {c.newValue}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
