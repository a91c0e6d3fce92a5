/**
 * Indicator values by Excel: one sheet per year, one row per commune and one column per indicator —
 * the layout of the summary tables communes send in, so an office pastes a whole block at once.
 */
import ExcelJS from 'exceljs';
import type { Sheet } from '../io/sheet';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { parseIndicatorValue, showIndicatorValue } from '../../../shared/domain/criteria-eval';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import type { SimpleImportPreview } from '../../../shared/models/indicators';
import { yearEnd } from '../../../shared/format/date';
import { groupsAt, valuesOf } from '../../../db/repositories/criteria-values';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { cellText, headerColumns, ImportErrors, loadWorkbook, workbookBase64 } from '../io/excel';
import { stage } from '../io/job-context';
import { communesOfYear } from './common';
import { communeFinder } from './matrix-excel-import';
import { loadSetModel, type SetModel } from './set-model';
import { writeValues, type CheckedValue } from './indicator-values';

const PREFIX = 'Chỉ tiêu ';
const COL_CODE = 'Mã xã';
const COL_NAME = 'Tên xã';
const COL_GROUP = 'Nhóm';
const sheetYear = (name: string) => {
  const m = /^Chỉ tiêu\s+(\d{4})$/.exec(name.trim());
  return m ? Number(m[1]) : null;
};
const header = (i: { code: string; name: string; unit: string }) => {
  const name = i.name.length > 50 ? `${i.name.slice(0, 49)}…` : i.name;
  return `${i.code} ${name}${i.unit ? ` (${i.unit})` : ''}`;
};
const codeOfHeader = (h: string) => /^(\d{1,2}\.\d{1,2}[a-z]?)(\s|$)/.exec(h.trim())?.[1] ?? null;

function modelOfYear(ctx: ServiceContext, year: number): SetModel {
  const set = criteriaSetForYear(ctx.db, year);
  if (!set) throw new AppError('NOT_FOUND', `Chưa có bộ tiêu chí nông thôn mới áp dụng cho năm ${year}.`);
  const model = loadSetModel(ctx.db, set.id);
  if (!model.indicatorById.size) {
    throw new AppError('VALIDATION', `${model.name} chưa có chỉ tiêu nào: hãy nhập chỉ tiêu ở màn hình Bộ tiêu chí trước (Phụ lục I của văn bản ban hành).`);
  }
  return model;
}

export async function exportValues(ctx: ServiceContext, year: number): Promise<FilePayload> {
  await stage(0.05, `Đang đọc giá trị chỉ tiêu năm ${year}`);
  const model = modelOfYear(ctx, year);
  const communes = communesOfYear(ctx, year);
  const groups = groupsAt(ctx.db, yearEnd(year));
  const values = new Map(valuesOf(ctx.db, year, communes.map((c) => c.id)).map((v) => [`${v.communeId}:${v.indicatorId}`, v.value]));
  const indicators = model.criteria.flatMap((c) => c.indicators);
  await stage(0.4, `Đang ghi ${communes.length.toLocaleString('vi-VN')} xã vào bảng tính`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${PREFIX}${year}`, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  ws.columns = [
    { header: COL_CODE, width: 10 },
    { header: COL_NAME, width: 32 },
    { header: COL_GROUP, width: 7 },
    ...indicators.map((i) => ({ header: header(i), width: 14 })),
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'top', wrapText: true };
  ws.getRow(1).height = 75;
  for (const c of communes) {
    ws.addRow([c.code, c.label, groups.get(c.id)?.groupNo ?? null, ...indicators.map((i) => showIndicatorValue(i, values.get(`${c.id}:${i.id}`) ?? null))]);
  }
  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 110 }];
  [
    `${model.name}: mỗi dòng một xã, mỗi cột một chỉ tiêu (mã chỉ tiêu đứng đầu tên cột). Cột «${COL_GROUP}» chỉ để xem.`,
    'Số: 80 hoặc 80,5; tỷ lệ: 74,5 hoặc 74,5%; Đạt/Không: «Đạt» hoặc «Không»; xếp loại: đúng tên mức. Ô trống: giữ nguyên giá trị đã có.',
    'Có lỗi ở bất kỳ ô nào thì không nhập gì; thông báo lỗi ghi rõ sheet, dòng, cột.',
  ].forEach((t) => help.addRow([t]));
  return { fileName: `chi-tieu-${year}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}

interface ParsedSheet {
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
  const cols: { col: number; header: string; indicator: SetModel['indicatorById'] extends Map<number, infer I> ? I : never }[] = [];
  for (const [text, col] of h) {
    if (!text || [COL_CODE, COL_NAME, COL_GROUP].includes(text)) continue;
    const code = codeOfHeader(text);
    const ind = code ? byCode.get(code) : undefined;
    if (!ind) errors.add(ws.name, 1, text, `không phải chỉ tiêu của ${model.name} (tên cột phải bắt đầu bằng mã chỉ tiêu, ví dụ «3.2»).`);
    else if (cols.some((c) => c.indicator.id === ind.id)) errors.add(ws.name, 1, text, `chỉ tiêu ${ind.code} có hai cột.`);
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
      else if (p.kind === 'value') values.push({ communeId: commune.id, indicatorId: c.indicator.id, value: p.value, where: `${ws.name} dòng ${r}` });
    }
  });
  return { year, model, values, rows };
}

