/** What the OCOP import's sheets share: reading their rows, and how a planned row refers and compares. */
import { headerColumns, type ImportErrors } from '../io/excel';
import type { Sheet } from '../io/sheet';
import { RowReader } from './excel-read';

export type Change = 'add' | 'change' | 'same';
/** A stored row by id, or one added by the same file by its key. */
export type Ref = { id: number } | { key: string };

/** Whether every field of `a` equals the stored row's. */
export const same = (a: object, b: Record<string, unknown>) => Object.entries(a).every(([k, v]) => v === b[k]);

/** Each non-blank row under the sheet's header (a missing column is reported once, and no row is read). */
export function importRows(ws: Sheet, headers: string[], errors: ImportErrors, cb: (r: RowReader) => void): void {
  const cols = headerColumns(ws, headers, errors);
  if (!cols) return;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const r = new RowReader(ws, cols, errors, row);
    if (!r.blank(headers)) cb(r);
  });
}
