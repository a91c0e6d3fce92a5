/**
 * A criteria set to Excel: sheet «Chỉ tiêu» (one row per indicator, one threshold column per
 * commune group or region) — the template the import reads back.
 */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import {
  COMPARATOR_LABEL,
  NOT_APPLICABLE_TEXT,
  VALUE_KIND_LABEL,
  type Comparator,
  type ValueKind,
} from '../../../shared/domain/criteria-eval';
import { getCriteriaSet } from '../../../db/repositories/criteria';
import { addSheet, workbookBase64 } from '../io/excel';
import { loadSetModel, type SetModel } from './set-model';
import { C, HELP, SET_SHEET, thresholdColumns } from './set-excel-layout';

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
  const blank = {
    code: '',
    name: '',
    unit: '',
    kind: '',
    comparator: '',
    grades: '',
    thresholds: {},
    source: '',
    verified: '',
  };
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
            thresholds: Object.fromEntries(
              cols.map((col, k) => [col.key, ts[k] ? (ts[k]!.notApplicable ? NOT_APPLICABLE_TEXT : ts[k]!.value) : '']),
            ),
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
