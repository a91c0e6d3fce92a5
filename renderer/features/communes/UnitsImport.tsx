import { useApi } from '../../api/context';
import { useExport } from '../../components/useExport';
import { useNotice } from '../../components/Notice';
import { useExcelImport } from '../../components/useExcelImport';
import { ImportActions, useImportFailure } from '../../components/ImportActions';

const ACTION_LABEL = { add: 'thêm', change: 'sửa', same: 'giữ nguyên' } as const;

/** Units from Excel (sheet «Đơn vị»): preview, then all of it or nothing; and the list as a workbook. */
export function UnitsImport({ date, onApplied }: { date: string; onApplied: () => void }) {
  const api = useApi();
  const notify = useNotice();
  const fail = useImportFailure();
  const flow = useExcelImport({
    preview: (f) => api.invoke('units.importPreview', f),
    apply: (f) => api.invoke('units.importApply', f),
    onApplied: (r, f) => {
      notify(
        'success',
        `Đã nhập tệp ${f.fileName}: thêm ${r.added}, sửa ${r.changed}, giữ nguyên ${r.unchanged} đơn vị.`,
      );
      onApplied();
    },
    onError: fail,
  });
  const exporter = useExport();
  const exportList = () => exporter.run('units.export', { date });
  const p = flow.preview;
  const nothing = p && !p.added && !p.changed;
  return (
    <>
      <button className="secondary" onClick={() => void exportList()} disabled={exporter.busy}>
        Xuất Excel
      </button>
      {exporter.progress}
      <label className={flow.busy ? 'button-like secondary disabled' : 'button-like secondary'}>
        Nhập từ Excel…
        <input
          ref={flow.input}
          type="file"
          accept=".xlsx"
          className="visually-hidden"
          aria-label="Nhập đơn vị từ Excel"
          disabled={flow.busy}
          onChange={(e) => void flow.pick(e.target.files?.[0])}
        />
      </label>
      {p && flow.file ? (
        <div className="import-preview" role="dialog" aria-label="Xem trước khi nhập đơn vị">
          <strong>Tệp {flow.file.fileName}</strong> — {p.rows} dòng: thêm {p.added}, sửa {p.changed}, giữ nguyên{' '}
          {p.unchanged} đơn vị.
          {p.sample.length ? (
            <ul className="muted">
              {p.sample
                .filter((s) => s.action !== 'same')
                .slice(0, 12)
                .map((s) => (
                  <li key={s.row}>
                    Dòng {s.row}: {ACTION_LABEL[s.action]} {s.kind} {s.name}
                    {s.code ? ` (mã ${s.code})` : ''}
                  </li>
                ))}
            </ul>
          ) : null}
          <ImportActions busy={flow.busy} nothing={!!nothing} onApply={() => void flow.apply()} onCancel={flow.reset} />
        </div>
      ) : null}
    </>
  );
}
