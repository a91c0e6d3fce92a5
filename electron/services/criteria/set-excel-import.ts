/**
 * A criteria set as a workbook: sheet «Chỉ tiêu» (one row per indicator, one threshold column per
 * commune group or region) — exported as the template to fill, imported all-or-nothing.
 */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import type { SetImportPreview } from '../../../shared/models/indicators';
import {
  COMMUNE_GROUPS,
  COMPARATOR_LABEL,
  GROUP_LABEL,
  groupKey,
  NOT_APPLICABLE_TEXT,
  VALUE_KIND_LABEL,
  type Comparator,
  type ValueKind,
} from '../../../shared/domain/criteria-eval';
import { searchKey } from '../../../shared/format/text';
import { getCriteriaSet } from '../../../db/repositories/criteria';
import { deleteIndicators, deleteThreshold, indicatorValueCount, insertCriterion, insertIndicator, updateIndicator, upsertThreshold } from '../../../db/repositories/criteria-sets';
import { recordAudit } from '../../../db/repositories/audit';
import { addSheet, cellText, headerColumns, ImportErrors, loadWorkbook, workbookBase64 } from '../io/excel';
import { loadSetModel, type SetModel } from './set-model';
import { resyncSet } from './set-edit';

export const SET_SHEET = 'Chỉ tiêu';
const HELP = 'Hướng dẫn';
const C = {
  no: 'Tiêu chí số',
  criterion: 'Tên tiêu chí',
  code: 'Mã chỉ tiêu',
  name: 'Tên chỉ tiêu',
  unit: 'Đơn vị',
  kind: 'Cách nhập',
  comparator: 'So sánh',
  grades: 'Các mức xếp loại',
  source: 'Nguồn',
  verified: 'Đã kiểm chứng',
} as const;

const REGION_KEYS = ['chung', 'TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'];
/** Threshold columns of a set: «Nhóm 1..3» or one per region. */
export const thresholdColumns = (thresholdBy: string): { key: string; header: string }[] =>
  thresholdBy === 'group'
    ? COMMUNE_GROUPS.map((g) => ({ key: groupKey(g), header: `Ngưỡng ${GROUP_LABEL(g).toLowerCase()}` }))
    : REGION_KEYS.map((k) => ({ key: k, header: `Ngưỡng ${k === 'chung' ? 'chung' : k}` }));

interface RowOut {
  no: number;
  criterion: string;
  code: string;
  name: string;
  unit: string;
  kind: string;
  comparator: string;
  grades: string;
  thresholds: Record<string, string>;
  source: string;
  verified: string;
}

function rowsOf(model: SetModel): RowOut[] {
  const cols = thresholdColumns(model.thresholdBy);
  const blank = { code: '', name: '', unit: '', kind: '', comparator: '', grades: '', thresholds: {}, source: '', verified: '' };
  return model.criteria.flatMap((c) =>
    c.indicators.length
      ? c.indicators.map((i) => {
          const ts = cols.map((col) => i.thresholds.get(col.key));
          return {
            no: c.no,
            criterion: c.name,
            code: i.code,
            name: i.name,
            unit: i.unit,
            kind: VALUE_KIND_LABEL[i.valueKind as ValueKind] ?? i.valueKind,
            comparator: i.valueKind === 'yesno' ? '' : (COMPARATOR_LABEL[i.comparator as Comparator] ?? i.comparator),
            grades: i.grades,
            thresholds: Object.fromEntries(cols.map((col, k) => [col.key, ts[k] ? (ts[k]!.notApplicable ? NOT_APPLICABLE_TEXT : ts[k]!.value) : ''])),
            source: ts.find((t) => t?.source)?.source ?? '',
            verified: ts.some((t) => t) && ts.every((t) => !t || t.verified) ? 'x' : '',
          };
        })
      : [{ no: c.no, criterion: c.name, ...blank }],
  );
}

