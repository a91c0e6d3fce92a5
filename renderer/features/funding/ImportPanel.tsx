import { JobProgress } from '../../components/JobProgress';
import { useNotice } from '../../components/Notice';
import { useExcelImport } from '../../components/useExcelImport';
import { formatShortDate } from '../../../shared/format/date';
import { ImportActions, useImportFailure } from '../../components/ImportActions';

/** Import of the funding workbook: pick a file, read the preview, then apply all of it or nothing. */
export function ImportPanel({ onApplied }: { onApplied: () => void }) {
  const notify = useNotice();
  const fail = useImportFailure();
  const flow = useExcelImport({
    preview: (f, job) => job('funding.importPreview', f),
    apply: (f, job) => job('funding.importApply', f),
    onApplied: (r, f) => {
      notify(
        'success',
        `Đã nhập tệp ${f.fileName}: thêm ${r.worksAdded}, sửa ${r.worksChanged} công trình, ${r.provinceChanges} số cấp tỉnh.`,
      );
      onApplied();
    },
    onError: fail,
  });
  const { input, busy, apply, pick } = flow;
  const pending = flow.file && flow.preview ? { fileName: flow.file.fileName, preview: flow.preview } : null;

  const p = pending?.preview;
  const nothing = p && !p.provinceChanges && !p.worksAdded && !p.worksChanged;
  return (
    <>
      <label className="button-like secondary">
        Nhập từ Excel…
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          className="visually-hidden"
          aria-label="Nhập từ Excel"
          disabled={busy}
          onChange={(e) => void pick(e.target.files?.[0])}
        />
      </label>
      <JobProgress status={flow.status} note={flow.note} onCancel={() => void flow.cancel()} />
      {p ? (
        <div className="import-preview" role="dialog" aria-label="Xem trước khi nhập">
          <strong>Tệp {pending.fileName}</strong> — năm {p.year}, giải ngân đến {formatShortDate(p.asOf)}.
          <ul>
            <li>Số cấp tỉnh thay đổi: {p.provinceChanges}</li>
            <li>
              Công trình: thêm {p.worksAdded}, sửa {p.worksChanged}, giữ nguyên {p.worksUnchanged}
            </li>
            {p.worksExisting ? (
              <li>
                Dòng không ghi mã nhưng công trình đã có (cùng xã, cùng tên): {p.worksExisting} — không thêm lần nữa
              </li>
            ) : null}
            <li>Số liệu công trình thay đổi: {p.amountsChanged}</li>
          </ul>
          {p.sample.length ? (
            <ul className="muted">
              {p.sample.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : null}
          <ImportActions busy={busy} nothing={!!nothing} onApply={() => void apply()} onCancel={flow.reset} />
        </div>
      ) : null}
    </>
  );
}
