/**
 * Reads the matrix workbook: every sheet and row is checked (unknown commune, unknown criterion,
 * bad value, duplicate row) and every problem placed by sheet, row and column before anything is compared.
 */
import type { ServiceContext } from '../context';
import { parseResultText, RESULT_INPUT_HELP } from '../../../shared/domain/criteria-values';
import { searchKey } from '../../../shared/format/text';
import type { ResultChange } from '../../../shared/models/criteria';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { criteriaOfSet } from '../../../db/repositories/criteria';
import { cellText, headerColumns, ImportErrors, loadWorkbook } from '../io/excel';
import type { Sheet } from '../io/sheet';
import { communesOfYear, type CommuneInfo } from './common';
import {
  COL_CODE,
  COL_DISTRICT,
  COL_NAME,
  DERIVED_COLUMNS,
  HELP_SHEET,
  parseCriterionHeader,
  yearOfSheet,
} from './matrix-excel-layout';

export interface ParsedCell extends ResultChange {
  sheet: string;
  row: number;
  commune: string;
  criterion: string;
}

export interface ParsedSheet {
  sheet: string;
  year: number;
  rows: number;
  cells: ParsedCell[];
}

/** Finds the commune a row names: by GSO code if given, otherwise by district-level unit and name. */
export function communeFinder(communes: CommuneInfo[]) {
  const byCode = new Map(communes.filter((c) => c.code).map((c) => [c.code!, c]));
  return (code: string, district: string, name: string): CommuneInfo | string => {
    if (code) {
      const c = byCode.get(code);
      if (!c) return `mã xã «${code}» không có trong danh sách xã của năm`;
      if (name && searchKey(name) !== searchKey(c.name))
        return `mã xã «${code}» là xã ${c.label}, không phải «${name}»`;
      return c;
    }
    if (!name) return 'thiếu tên xã và mã xã';
    const d = searchKey(district);
    const hits = communes.filter(
      (c) =>
        searchKey(c.name) === searchKey(name) &&
        (!d || d === searchKey(c.districtFullName) || d === searchKey(c.districtName)),
    );
    if (hits.length === 1) return hits[0]!;
    if (!hits.length) return `không tìm thấy xã «${name}»${district ? ` thuộc «${district}»` : ''}`;
    return `có ${hits.length} xã tên «${name}»; hãy ghi «${COL_DISTRICT}» hoặc «${COL_CODE}»`;
  };
}

function parseSheet(ctx: ServiceContext, ws: Sheet, year: number, errors: ImportErrors): ParsedSheet | null {
  const set = criteriaSetForYear(ctx.db, year);
  if (!set) {
    errors.addSheet(ws.name, `chưa có bộ tiêu chí nông thôn mới áp dụng cho năm ${year}.`);
    return null;
  }
  const headers = headerColumns(ws, [COL_DISTRICT, COL_NAME], errors, DERIVED_COLUMNS);
  if (!headers) return null;
  const criteria = criteriaOfSet(ctx.db, set.id);
  const criterionCols: { col: number; header: string; id: number }[] = [];
  for (const [header, col] of headers) {
    if (!header || [COL_CODE, COL_DISTRICT, COL_NAME, ...DERIVED_COLUMNS].includes(header)) continue;
    const parsed = parseCriterionHeader(header);
    const c =
      parsed &&
      criteria.find((x) => x.no === parsed.no && (!parsed.name || searchKey(x.name) === searchKey(parsed.name)));
    if (!c) errors.add(ws.name, 1, header, `không phải tiêu chí của ${set.name} (năm ${year}).`);
    else if (criterionCols.some((x) => x.id === c.id)) errors.add(ws.name, 1, header, `tiêu chí ${c.no} có hai cột.`);
    else criterionCols.push({ col, header, id: c.id });
  }
  if (!criterionCols.length && !errors.any)
    errors.addSheet(ws.name, 'không có cột tiêu chí nào (ví dụ «1. Quy hoạch»).');

  const find = communeFinder(communesOfYear(ctx, year));
  const codeCol = headers.get(COL_CODE);
  const seen = new Map<number, number>();
  const cells: ParsedCell[] = [];
  let rows = 0;
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const text = (col: number | undefined) => (col ? cellText(row.getCell(col)).trim() : '');
    const name = text(headers.get(COL_NAME));
    const district = text(headers.get(COL_DISTRICT));
    const code = text(codeCol);
    const values = criterionCols.map((c) => ({ ...c, value: text(c.col) }));
    if (!name && !code && !district && values.every((v) => !v.value)) return;
    rows++;
    const commune = find(code, district, name);
    if (typeof commune === 'string') {
      errors.add(ws.name, r, code ? COL_CODE : COL_NAME, `${commune}.`);
      return;
    }
    const first = seen.get(commune.id);
    if (first) {
      errors.add(ws.name, r, COL_NAME, `xã ${commune.label} trùng với dòng ${first}.`);
      return;
    }
    seen.set(commune.id, r);
    for (const v of values) {
      const parsed = parseResultText(v.value);
      if (parsed.kind === 'invalid')
        errors.add(ws.name, r, v.header, `xã ${commune.label}: «${parsed.text}» không hợp lệ (${RESULT_INPUT_HELP}).`);
      else if (parsed.kind !== 'empty') {
        cells.push({
          sheet: ws.name,
          row: r,
          commune: commune.label,
          criterion: v.header,
          communeId: commune.id,
          criterionId: v.id,
          met: parsed.kind === 'met',
        });
      }
    }
  });
  return { sheet: ws.name, year, rows, cells };
}

export async function readMatrixFile(ctx: ServiceContext, fileName: string, base64: string): Promise<ParsedSheet[]> {
  const wb = await loadWorkbook(base64, fileName);
  const errors = new ImportErrors();
  const sheets: ParsedSheet[] = [];
  const years = new Map<number, string>();
  wb.eachSheet((ws) => {
    if (ws.name === HELP_SHEET) return;
    const year = yearOfSheet(ws.name);
    if (year === null) return errors.addSheet(ws.name, `tên sheet phải có dạng «Năm 2022».`);
    if (years.has(year)) return errors.addSheet(ws.name, `trùng năm ${year} với sheet «${years.get(year)}».`);
    years.set(year, ws.name);
    const parsed = parseSheet(ctx, ws, year, errors);
    if (parsed) sheets.push(parsed);
  });
  if (!years.size && !errors.any) errors.addSheet(fileName, 'không có sheet kết quả nào (tên sheet dạng «Năm 2022»).');
  if (sheets.length && sheets.every((s) => !s.rows) && !errors.any) {
    errors.issues.push({
      message: `Tệp «${fileName}» không có kết quả nào để nhập: ${sheets.map((s) => `sheet «${s.sheet}»`).join(', ')} chỉ có dòng tiêu đề (cần mỗi dòng một xã với kết quả các tiêu chí).`,
    });
  }
  errors.throwIfAny();
  return sheets;
}
