import { JobProgress } from '../../components/JobProgress';
import { useExport } from '../../components/useExport';
import { MoreMenu } from '../../components/MoreMenu';
import { useNotice } from '../../components/Notice';
import { useExcelImport } from '../../components/useExcelImport';
import { errorNotice } from '../../api/errors';

/** Export the OCOP workbook; import one back with a preview, all or nothing. */
export function ExcelTools({ asOf, onImported }: { asOf: string; onImported: () => void }) {
  const notify = useNotice();
  const exporter = useExport();
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
  const busy = exporter.busy || flow.busy;
  const pending = flow.file && flow.preview ? { fileName: flow.file.fileName, preview: flow.preview } : null;

  const exportFile = () => exporter.run('ocop.export', { asOf });

  return (
    <>
      {/* In «Thêm ▾» so the products toolbar keeps one line at 1280×720. */}
      <MoreMenu
        items={[
          { label: 'Xuất Excel', disabled: busy, onSelect: () => void exportFile() },
          { label: 'Nhập Excel…', disabled: busy, onSelect: () => input.current?.click() },
        ]}
      />
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        hidden
        aria-label="Chọn tệp Excel OCOP"
        onChange={(e) => pick(e.target.files?.[0])}
      />
      <JobProgress status={flow.status} note={flow.note} onCancel={() => void flow.cancel()} />
      {exporter.progress}
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
