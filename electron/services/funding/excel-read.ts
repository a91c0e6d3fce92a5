/** Reads the funding workbook back: every problem is placed by sheet, row and column. */
import { sumThousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import { cellText, headerColumns, valueText, type ImportErrors } from '../io/excel';
import { formulaProblem, type CellValue, type Row, type Sheet, type Workbook } from '../io/sheet';
import { amountFromNumber, formatAmount, parseAmount, type AmountParse } from '../../../shared/domain/amount';
import { formatShortDate, parseViDate } from '../../../shared/format/date';
import { STAGES, type FundingStage } from '../../../shared/models/funding';
import type { Sources } from './common';
import { INFO_CUTOFF, INFO_YEAR, SHEET_INFO, SHEET_SOURCES, SRC, TOTAL_LABEL } from './excel-layout';

/** An amount cell's value: numbers as Excel stores them, text by the Vietnamese rules, formulas by their result. */
export function readAmountValue(v: CellValue): AmountParse {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === 'number') return amountFromNumber(v);
  if (typeof v === 'object' && 'formula' in v) {
    const r = v.result;
    if (typeof r === 'number') return amountFromNumber(r);
    if (r === undefined || r === null)
      return { ok: false, error: 'ô có công thức chưa có kết quả: hãy mở tệp bằng Excel và lưu lại.' };
    if (typeof r === 'object' && !(r instanceof Date) && 'error' in r)
      return { ok: false, error: `công thức cho kết quả lỗi ${r.error}.` };
  }
  if (typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v)
    return { ok: false, error: `ô có lỗi công thức ${v.error}.` };
  if (v instanceof Date || typeof v === 'boolean') return { ok: false, error: 'ô phải là số tiền.' };
  return parseAmount(valueText(v));
}

/**
 * A "Tổng cộng" cell, which is only checked: a formula saved without its result (files written by
 * tools that do not calculate) cannot be checked and is skipped.
 */
export function totalAt(
  errors: ImportErrors,
  ws: Pick<Sheet, 'name'>,
  row: Row,
  col: number,
  header: string,
): ThousandVnd | null {
  const v = row.value(col);
  if (v && typeof v === 'object' && 'formula' in v && (v.result === undefined || v.result === null)) return null;
  return amountAt(errors, ws, row, col, header).value;
}

/** Reads an amount, recording the error under the column's header; null when empty or wrong. */
export function amountAt(
  errors: ImportErrors,
  ws: Pick<Sheet, 'name'>,
  row: Row,
  col: number,
  header: string,
): { value: ThousandVnd | null; ok: boolean } {
  const r = readAmountValue(row.value(col));
  if (r.ok) return { value: r.value, ok: true };
  errors.add(ws.name, row.number, header, r.error);
  return { value: null, ok: false };
}

/** True for a row with nothing but blanks; stops at the first value. */
export const isEmptyRow = (row: Row): boolean =>
  !row.hasValues ||
  !(row.values as unknown[]).some((v) => v !== null && v !== undefined && (typeof v !== 'string' || v.trim() !== ''));

export interface FileInfo {
  year: number;
  cutoff: string;
}

