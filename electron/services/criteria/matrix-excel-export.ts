/** Exports the matrix: one sheet per year that has results, Vietnamese headers, communes unambiguous. */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import { RESULT_INPUT_HELP, resultAt, resultText } from '../../../shared/domain/criteria-values';
import { formatShortDate } from '../../../shared/format/date';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import type { MatrixRow } from '../../../shared/models/criteria';
import { yearsWithResults } from '../../../db/repositories/criteria';
import { addSheet, workbookBase64, type SheetColumn } from '../io/excel';
import { stage } from '../io/job-context';
import { loadMatrix } from './matrix';
import {
  COL_CODE,
  COL_DISTRICT,
  COL_NAME,
  criterionHeader,
  DERIVED_COLUMNS,
  HELP_SHEET,
  sheetName,
} from './matrix-excel-layout';

export async function exportMatrix(ctx: ServiceContext): Promise<FilePayload> {
  const wb = new ExcelJS.Workbook();
  const years = yearsWithResults(ctx.db);
  for (const [k, year] of years.entries()) {
    await stage((0.8 * k) / years.length, `Đang đọc kết quả tiêu chí năm ${year}`);
    const m = loadMatrix(ctx, year);
    if (!m.set) continue;
    const [met, level, levelYear, decision] = DERIVED_COLUMNS as [string, string, string, string];
    const districtName = new Map(m.districts.map((d) => [d.id, d.fullName]));
    const columns: SheetColumn<MatrixRow>[] = [
      { header: COL_CODE, width: 10, value: (r) => r.code },
      {
        header: COL_DISTRICT,
        width: 24,
        value: (r) => (r.districtId === null ? '' : (districtName.get(r.districtId) ?? '')),
      },
      { header: COL_NAME, width: 20, value: (r) => r.name },
      ...m.criteria.map((c, i) => ({
        header: criterionHeader(c),
        width: 12,
        value: (r: MatrixRow) => resultText(resultAt(r.results, i)),
      })),
      { header: met, width: 10, value: (r) => r.met },
      { header: level, width: 16, value: (r) => LEVEL_LABEL[r.level ?? 'none'] },
      { header: levelYear, width: 10, value: (r) => r.levelYear },
      {
        header: decision,
        width: 26,
        value: (r) =>
          r.decisionNo ? `${r.decisionNo}${r.decisionDate ? ` ngày ${formatShortDate(r.decisionDate)}` : ''}` : '',
      },
    ];
    const ws = addSheet(wb, sheetName(year), columns, m.rows);
    ws.getRow(1).height = 60;
    ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 1 }];
  }
  const help = wb.addWorksheet(HELP_SHEET);
  help.getColumn(1).width = 110;
  [
    'Bảng kết quả thực hiện tiêu chí nông thôn mới của từng xã, mỗi sheet một năm («Năm 2022»).',
    `Xã được xác định theo cột «${COL_CODE}» (mã ĐVHC); nếu để trống mã thì theo «${COL_DISTRICT}» và «${COL_NAME}» (tên xã trùng nhau giữa các huyện).`,
    `Giá trị mỗi ô tiêu chí: ${RESULT_INPUT_HELP}.`,
    `Các cột ${DERIVED_COLUMNS.map((c) => `«${c}»`).join(', ')} được tính từ dữ liệu, không được nhập lại.`,
    'Khi nhập lại, nếu có bất kỳ ô sai nào thì toàn bộ tệp bị từ chối và chưa có dữ liệu nào được ghi.',
  ].forEach((line) => help.addRow([line]));
  return {
    fileName: `Ket-qua-tieu-chi-NTM-${years.length ? `${years[0]}-${years[years.length - 1]}` : 'trong'}.xlsx`,
    mime: MIME_XLSX,
    base64: await workbookBase64(wb),
  };
}
