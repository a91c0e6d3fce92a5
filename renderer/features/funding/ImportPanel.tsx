import { useRef, useState } from 'react';
import { useApi } from '../../api/context';
import { ApiCallError } from '../../api/client';
import { readFileBase64 } from '../../api/files';
import { useNotice } from '../../components/Notice';
import { formatShortDate } from '../../../shared/format/date';
import type { FundingImportPreview } from '../../../shared/models/funding';

/** Import of the funding workbook: pick a file, read the preview, then apply all of it or nothing. */
export function ImportPanel({ onApplied }: { onApplied: () => void }) {
  const api = useApi();
  const notify = useNotice();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ fileName: string; base64: string; preview: FundingImportPreview } | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (err: unknown) => {
    const details = err instanceof ApiCallError ? err.details?.map((d) => d.message) : undefined;
    notify('error', (err as Error).message, details && details.length > 1 ? details : undefined);
  };

  async function pick(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    try {
      const base64 = await readFileBase64(file);
      const preview = await api.invoke('funding.importPreview', { fileName: file.name, base64 });
      setPending({ fileName: file.name, base64, preview });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function apply() {
    if (!pending) return;
    setBusy(true);
    try {
      const r = await api.invoke('funding.importApply', { fileName: pending.fileName, base64: pending.base64 });
      notify('success', `Đã nhập tệp ${pending.fileName}: thêm ${r.worksAdded}, sửa ${r.worksChanged} công trình, ${r.provinceChanges} số cấp tỉnh.`);
      setPending(null);
      onApplied();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  const p = pending?.preview;
  const nothing = p && !p.provinceChanges && !p.worksAdded && !p.worksChanged;
  return (
    <>
      <label className="button-like secondary">
        Nhập từ Excel…
        <input ref={input} type="file" accept=".xlsx" className="visually-hidden" aria-label="Nhập từ Excel" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {p ? (
        <div className="import-preview" role="dialog" aria-label="Xem trước khi nhập">
          <strong>Tệp {pending.fileName}</strong> — năm {p.year}, giải ngân đến {formatShortDate(p.asOf)}.
          <ul>
            <li>Số cấp tỉnh thay đổi: {p.provinceChanges}</li>
            <li>
              Công trình: thêm {p.worksAdded}, sửa {p.worksChanged}, giữ nguyên {p.worksUnchanged}
            </li>
            <li>Số liệu công trình thay đổi: {p.amountsChanged}</li>
          </ul>
          {p.sample.length ? (
            <ul className="muted">
              {p.sample.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : null}
          <div className="toolbar">
            <button onClick={() => void apply()} disabled={busy || !!nothing}>
              {nothing ? 'Không có gì thay đổi' : 'Nhập toàn bộ'}
            </button>
            <button className="secondary" onClick={() => setPending(null)} disabled={busy}>
              Hủy
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
