import type { ApiClient } from '../../shared/api/contract';
import type { FilePayload } from '../../shared/models/files';

/**
 * Saves a generated file where the person chooses: the Save dialog in the desktop app, a
 * download in the browser. Returns a Vietnamese sentence for the notice, or null if cancelled.
 */
export async function saveFile(api: ApiClient, file: FilePayload, openAfter = false): Promise<string | null> {
  if (window.api) {
    const r = await api.invoke('files.save', { fileName: file.fileName, base64: file.base64, openAfter });
    return r.saved ? `Đã lưu tệp ${r.path}` : null;
  }
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return `Đã tải xuống tệp ${file.fileName}`;
}

/** Reads a file the person picked (e.g. an Excel workbook to import) as base64 for the API. */
export async function readFileBase64(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < buf.length; i += 0x8000) binary += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(binary);
}
