/**
 * The former reading path, kept for the tests only: exceljs loads the workbook and every cell is
 * walked into plain values exactly as electron/services/io/xlsx-extract.ts did before it read the
 * XML itself. The new reader must give the same SheetData for every workbook.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetData } from '../../electron/services/io/sheet';
import { checkXlsxBytes, XLSX_LIMITS } from '../../electron/services/io/xlsx-guard';
import { AppError } from '../../shared/errors';

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return String(v);
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };
    const result = plain(f.result as ExcelJS.CellValue);
    return { formula: String(f.formula ?? f.sharedFormula ?? ''), ...(result === null ? {} : { result }) };
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return typeof v.text === 'string' ? v.text : plain(v.text as ExcelJS.CellValue);
  return null;
}

/**
 * The former extractWorkbook: the limits checked, exceljs loads the workbook, the rows with values
 * are kept (capped per sheet); every refusal an AppError with the former message.
 */
export async function exceljsSheets(bytes: Uint8Array, fileName = 'thử.xlsx'): Promise<SheetData[]> {
  checkXlsxBytes(bytes, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» bị hỏng hoặc không phải sổ Excel (.xlsx).`);
  }
  return wb.worksheets.map((ws) => {
    const rows: [number, CellValue[]][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: CellValue[] = [];
      let any = false;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > XLSX_LIMITS.columns || (cell.isMerged && cell.master !== cell)) return;
        const v = plain(cell.value);
        if (v === null || v === '') return;
        cells[col] = v;
        any = true;
      });
      if (!any) return;
      if (rows.length >= XLSX_LIMITS.rowsPerSheet) {
        throw new AppError(
          'IMPORT_INVALID',
          `Sheet «${ws.name}» của tệp «${fileName}» có hơn ${XLSX_LIMITS.rowsPerSheet.toLocaleString('vi-VN')} dòng có dữ liệu (giới hạn một lần nhập); dòng ${r.toLocaleString('vi-VN')} vượt giới hạn.`,
        );
      }
      rows.push([r, cells]);
    });
    return { name: ws.name, rows };
  });
}

/** What a reader makes of the bytes: the sheets, or the refusal's message. */
export async function outcome(
  read: (bytes: Uint8Array, fileName: string) => Promise<SheetData[]>,
  bytes: Uint8Array,
  fileName = 'thử.xlsx',
): Promise<{ sheets: SheetData[] } | { refused: string }> {
  try {
    return { sheets: await read(bytes, fileName) };
  } catch (e) {
    if (e instanceof AppError) return { refused: e.message };
    throw e;
  }
}

const isFormula = (v: CellValue | undefined): v is { formula: string; result?: CellValue } =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v;

/** 0, FALSE, or serial 0 in a date format (the 1900 or 1904 epoch): results exceljs dropped. */
const droppedByExceljs = (r: CellValue | undefined) =>
  r === 0 ||
  r === false ||
  (r instanceof Date && (r.getTime() === Date.UTC(1899, 11, 30) || r.getTime() === Date.UTC(1904, 0, 1)));

/**
 * The new reader's sheets as exceljs showed them, where they differ on purpose: exceljs dropped a
 * formula's result of 0 or FALSE, and kept a text formula showing nothing ("") as a formula
 * without result, which the new reader reads as an empty cell. Those cells of `got` are put back
 * as `expected` has them; everything else is compared as read.
 */
export function asExceljsSaw(got: SheetData[], expected: SheetData[]): SheetData[] {
  return got.map((sheet, s) => {
    const before = expected[s];
    if (!before || before.name !== sheet.name) return sheet;
    const gotRows = new Map(sheet.rows.map(([r, cells]) => [r, cells]));
    const rows: [number, CellValue[]][] = [];
    const seen = new Set<number>();
    for (const [r, oldCells] of before.rows) {
      const cells = gotRows.get(r);
      seen.add(r);
      if (!cells) {
        // A row holding only text formulas showing nothing: absent in the new reading.
        if (oldCells.every((v) => v === undefined || (isFormula(v) && !('result' in v)))) rows.push([r, oldCells]);
        continue;
      }
      const out = cells.map((v, c) => {
        const was = oldCells[c];
        return isFormula(v) && droppedByExceljs(v.result) && isFormula(was) && !('result' in was) ? was : v;
      });
      oldCells.forEach((v, c) => {
        if (out[c] === undefined && isFormula(v) && !('result' in v)) out[c] = v;
      });
      rows.push([r, out]);
    }
    for (const [r, cells] of sheet.rows) if (!seen.has(r)) rows.push([r, cells]);
    rows.sort((a, b) => a[0] - b[0]);
    return { name: sheet.name, rows };
  });
}

/** The same for outcomes (a refusal stays as it is). */
export function outcomeAsExceljsSaw(
  got: { sheets: SheetData[] } | { refused: string },
  expected: { sheets: SheetData[] } | { refused: string },
) {
  return 'sheets' in got && 'sheets' in expected ? { sheets: asExceljsSaw(got.sheets, expected.sheets) } : got;
}
