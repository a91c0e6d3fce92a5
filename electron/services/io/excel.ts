import ExcelJS from 'exceljs';
import { AppError, type ApiError } from '../../../shared/errors';

export type ImportIssue = NonNullable<ApiError['details']>[number];

/** Collects every problem of an import, each placed by sheet, row and column, before anything is written. */
export class ImportErrors {
  readonly issues: ImportIssue[] = [];
  add(sheet: string, row: number, column: string, message: string): void {
    this.issues.push({ sheet, row, column, message: `Sheet «${sheet}», dòng ${row}, cột «${column}»: ${message}` });
  }
  addSheet(sheet: string, message: string): void {
    this.issues.push({ sheet, message: `Sheet «${sheet}»: ${message}` });
  }
  get any(): boolean {
    return this.issues.length > 0;
  }
  /** Refuses the whole import, naming the first problems. */
  throwIfAny(): void {
    if (!this.any) return;
    const n = this.issues.length;
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp có ${n} lỗi, chưa nhập dữ liệu nào. ${this.issues[0]!.message}${n > 1 ? ` (và ${n - 1} lỗi khác)` : ''}`,
      this.issues.slice(0, 200),
    );
  }
}

/** Reads an uploaded workbook; anything that is not an .xlsx gets a clear message, not a crash. */
export async function loadWorkbook(base64: string, fileName: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(base64, 'base64');
  // An .xlsx is a zip: "PK\x03\x04". Old .xls, CSV or Word files are refused up front.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» không phải sổ Excel (.xlsx). Hãy mở tệp trong Excel và lưu lại dạng .xlsx.`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» bị hỏng hoặc không phải sổ Excel (.xlsx).`);
  }
  return wb;
}

/** A cell's value as the text a person sees (formulas give their result, rich text its plain text). */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(v).trim();
}

/** Finds the columns of the expected headers in a sheet's first row (case and diacritics must match the export). */
export function headerColumns(sheet: ExcelJS.Worksheet, expected: string[], errors: ImportErrors): Map<string, number> | null {
  const found = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => found.set(cellText(cell).trim(), col));
  const missing = expected.filter((h) => !found.has(h));
  if (missing.length) {
    errors.addSheet(sheet.name, `thiếu cột ${missing.map((m) => `«${m}»`).join(', ')} ở dòng tiêu đề (dòng 1).`);
    return null;
  }
  return found;
}

export interface SheetColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | null;
  numFmt?: string;
}

/** Adds a sheet with a bold, frozen Vietnamese header row. */
export function addSheet<Row>(wb: ExcelJS.Workbook, name: string, columns: SheetColumn<Row>[], rows: Row[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  return ws;
}

export async function workbookBase64(wb: ExcelJS.Workbook): Promise<string> {
  wb.creator = 'NTM Office';
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

/** Thousands separator as Vietnamese Excel shows it depends on the OS locale; this format is neutral. */
export const NUM_FMT_INT = '#,##0';