async function parseFile(ctx: ServiceContext, fileName: string, base64: string): Promise<ParsedSheet[]> {
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
  if (!out.length && !errors.any) errors.addSheet(fileName, `không có sheet giá trị chỉ tiêu nào (tên sheet dạng «${PREFIX}2026»).`);
  if (out.length && out.every((s) => !s.rows) && !errors.any) {
    errors.issues.push({ message: `Tệp «${fileName}» không có giá trị chỉ tiêu nào để nhập: ${out.map((s) => `sheet «${PREFIX}${s.year}»`).join(', ')} chỉ có dòng tiêu đề (cần mỗi dòng một xã với giá trị các chỉ tiêu).` });
  }
  errors.throwIfAny();
  return out;
}

function previewOf(ctx: ServiceContext, sheets: ParsedSheet[]): SimpleImportPreview {
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  let rows = 0;
  const sample: SimpleImportPreview['sample'] = [];
  for (const s of sheets) {
    rows += s.rows;
    const stored = new Map(valuesOf(ctx.db, s.year, [...new Set(s.values.map((v) => v.communeId))]).map((v) => [`${v.communeId}:${v.indicatorId}`, v.value]));
    for (const v of s.values) {
      const old = stored.get(`${v.communeId}:${v.indicatorId}`);
      if (old === v.value) unchanged++;
      else {
        if (old === undefined) added++;
        else changed++;
        const ind = s.model.indicatorById.get(v.indicatorId)!;
        if (sample.length < 50) sample.push({ sheet: `${PREFIX}${s.year}`, row: 0, what: `${v.where} — ${ind.code}`, oldValue: showIndicatorValue(ind, old ?? null), newValue: showIndicatorValue(ind, v.value) });
      }
    }
  }
  return { rows, added, changed, unchanged, sample };
}

export async function valuesImportPreview(ctx: ServiceContext, fileName: string, base64: string) {
  return previewOf(ctx, await parseFile(ctx, fileName, base64));
}

/** Re-reads the file and writes every sheet in ONE transaction (values, then the criteria they decide). */
export async function valuesImportApply(ctx: ServiceContext, fileName: string, base64: string) {
  const sheets = await parseFile(ctx, fileName, base64);
  const preview = previewOf(ctx, sheets);
  ctx.db.transaction((tx) => {
    for (const s of sheets) writeValues(tx, s.model, s.year, s.values, ctx.now(), true);
  });
  return preview;
}
