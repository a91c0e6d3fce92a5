import { useRef, useState } from 'react';
import { useApi } from '../../api/context';
import { readFileBase64, saveFile } from '../../api/files';
import { useNotice } from '../../components/Notice';
import type { ImportPreview } from '../../../shared/models/ocop';
import { errorDetails } from './ui';

/** Export the OCOP workbook; import one back with a preview, all or nothing. */
export function ExcelTools({ asOf, onImported }: { asOf: string; onImported: () => void }) {
  const api = useApi();
  const notify = useNotice();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ fileName: string; base64: string; preview: ImportPreview } | null>(null);

  async function exportFile() {
    setBusy(true);
    try {
      const file = await api.invoke('ocop.export', { asOf });
      const msg = await saveFile(api, file);
      if (msg) notify('success', msg);
    } catch (e) {
      notify('error', ...errorDetails(e));
    } finally {
      setBusy(false);
    }
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    try {
      const base64 = await readFileBase64(file);
      const preview = await api.invoke('ocop.importPreview', { fileName: file.name, base64 });
      setPending({ fileName: file.name, base64, preview });
    } catch (e) {
      notify('error', ...errorDetails(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function apply() {
    if (!pending) return;
    setBusy(true);
    try {
      await api.invoke('ocop.importApply', { fileName: pending.fileName, base64: pending.base64 });
      notify('success', `Đã nhập dữ liệu OCOP từ tệp ${pending.fileName}.`);
      setPending(null);
      onImported();
    } catch (e) {
      notify('error', ...errorDetails(e));
    } finally {
      setBusy(false);
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
          <button className="secondary" onClick={() => setPending(null)} disabled={busy}>
            Hủy
          </button>
        </div>
      ) : null}
    </>
  );
}
