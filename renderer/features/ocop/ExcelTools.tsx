import { useState } from 'react';
import { useApi } from '../../api/context';
import { JobProgress } from '../../components/JobProgress';
import { saveFile } from '../../api/files';
import { useNotice } from '../../components/Notice';
import { useExcelImport } from '../../components/useExcelImport';
import { errorNotice } from '../../api/errors';

/** Export the OCOP workbook; import one back with a preview, all or nothing. */
export function ExcelTools({ asOf, onImported }: { asOf: string; onImported: () => void }) {
  const api = useApi();
  const notify = useNotice();
  const [exporting, setExporting] = useState(false);
  const flow = useExcelImport({
    preview: (f, job) => job('ocop.importPreview', f),
    apply: (f, job) => job('ocop.importApply', f),
    onApplied: (_r, f) => {
      notify('success', `Đã nhập dữ liệu OCOP từ tệp ${f.fileName}.`);
      onImported();
    },
    onError: (e) => notify('error', ...errorNotice(e)),
  });
  const { input, pick, apply } = flow;
  const busy = exporting || flow.busy;
  const pending = flow.file && flow.preview ? { fileName: flow.file.fileName, preview: flow.preview } : null;

  async function exportFile() {
    setExporting(true);
    try {
      const file = await api.invoke('ocop.export', { asOf });
      const msg = await saveFile(api, file);
      if (msg) notify('success', msg);
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <button className="secondary" onClick={exportFile} disabled={busy}>
        Xuất Excel
      </button>
      <button className="secondary" onClick={() => input.current?.click()} disabled={busy}>
        Nhập Excel…
      </button>
      <input ref={input} type="file" accept=".xlsx" hidden aria-label="Chọn tệp Excel OCOP" onChange={(e) => pick(e.target.files?.[0])} />
      <JobProgress status={flow.status} note={flow.note} onCancel={() => void flow.cancel()} />
      {pending ? (
        <div className="ocop-import-preview" role="dialog" aria-label="Xem trước nhập Excel">
          <strong>Tệp {pending.fileName}</strong>
          <ul>
            {pending.preview.counts.map((c) => (
              <li key={c.sheet}>
                {c.sheet}: thêm {c.added}, cập nhật {c.changed}, giữ nguyên {c.unchanged}
              </li>
            ))}
          </ul>
          {pending.preview.sample.length ? <p className="muted">{pending.preview.sample.join('; ')}</p> : null}
          <button onClick={apply} disabled={busy}>
            Nhập dữ liệu
          </button>{' '}
          <button className="secondary" onClick={flow.reset} disabled={busy}>
            Hủy
          </button>
        </div>
      ) : null}
    </>
  );
}