export async function exportSet(ctx: ServiceContext, setId: number): Promise<FilePayload> {
  const model = loadSetModel(ctx.db, setId);
  const set = getCriteriaSet(ctx.db, setId)!;
  const wb = new ExcelJS.Workbook();
  const tcols = thresholdColumns(model.thresholdBy);
  addSheet<RowOut>(
    wb,
    SET_SHEET,
    [
      { header: C.no, width: 10, value: (r) => r.no },
      { header: C.criterion, width: 28, value: (r) => r.criterion },
      { header: C.code, width: 11, value: (r) => r.code },
      { header: C.name, width: 60, value: (r) => r.name },
      { header: C.unit, width: 9, value: (r) => r.unit },
      { header: C.kind, width: 12, value: (r) => r.kind },
      { header: C.comparator, width: 9, value: (r) => r.comparator },
      { header: C.grades, width: 18, value: (r) => r.grades },
      ...tcols.map((t) => ({ header: t.header, width: 14, value: (r: RowOut) => r.thresholds[t.key] ?? '' })),
      { header: C.source, width: 30, value: (r) => r.source },
      { header: C.verified, width: 12, value: (r) => r.verified },
    ],
    rowsOf(model),
  );
  const help = wb.addWorksheet(HELP);
  help.columns = [{ width: 120 }];
  [
    `${set.name} — ${set.decision}`,
    `Nguồn: ${set.sourceDoc || '(chưa ghi)'}. Mỗi dòng của sheet «${SET_SHEET}» là một chỉ tiêu; dòng chỉ có «${C.no}» và «${C.criterion}» là tiêu chí chưa có chỉ tiêu.`,
    `«${C.kind}»: ${Object.values(VALUE_KIND_LABEL).join(', ')}. «${C.comparator}»: ≥, ≤, =, >, < (để trống với chỉ tiêu Đạt/Không).`,
    `Ngưỡng: số (ví dụ 80 hoặc 80,5), «Đạt», một mức xếp loại, hoặc «${NOT_APPLICABLE_TEXT}» khi chỉ tiêu không áp dụng cho nhóm/vùng đó; ô trống: chưa có ngưỡng.`,
    `«${C.grades}»: với chỉ tiêu xếp loại, các mức từ tốt nhất, cách nhau bởi «;» (ví dụ Tốt;Khá;Trung bình). «${C.verified}»: ghi x khi đã đối chiếu văn bản gốc.`,
    'Khi nhập lại: chỉ tiêu có trong bộ mà không có trong tệp sẽ bị bỏ (chỉ khi chưa có giá trị nào được nhập); có lỗi ở bất kỳ dòng nào thì không nhập gì.',
  ].forEach((t) => help.addRow([t]));
  const fileName = `bo-tieu-chi-${set.code.toLowerCase()}.xlsx`;
  return { fileName, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}

interface ParsedIndicator {
  row: number;
  no: number;
  code: string;
  name: string;
  unit: string;
  valueKind: ValueKind;
  comparator: Comparator;
  grades: string;
  thresholds: { key: string; value: string; notApplicable: boolean }[];
  source: string;
  verified: boolean;
}

const KIND_BY_TEXT = new Map(Object.entries(VALUE_KIND_LABEL).map(([k, v]) => [searchKey(v), k as ValueKind]));
const COMPARATOR_BY_TEXT = new Map<string, Comparator>([
  ['≥', '>='],
  ['>=', '>='],
  ['≤', '<='],
  ['<=', '<='],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
]);

async function parseSetFile(ctx: ServiceContext, setId: number, fileName: string, base64: string) {
  const model = loadSetModel(ctx.db, setId);
  const wb = await loadWorkbook(base64, fileName);
  const errors = new ImportErrors();
  const ws = wb.getWorksheet(SET_SHEET);
  if (!ws) throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» không có sheet «${SET_SHEET}» (hãy dùng tệp mẫu xuất từ màn hình Bộ tiêu chí).`);
  const tcols = thresholdColumns(model.thresholdBy);
  const headers = headerColumns(ws, [C.no, C.code, C.name, C.kind], errors);
  errors.throwIfAny();
  const h = headers!;
  const criteria = new Map<number, { row: number; name: string }>();
  const indicators: ParsedIndicator[] = [];
  const codes = new Map<string, number>();
  // Only rows holding values exist in the sheet read by the worker.
  ws.eachRow((row, r) => {
    if (r < 2) return;
    const t = (header: string) => {
      const col = h.get(header);
      return col ? cellText(row.getCell(col)).trim() : '';
    };
    const noText = t(C.no);
    const code = t(C.code);
    const name = t(C.name);
    if (!noText && !code && !name && !t(C.criterion)) return;
    const no = Number(noText);
    if (!Number.isInteger(no) || no < 1 || no > 60) {
      errors.add(ws.name, r, C.no, `«${noText}» không phải số tiêu chí (1–60).`);
      return;
    }
    const cname = t(C.criterion);
    if (cname && !criteria.has(no)) criteria.set(no, { row: r, name: cname });
    if (!code) {
      if (name) errors.add(ws.name, r, C.code, `chỉ tiêu «${name}» thiếu mã (dạng «${no}.1»).`);
      return;
    }
    if (!/^\d{1,2}\.\d{1,2}[a-z]?$/.test(code) || Number(code.split('.')[0]) !== no) {
      errors.add(ws.name, r, C.code, `mã «${code}» phải có dạng «${no}.1» (số tiêu chí, dấu chấm, số thứ tự).`);
      return;
    }
    if (codes.has(code)) {
      errors.add(ws.name, r, C.code, `mã ${code} trùng với dòng ${codes.get(code)}.`);
      return;
    }
    codes.set(code, r);
    if (!name) errors.add(ws.name, r, C.name, `chỉ tiêu ${code} thiếu tên.`);
    const valueKind = KIND_BY_TEXT.get(searchKey(t(C.kind)));
    if (!valueKind) {
      errors.add(ws.name, r, C.kind, `«${t(C.kind)}» không hợp lệ: ghi ${Object.values(VALUE_KIND_LABEL).join(', ')}.`);
      return;
    }
    const cmpText = t(C.comparator);
    const comparator: Comparator | undefined = valueKind === 'yesno' ? 'dat' : COMPARATOR_BY_TEXT.get(cmpText.replace(/\s/g, ''));
    if (!comparator) {
      errors.add(ws.name, r, C.comparator, `chỉ tiêu ${code}: «${cmpText}» không phải phép so sánh (≥, ≤, =, >, <).`);
      return;
    }
    const grades = t(C.grades);
    if (valueKind === 'grade' && !grades.includes(';')) errors.add(ws.name, r, C.grades, `chỉ tiêu ${code} là xếp loại: ghi các mức, tốt nhất trước, cách nhau bởi «;».`);
    const gradeKeys = grades.split(';').map((g) => searchKey(g)).filter(Boolean);
    const thresholds: ParsedIndicator['thresholds'] = [];
    for (const col of tcols) {
      const v = t(col.header);
      if (!v) continue;
      if (searchKey(v) === searchKey(NOT_APPLICABLE_TEXT)) thresholds.push({ key: col.key, value: '', notApplicable: true });
      else if (valueKind === 'yesno') {
        if (searchKey(v) !== 'dat') errors.add(ws.name, r, col.header, `chỉ tiêu ${code} là Đạt/Không: ngưỡng ghi «Đạt» hoặc «${NOT_APPLICABLE_TEXT}».`);
        else thresholds.push({ key: col.key, value: 'Đạt', notApplicable: false });
      } else if (valueKind === 'grade') {
        if (!gradeKeys.includes(searchKey(v))) errors.add(ws.name, r, col.header, `«${v}» không phải một mức xếp loại của chỉ tiêu ${code}.`);
        else thresholds.push({ key: col.key, value: v, notApplicable: false });
      } else {
        const n = Number(v.replace(/%$/, '').replace(',', '.'));
        if (!Number.isFinite(n)) errors.add(ws.name, r, col.header, `chỉ tiêu ${code}: ngưỡng «${v}» không phải số.`);
        else if (valueKind === 'percent' && (n < 0 || n > 100)) errors.add(ws.name, r, col.header, `chỉ tiêu ${code}: tỷ lệ ${v} phải từ 0 đến 100.`);
        else thresholds.push({ key: col.key, value: String(n), notApplicable: false });
      }
    }
    indicators.push({ row: r, no, code, name, unit: t(C.unit), valueKind, comparator, grades, thresholds, source: t(C.source), verified: !!t(C.verified) });
  });
  // Every indicator needs its criterion: in the set already or named on some row.
  for (const i of indicators) {
    if (!model.criteria.some((c) => c.no === i.no) && !criteria.has(i.no)) errors.add(ws.name, i.row, C.criterion, `tiêu chí ${i.no} chưa có trong bộ: ghi tên tiêu chí.`);
  }
  // Indicators dropped from the file may be removed only if nothing was entered for them.
  const kept = new Set(indicators.map((i) => i.code));
  const dropped = [...model.indicatorById.values()].filter((i) => !kept.has(i.code));
  for (const d of dropped) {
    const n = indicatorValueCount(ctx.db, [d.id]);
    if (n) errors.addSheet(ws.name, `chỉ tiêu ${d.code} có trong bộ nhưng không có trong tệp, và đã có ${n} giá trị được nhập: không bỏ được.`);
  }
  if (!indicators.length && !errors.any) errors.addSheet(ws.name, 'không có dòng chỉ tiêu nào.');
  errors.throwIfAny();
  return { model, criteria, indicators, dropped };
}

function summary(p: Awaited<ReturnType<typeof parseSetFile>>): SetImportPreview {
  const existing = new Map([...p.model.indicatorById.values()].map((i) => [i.code, i]));
  let added = 0;
  let changed = 0;
  for (const i of p.indicators) {
    const e = existing.get(i.code);
    if (!e) added++;
    else if (e.name !== i.name || e.unit !== i.unit || e.valueKind !== i.valueKind || e.comparator !== i.comparator || e.grades !== i.grades) changed++;
    else if (i.thresholds.some((t) => e.thresholds.get(t.key)?.value !== t.value || !!e.thresholds.get(t.key)?.notApplicable !== t.notApplicable)) changed++;
  }
  const nos = new Set([...p.model.criteria.map((c) => c.no), ...p.criteria.keys()]);
  return {
    setName: p.model.name,
    criteria: nos.size,
    indicators: p.indicators.length,
    thresholds: p.indicators.reduce((s, i) => s + i.thresholds.length, 0),
    added,
    changed,
    removed: p.dropped.length,
  };
}

export async function setImportPreview(ctx: ServiceContext, setId: number, fileName: string, base64: string): Promise<SetImportPreview> {
  if (!getCriteriaSet(ctx.db, setId)) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ tiêu chí.');
  return summary(await parseSetFile(ctx, setId, fileName, base64));
}

/** Re-reads the file, then writes criteria, indicators and thresholds in one transaction. */
export async function setImportApply(ctx: ServiceContext, setId: number, fileName: string, base64: string): Promise<SetImportPreview> {
  if (!getCriteriaSet(ctx.db, setId)) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ tiêu chí.');
  const p = await parseSetFile(ctx, setId, fileName, base64);
  const out = summary(p);
  const keys = thresholdColumns(p.model.thresholdBy).map((c) => c.key);
  ctx.db.transaction((tx) => {
    const criterionIds = new Map(p.model.criteria.map((c) => [c.no, c.id]));
    for (const [no, c] of p.criteria) {
      if (!criterionIds.has(no)) criterionIds.set(no, insertCriterion(tx, { setId, no, name: c.name, groupNo: no, groupName: c.name }));
    }
    const existing = new Map([...p.model.indicatorById.values()].map((i) => [i.code, i.id]));
    deleteIndicators(
      tx,
      p.dropped.map((d) => d.id),
    );
    p.indicators.forEach((i, k) => {
      const fields = { criterionId: criterionIds.get(i.no)!, code: i.code, name: i.name, unit: i.unit, comparator: i.comparator, valueKind: i.valueKind, grades: i.grades, sortOrder: k + 1 };
      let id = existing.get(i.code);
      if (id) updateIndicator(tx, id, fields);
      else id = insertIndicator(tx, fields);
      const given = new Map(i.thresholds.map((t) => [t.key, t]));
      for (const key of keys) {
        const t = given.get(key);
        if (t) upsertThreshold(tx, { indicatorId: id, region: key, value: t.value, notApplicable: t.notApplicable, verified: i.verified, source: i.source });
        else deleteThreshold(tx, id, key);
      }
    });
    recordAudit(tx, [{ entity: 'criteria_set', entityId: setId, field: 'import', action: 'import', newValue: { fileName, ...out } }], ctx.now());
  });
  resyncSet(ctx, setId);
  return out;
}
