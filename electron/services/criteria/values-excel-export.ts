/**
 * Indicator values to Excel: one sheet per year, one row per commune and one column per indicator —
 * the layout of the summary tables communes send in, so an office pastes a whole block at once.
 */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { showIndicatorValue } from '../../../shared/domain/criteria-eval';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import { yearEnd } from '../../../shared/format/date';
import { groupsAt, valuesOf } from '../../../db/repositories/criteria-values';
import { workbookBase64 } from '../io/excel';
import { stage } from '../io/job-context';
import { communesOfYear } from './common';
import { COL_CODE, COL_GROUP, COL_NAME, indicatorHeader, PREFIX } from './values-excel-layout';
import { modelOfYear } from './values-excel-read';

export async function exportValues(ctx: ServiceContext, year: number): Promise<FilePayload> {
  await stage(0.05, `Đang đọc giá trị chỉ tiêu năm ${year}`);
  const model = modelOfYear(ctx, year);
  const communes = communesOfYear(ctx, year);
  const groups = groupsAt(ctx.db, yearEnd(year));
  const values = new Map(
    valuesOf(
      ctx.db,
      year,
      communes.map((c) => c.id),
    ).map((v) => [`${v.communeId}:${v.indicatorId}`, v.value]),
  );
  const indicators = model.criteria.flatMap((c) => c.indicators);
  await stage(0.4, `Đang ghi ${communes.length.toLocaleString('vi-VN')} xã vào bảng tính`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${PREFIX}${year}`, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  ws.columns = [
    { header: COL_CODE, width: 10 },
    { header: COL_NAME, width: 32 },
    { header: COL_GROUP, width: 7 },
    ...indicators.map((i) => ({ header: indicatorHeader(i), width: 14 })),
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'top', wrapText: true };
  ws.getRow(1).height = 75;
  for (const c of communes) {
    ws.addRow([
      c.code,
      c.label,
      groups.get(c.id)?.groupNo ?? null,
      ...indicators.map((i) => showIndicatorValue(i, values.get(`${c.id}:${i.id}`) ?? null)),
    ]);
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
