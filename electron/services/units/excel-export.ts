/** Units export (sheet «Đơn vị»): the communes, wards and special zones at a date; the import's template. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { formatShortDate, yearEnd } from '../../../shared/format/date';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import { UNIT_KIND_LABEL, type UnitKind, type UnitRow } from '../../../shared/models/units';
import { addSheet, workbookBase64 } from '../io/excel';
import { stage } from '../io/job-context';
import { unitListAt } from './list';
import { planYear } from '../data-file';
import { COL, COLUMN_WIDTH as W, UNITS_SHEET } from './excel-layout';

export async function exportUnits(ctx: ServiceContext, { date }: ParsedInputOf<'units.export'>): Promise<FilePayload> {
  const at = date ?? yearEnd(planYear(ctx));
  await stage(0.05, `Đang đọc danh sách đơn vị ngày ${formatShortDate(at)}`);
  const units = unitListAt(ctx, at).units;
  await stage(0.4, 'Đang ghi đơn vị vào bảng tính');
  const wb = new ExcelJS.Workbook();
  addSheet<UnitRow>(
    wb,
    UNITS_SHEET,
    [
      { header: COL.code, width: W.code, value: (u) => u.code },
      { header: COL.name, width: W.name, value: (u) => u.name },
      { header: COL.kind, width: W.kind, value: (u) => UNIT_KIND_LABEL[u.kind as UnitKind] },
      { header: COL.from, width: W.from, value: (u) => (u.validFrom ? formatShortDate(u.validFrom) : '') },
      { header: COL.decision, width: W.decision, value: (u) => u.decision },
      { header: COL.notes, width: W.notes, value: (u) => u.notes },
    ],
    units.filter((u) => u.kind === 'xa' || u.kind === 'phuong' || u.kind === 'dac_khu'),
  );
  return { fileName: `don-vi-${at}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}
