import { useState } from 'react';
import { useApi } from '../../api/context';
import { readFileBase64, saveFile } from '../../api/files';
import { useNotice } from '../../components/Notice';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/ocop-dossier';
import type { DossierItemRow } from '../../../shared/models/ocop';
import { errorNotice } from '../../api/errors';

/** The dossier checklist: which documents are there, with their file copied into the app's data folder. */
export function DossierList({
  productId,
  items,
  onChanged,
}: {
  productId: number;
  items: DossierItemRow[];
  onChanged: () => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const [busy, setBusy] = useState<string | null>(null);

  async function run(docType: string, fn: () => Promise<unknown>) {
    setBusy(docType);
    try {
      await fn();
      onChanged();
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(null);
    }
  }

  const attach = (item: DossierItemRow, file: File | undefined) =>
    file &&
    run(item.docType, async () => {
      if (file.size > MAX_ATTACHMENT_BYTES)
        throw new Error(`Tệp «${file.name}» lớn hơn 25 MB; hãy nén hoặc tách nhỏ trước khi đính kèm.`);
      await api.invoke('ocop.dossierAttach', {
        productId,
        docType: item.docType,
        fileName: file.name,
        base64: await readFileBase64(file),
      });
      notify('success', `Đã đính kèm «${file.name}» vào ${item.label.toLowerCase()}.`);
    });

  const open = (item: DossierItemRow) =>
    run(item.docType, async () => {
      const msg = await saveFile(api, await api.invoke('ocop.dossierOpen', { productId, docType: item.docType }));
      if (msg) notify('success', msg);
    });

  const have = items.filter((i) => i.present).length;
  const missingRequired = items.filter((i) => i.required && !i.present).length;
  return (
    <>
      <p data-testid="ocop-dossier-count">
        Có {have}/{items.length} loại giấy tờ
        {missingRequired ? `; còn thiếu ${missingRequired} giấy tờ bắt buộc` : '; đủ giấy tờ bắt buộc'}.
      </p>
      <table className="table ocop-dossier" aria-label="Hồ sơ sản phẩm">
        <thead>
          <tr>
            <th>Có</th>
            <th>Giấy tờ</th>
            <th>Tệp đính kèm</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.docType}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Có ${i.label}`}
                  checked={i.present}
                  disabled={busy === i.docType}
                  onChange={(e) =>
                    run(i.docType, () =>
                      api.invoke('ocop.dossierSet', { productId, docType: i.docType, present: e.target.checked }),
                    )
                  }
                />
              </td>
              <td>
                {i.label}
                {i.required ? <span className="ocop-required"> (bắt buộc)</span> : null}
              </td>
              <td>
                {i.fileName ? (
                  <button className="link" onClick={() => open(i)} disabled={busy === i.docType}>
                    {i.fileName}
                  </button>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="ocop-actions">
                <label className="button-like secondary">
                  {i.fileName ? 'Thay tệp…' : 'Đính kèm…'}
                  <input
                    type="file"
                    hidden
                    aria-label={`Đính kèm ${i.label}`}
                    disabled={busy === i.docType}
                    onChange={(e) => attach(i, e.target.files?.[0])}
                  />
                </label>
                {i.fileName ? (
                  <button
                    className="secondary"
                    disabled={busy === i.docType}
                    onClick={() =>
                      run(i.docType, () => api.invoke('ocop.dossierDetach', { productId, docType: i.docType }))
                    }
                  >
                    Gỡ tệp
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
