/** A generated file travelling to the renderer (Excel export, Word document). */
export interface FilePayload {
  fileName: string;
  mime: string;
  base64: string;
}

export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface SaveResult {
  /** False when the person cancelled the Save dialog. */
  saved: boolean;
  path: string | null;
}
