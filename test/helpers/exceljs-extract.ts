/**
 * The former reading path, kept for the tests only: exceljs loads the workbook and every cell is
 * walked into plain values exactly as electron/services/io/xlsx-extract.ts did before it read the
 * XML itself. The new reader must give the same SheetData for every workbook.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetData } from '../../electron/services/io/sheet';
import { XLSX_LIMITS } from '../../electron/services/io/xlsx-guard';

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

/** SheetData as the exceljs path gave it (no limits other than the column cap; throws as exceljs does). */
export async function exceljsSheets(bytes: Uint8Array): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
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
      if (any) rows.push([r, cells]);
    });
    return { name: ws.name, rows };
  });
}
