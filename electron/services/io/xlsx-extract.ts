/**
 * Runs inside the reading worker: checks the limits, lets exceljs read the workbook, and keeps
 * only plain values of the rows that hold any (capped per sheet). No database, no app state.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { checkXlsxBytes, XLSX_LIMITS } from './xlsx-guard';
import type { CellValue, SheetData } from './sheet';

type Progress = (fraction: number, stage: string) => void;

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

export async function extractWorkbook(bytes: Uint8Array, fileName: string, progress: Progress): Promise<SheetData[]> {
  progress(0.02, 'Đang kiểm tra tệp');
  checkXlsxBytes(bytes, fileName);
  progress(0.1, 'Đang đọc sổ Excel');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» bị hỏng hoặc không phải sổ Excel (.xlsx).`);
  }
  const sheets: SheetData[] = [];
  const all = wb.worksheets;
  all.forEach((ws, i) => {
    progress(0.6 + (0.3 * i) / Math.max(1, all.length), `Đang đọc sheet «${ws.name}»`);
    const rows: [number, CellValue[]][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: CellValue[] = [];
      let any = false;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // Cells covered by a merge repeat their master's value in exceljs; Excel shows it once.
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
    sheets.push({ name: ws.name, rows });
  });
  progress(0.9, 'Đang kiểm tra dữ liệu');
  return sheets;
}
