import type ExcelJS from 'exceljs';
import { AppError, type ApiError } from '../../../shared/errors';
import { columnLetter, formulaProblem, type CellValue, type Row as SheetRow, type Sheet } from './sheet';
import { readWorkbook } from './xlsx-reader';
import { XLSX_LIMITS } from './xlsx-guard';
import { stage } from './job-context';

/** Long cell texts quoted in a message are cut to their start. */
const short = (s: string) => (s.length > 300 ? s.replace(/«([^»]{60})[^»]{10,}»/g, '«$1…»').slice(0, 600) : s);

export type ImportIssue = NonNullable<ApiError['details']>[number];

/** Collects every problem of an import, each placed by sheet, row and column, before anything is written. */
export class ImportErrors {
  /** The first problems (kept to a bounded number); `count` has them all. */
  readonly issues: ImportIssue[] = [];
  private extra = 0;
  private push(issue: ImportIssue): void {
    if (this.issues.length < 1000) this.issues.push(issue);
    else this.extra++;
  }
  get count(): number {
    return this.issues.length + this.extra;
  }
  add(sheet: string, row: number, column: string, message: string): void {
    this.push({
      sheet,
      row,
      column,
      message: `Sheet «${sheet}», dòng ${row}, cột «${short(column)}»: ${short(message)}`,
    });
  }
  addSheet(sheet: string, message: string): void {
    this.push({ sheet, message: `Sheet «${sheet}»: ${message}` });
  }
  get any(): boolean {
    return this.issues.length > 0;
  }
  /** Adds another collection's problems after these, as if they had been added here one by one. */
  append(other: ImportErrors): void {
    for (const issue of other.issues) this.push(issue);
    this.extra += other.extra;
  }
  /** Refuses the whole import, naming the first problems. */
  throwIfAny(): void {
    if (!this.any) return;
    const n = this.count;
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp có ${n} lỗi, chưa nhập dữ liệu nào. ${this.issues[0]!.message}${n > 1 ? ` (và ${n - 1} lỗi khác)` : ''}`,
      this.issues.slice(0, 200),
    );
  }
}

/** Anything textProblem looks at closer: one test per text cell (10^5 in a large import). */
const SUSPECT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|_x00[01][0-9a-f]_/i;

/** A text cell longer than Excel allows, or with control characters, is refused where it is. */
function textProblem(v: string): string | null {
  if (v.length <= XLSX_LIMITS.cellChars && !SUSPECT_TEXT.test(v)) return null;
  if (v.length > XLSX_LIMITS.cellChars)
    return `ô dài ${v.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${XLSX_LIMITS.cellChars.toLocaleString('vi-VN')} ký tự của một ô Excel.`;
  const c = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(v);
  if (c)
    return `ô có ký tự điều khiển không in được (mã U+${c[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); hãy gõ lại nội dung ô.`;
  // The same characters as Excel writes them in the file (_x0001_), which exceljs leaves encoded.
  const x = /_x(00[01][0-9a-f])_/i.exec(v);
  if (x && !['0009', '000a', '000d'].includes(x[1]!.toLowerCase()))
    return `ô có ký tự điều khiển không in được (mã U+${x[1]!.toUpperCase()}); hãy gõ lại nội dung ô.`;
  return null;
}

/** Reads an uploaded workbook off the main thread, within the limits; see xlsx-reader. */
export const loadWorkbook = readWorkbook;

/** A cell's value as the text a person sees (formulas give their result, rich text its plain text). */
export function cellText(cell: { value: CellValue }): string {
  return valueText(cell.value);
}

/** The same for a bare value. */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('error' in v) return v.error;
    return v.result === undefined || v.result === null ? '' : valueText(v.result);
  }
  return String(v).trim();
}

/**
 * Finds the columns of the expected headers in a sheet's first row (case and diacritics must match
 * the export). A header written twice is refused with both places; so is, in every column read, a
 * formula error or a formula saved without its result (except in `unchecked` columns).
 */
export function headerColumns(
  sheet: Sheet,
  expected: string[],
  errors: ImportErrors,
  unchecked: readonly string[] = [],
): Map<string, number> | null {
  const header = sheetHeader(sheet.name, sheet.rowCount ? sheet.getRow(1) : null, expected, errors, unchecked);
  if (!header) return null;
  sheet.eachRow((row, r) => {
    if (r !== 1) header.check(row, errors);
  });
  return header.columns;
}

/**
 * The first-row part of `headerColumns` (`row1` null: the sheet is empty), and its check of one
 * data row's cells in the columns read: for a sheet read a row at a time.
 */
export function sheetHeader(
  sheetName: string,
  row1: SheetRow | null,
  expected: string[],
  errors: ImportErrors,
  unchecked: readonly string[] = [],
): { columns: Map<string, number>; check(row: SheetRow, errors: ImportErrors): void } | null {
  const found = new Map<string, number>();
  const before = errors.issues.length;
  if (!row1) {
    errors.addSheet(
      sheetName,
      `sheet trống: cần dòng tiêu đề (dòng 1) với các cột ${expected.map((m) => `«${m}»`).join(', ')} và các dòng dữ liệu bên dưới.`,
    );
    return null;
  }
  row1.eachCell((cell, col) => {
    const h = cellText(cell).trim();
    if (!h) return;
    const first = found.get(h);
    if (first !== undefined)
      errors.add(
        sheetName,
        1,
        h,
        `cột «${h}» có hai lần (cột ${columnLetter(first)} và cột ${columnLetter(col)}); hãy xóa một cột.`,
      );
    else found.set(h, col);
  });
  const missing = expected.filter((h) => !found.has(h));
  if (missing.length)
    errors.addSheet(sheetName, `thiếu cột ${missing.map((m) => `«${m}»`).join(', ')} ở dòng tiêu đề (dòng 1).`);
  if (errors.issues.length > before) return null;
  const columns = [...found].map(([h, col]) => ({ h, col, formulas: !unchecked.includes(h) }));
  return {
    columns: found,
    check(row, errors) {
      for (const { h, col, formulas } of columns) {
        const v = row.value(col);
        const problem = typeof v === 'string' ? textProblem(v) : formulaProblem(v, !formulas);
        if (problem) errors.add(sheetName, row.number, h, problem);
      }
    },
  };
}

export interface SheetColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | null;
  numFmt?: string;
}

/** Adds a sheet with a bold, frozen Vietnamese header row. */
export function addSheet<Row>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn<Row>[],
  rows: Row[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  return ws;
}

export async function workbookBase64(wb: ExcelJS.Workbook): Promise<string> {
  // Inside an export job: say so, and stop here if the person cancelled (nothing is written by an export).
  await stage(0.85, 'Đang đóng gói tệp Excel');
  wb.creator = 'NTM Office';
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}
