/** Reads a criteria set workbook: every row checked (sheet, row, column) before anything is compared or written. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import {
  NOT_APPLICABLE_TEXT,
  VALUE_KIND_LABEL,
  type Comparator,
  type ValueKind,
} from '../../../shared/domain/criteria-eval';
import { searchKey } from '../../../shared/format/text';
import { indicatorValueCount } from '../../../db/repositories/criteria-sets';
import { cellText, headerColumns, ImportErrors, loadWorkbook } from '../io/excel';
import { loadSetModel } from './set-model';
import { C, SET_SHEET, thresholdColumns } from './set-excel-layout';

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

export async function readSetFile(ctx: ServiceContext, setId: number, fileName: string, base64: string) {
  const model = loadSetModel(ctx.db, setId);
  const wb = await loadWorkbook(base64, fileName);
  const errors = new ImportErrors();
  const ws = wb.getWorksheet(SET_SHEET);
  if (!ws)
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp «${fileName}» không có sheet «${SET_SHEET}» (hãy dùng tệp mẫu xuất từ màn hình Bộ tiêu chí).`,
    );
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
    const comparator: Comparator | undefined =
      valueKind === 'yesno' ? 'dat' : COMPARATOR_BY_TEXT.get(cmpText.replace(/\s/g, ''));
    if (!comparator) {
      errors.add(ws.name, r, C.comparator, `chỉ tiêu ${code}: «${cmpText}» không phải phép so sánh (≥, ≤, =, >, <).`);
      return;
    }
    const grades = t(C.grades);
    if (valueKind === 'grade' && !grades.includes(';'))
      errors.add(ws.name, r, C.grades, `chỉ tiêu ${code} là xếp loại: ghi các mức, tốt nhất trước, cách nhau bởi «;».`);
    const gradeKeys = grades
      .split(';')
      .map((g) => searchKey(g))
      .filter(Boolean);
    const thresholds: ParsedIndicator['thresholds'] = [];
    for (const col of tcols) {
      const v = t(col.header);
      if (!v) continue;
      if (searchKey(v) === searchKey(NOT_APPLICABLE_TEXT))
        thresholds.push({ key: col.key, value: '', notApplicable: true });
      else if (valueKind === 'yesno') {
        if (searchKey(v) !== 'dat')
          errors.add(
            ws.name,
            r,
            col.header,
            `chỉ tiêu ${code} là Đạt/Không: ngưỡng ghi «Đạt» hoặc «${NOT_APPLICABLE_TEXT}».`,
          );
        else thresholds.push({ key: col.key, value: 'Đạt', notApplicable: false });
      } else if (valueKind === 'grade') {
        if (!gradeKeys.includes(searchKey(v)))
          errors.add(ws.name, r, col.header, `«${v}» không phải một mức xếp loại của chỉ tiêu ${code}.`);
        else thresholds.push({ key: col.key, value: v, notApplicable: false });
      } else {
        const n = Number(v.replace(/%$/, '').replace(',', '.'));
        if (!Number.isFinite(n)) errors.add(ws.name, r, col.header, `chỉ tiêu ${code}: ngưỡng «${v}» không phải số.`);
        else if (valueKind === 'percent' && (n < 0 || n > 100))
          errors.add(ws.name, r, col.header, `chỉ tiêu ${code}: tỷ lệ ${v} phải từ 0 đến 100.`);
        else thresholds.push({ key: col.key, value: String(n), notApplicable: false });
      }
    }
    indicators.push({
      row: r,
      no,
      code,
      name,
      unit: t(C.unit),
      valueKind,
      comparator,
      grades,
      thresholds,
      source: t(C.source),
      verified: !!t(C.verified),
    });
  });
  // Every indicator needs its criterion: in the set already or named on some row.
  for (const i of indicators) {
    if (!model.criteria.some((c) => c.no === i.no) && !criteria.has(i.no))
      errors.add(ws.name, i.row, C.criterion, `tiêu chí ${i.no} chưa có trong bộ: ghi tên tiêu chí.`);
  }
  // Indicators dropped from the file may be removed only if nothing was entered for them.
  const kept = new Set(indicators.map((i) => i.code));
  const dropped = [...model.indicatorById.values()].filter((i) => !kept.has(i.code));
  for (const d of dropped) {
    const n = indicatorValueCount(ctx.db, [d.id]);
    if (n)
      errors.addSheet(
        ws.name,
        `chỉ tiêu ${d.code} có trong bộ nhưng không có trong tệp, và đã có ${n} giá trị được nhập: không bỏ được.`,
      );
  }
  if (!indicators.length && !errors.any) errors.addSheet(ws.name, 'không có dòng chỉ tiêu nào.');
  errors.throwIfAny();
  return { model, criteria, indicators, dropped };
}