/** Sheet "Thông tin": the year and the disbursement cut-off the figures belong to. */
export function readInfo(wb: Workbook, errors: ImportErrors): FileInfo | null {
  const ws = wb.getWorksheet(SHEET_INFO);
  if (!ws) {
    errors.issues.push({
      sheet: SHEET_INFO,
      message: `Tệp thiếu sheet «${SHEET_INFO}» (năm và ngày giải ngân). Hãy dùng tệp xuất từ màn hình Nguồn vốn.`,
    });
    return null;
  }
  let year: number | null = null;
  let cutoff: string | null = null;
  let cutoffRow = 0;
  const seen = new Map<string, number>();
  ws.eachRow((row, r) => {
    const label = cellText(row.getCell(1)).trim();
    const cell = row.getCell(2);
    const text = cellText(cell).trim();
    if (label === INFO_YEAR || label === INFO_CUTOFF) {
      if (seen.has(label)) errors.add(ws.name, r, 'A', `dòng «${label}» đã có ở dòng ${seen.get(label)}.`);
      seen.set(label, r);
      const problem = formulaProblem(cell.value);
      if (problem) return errors.add(ws.name, r, 'B', problem);
    }
    if (label === INFO_YEAR) {
      year = /^\d{4}$/.test(text) ? Number(text) : null;
      if (year === null || year < 2000 || year > 2100) errors.add(ws.name, r, 'B', `«${text}» không phải năm hợp lệ.`);
    } else if (label === INFO_CUTOFF) {
      cutoff = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : parseViDate(text);
      if (!cutoff) errors.add(ws.name, r, 'B', `«${text}» không phải ngày hợp lệ (ví dụ 31/12/2022).`);
      cutoffRow = r;
    }
  });
  const cut = cutoff as string | null; // assigned in the callback
  if (year !== null && cut && !cut.startsWith(`${year}-`)) {
    errors.add(
      ws.name,
      cutoffRow,
      'B',
      `ngày giải ngân ${formatShortDate(cut)} không thuộc năm ${year} của tệp (phải từ 01/01/${year} đến 31/12/${year}).`,
    );
  }
  if (year === null && !errors.issues.some((i) => i.sheet === ws.name))
    errors.addSheet(ws.name, `thiếu dòng «${INFO_YEAR}».`);
  if (year === null) return null;
  return { year, cutoff: cutoff ?? `${year}-12-31` };
}

/** Province-level figures from sheet "Nguồn vốn": stage → source code → amount (null = none). */
export type ProvinceFigures = Map<FundingStage, Map<string, ThousandVnd | null>>;

export function readSourcesSheet(wb: Workbook, sources: Sources, errors: ImportErrors): ProvinceFigures | null {
  const ws = wb.getWorksheet(SHEET_SOURCES);
  if (!ws) return null;
  const cols = headerColumns(ws, [SRC.code, ...STAGES.map(SRC.direct)], errors, [
    SRC.rate,
    // Amounts are checked by readAmountValue, which lets the Tổng cộng row's formulas through.
    ...STAGES.flatMap((s) => [SRC.direct(s), SRC.total(s), SRC.detail(s), SRC.unallocated(s)]),
  ]);
  if (!cols) return null;
  const out: ProvinceFigures = new Map(STAGES.map((s) => [s, new Map()]));
  const seen = new Set<string>();
  let totalRow: Row | null = null;
  ws.eachRow((row, r) => {
    if (r === 1 || isEmptyRow(row)) return;
    const code = cellText(row.getCell(cols.get(SRC.code)!)).trim();
    const name = cols.has(SRC.name) ? cellText(row.getCell(cols.get(SRC.name)!)).trim() : '';
    if (!code && name === TOTAL_LABEL) {
      totalRow = row;
      return;
    }
    if (!sources.byCode.has(code)) {
      errors.add(ws.name, r, SRC.code, `không có nguồn vốn mã «${code}» (các mã: ${sources.codes.join(', ')}).`);
      return;
    }
    if (seen.has(code)) errors.add(ws.name, r, SRC.code, `nguồn «${code}» có ở hai dòng.`);
    seen.add(code);
    for (const stage of STAGES) {
      const a = amountAt(errors, ws, row, cols.get(SRC.direct(stage))!, SRC.direct(stage));
      if (a.ok) out.get(stage)!.set(code, a.value);
    }
  });
  if (totalRow) checkTotalRow(ws, totalRow, cols, out, errors);
  return out;
}

/** The "Tổng cộng" row, when filled, must be the sum of the sources in each province-level column. */
function checkTotalRow(
  ws: Sheet,
  row: Row,
  cols: Map<string, number>,
  figures: ProvinceFigures,
  errors: ImportErrors,
): void {
  for (const stage of STAGES) {
    const header = SRC.direct(stage);
    const total = totalAt(errors, ws, row, cols.get(header)!, header);
    const sum = sumThousandVnd([...figures.get(stage)!.values()].filter((a) => a !== null));
    if (total !== null && total !== sum) {
      errors.add(
        ws.name,
        row.number,
        header,
        `dòng ${TOTAL_LABEL} ghi ${formatAmount(total)} nhưng tổng các nguồn là ${formatAmount(sum)} triệu đồng.`,
      );
    }
  }
}
