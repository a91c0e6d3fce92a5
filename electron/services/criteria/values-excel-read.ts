/** Reads the indicator values workbook: every sheet, row and cell checked (sheet, row, column) before anything is compared or written. */
import type { Sheet } from '../io/sheet';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { parseIndicatorValue } from '../../../shared/domain/criteria-eval';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { cellText, headerColumns, ImportErrors, loadWorkbook } from '../io/excel';
import { communesOfYear } from './common';
import { communeFinder } from './matrix-excel-read';
import { loadSetModel, type SetModel } from './set-model';
import type { CheckedValue } from './indicator-values';
import { codeOfHeader, COL_CODE, COL_GROUP, COL_NAME, PREFIX, sheetYear } from './values-excel-layout';

/** The criteria set in force in a year, refused when it has no indicators yet. */
export function modelOfYear(ctx: ServiceContext, year: number): SetModel {
  const set = criteriaSetForYear(ctx.db, year);
  if (!set) throw new AppError('NOT_FOUND', `Chưa có bộ tiêu chí nông thôn mới áp dụng cho năm ${year}.`);
  const model = loadSetModel(ctx.db, set.id);
  if (!model.indicatorById.size) {
    throw new AppError(
      'VALIDATION',
      `${model.name} chưa có chỉ tiêu nào: hãy nhập chỉ tiêu ở màn hình Bộ tiêu chí trước (Phụ lục I của văn bản ban hành).`,
    );
  }
  return model;
}

export interface ParsedSheet {
  year: number;
  model: SetModel;
  values: CheckedValue[];
  rows: number;
}

function parseSheet(ctx: ServiceContext, ws: Sheet, year: number, errors: ImportErrors): ParsedSheet | null {
  let model: SetModel;
  try {
    model = modelOfYear(ctx, year);
  } catch (e) {
    errors.addSheet(ws.name, (e as Error).message);
    return null;
  }
  const h = headerColumns(ws, [COL_NAME], errors);
  if (!h) return null;
  const byCode = new Map([...model.indicatorById.values()].map((i) => [i.code, i]));
  const cols: {
    col: number;
    header: string;
    indicator: SetModel['indicatorById'] extends Map<number, infer I> ? I : never;
  }[] = [];
  for (const [text, col] of h) {
    if (!text || [COL_CODE, COL_NAME, COL_GROUP].includes(text)) continue;
    const code = codeOfHeader(text);
    const ind = code ? byCode.get(code) : undefined;
    if (!ind)
      errors.add(
        ws.name,
        1,
        text,
        `không phải chỉ tiêu của ${model.name} (tên cột phải bắt đầu bằng mã chỉ tiêu, ví dụ «3.2»).`,
      );
    else if (cols.some((c) => c.indicator.id === ind.id))
      errors.add(ws.name, 1, text, `chỉ tiêu ${ind.code} có hai cột.`);
    else cols.push({ col, header: text, indicator: ind });
  }
  const find = communeFinder(communesOfYear(ctx, year));
  const seen = new Map<number, number>();
  const values: CheckedValue[] = [];
  let rows = 0;
  // Only rows holding values exist in the sheet read by the worker.
  ws.eachRow((row, r) => {
    if (r < 2) return;
    const t = (col: number | undefined) => (col ? cellText(row.getCell(col)).trim() : '');
    const code = t(h.get(COL_CODE));
    const name = t(h.get(COL_NAME)).replace(/\s*\(.*\)\s*$/, '');
    const cells = cols.map((c) => ({ ...c, text: t(c.col) }));
    if (!code && !name && cells.every((c) => !c.text)) return;
    rows++;
    const commune = find(code, '', name);
    if (typeof commune === 'string') {
      errors.add(ws.name, r, code ? COL_CODE : COL_NAME, `${commune}.`);
      return;
    }
    if (seen.has(commune.id)) {
      errors.add(ws.name, r, COL_NAME, `xã ${commune.label} trùng với dòng ${seen.get(commune.id)}.`);
      return;
    }
    seen.set(commune.id, r);
    for (const c of cells) {
      const p = parseIndicatorValue(c.indicator, c.text);
      if (p.kind === 'invalid') errors.add(ws.name, r, c.header, `xã ${commune.label}: ${p.message}.`);
      else if (p.kind === 'value')
        values.push({
          communeId: commune.id,
          indicatorId: c.indicator.id,
          value: p.value,
          where: `${ws.name} dòng ${r}`,
        });
    }
  });
  return { year, model, values, rows };
}

export async function readValuesFile(ctx: ServiceContext, fileName: string, base64: string): Promise<ParsedSheet[]> {
  const wb = await loadWorkbook(base64, fileName);
  const errors = new ImportErrors();
  const out: ParsedSheet[] = [];
  wb.eachSheet((ws) => {
    const year = sheetYear(ws.name);
    if (year === null) return;
    if (out.some((s) => s.year === year)) return errors.addSheet(ws.name, `trùng năm ${year}.`);
    const s = parseSheet(ctx, ws, year, errors);
    if (s) out.push(s);
  });
  if (!out.length && !errors.any)
    errors.addSheet(fileName, `không có sheet giá trị chỉ tiêu nào (tên sheet dạng «${PREFIX}2026»).`);
  if (out.length && out.every((s) => !s.rows) && !errors.any) {
    errors.issues.push({
      message: `Tệp «${fileName}» không có giá trị chỉ tiêu nào để nhập: ${out.map((s) => `sheet «${PREFIX}${s.year}»`).join(', ')} chỉ có dòng tiêu đề (cần mỗi dòng một xã với giá trị các chỉ tiêu).`,
    });
  }
  errors.throwIfAny();
  return out;
}
