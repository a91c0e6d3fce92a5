/** Commune groups to Excel: one row per commune of the year, the import's template. */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { formatShortDate } from '../../../shared/format/date';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import type { CommuneGroupRow } from '../../../shared/models/indicators';
import { addSheet, workbookBase64 } from '../io/excel';
import { listGroups } from './groups';
import { G, SHEET } from './groups-excel-layout';

export async function exportGroups(ctx: ServiceContext, year: number): Promise<FilePayload> {
  const wb = new ExcelJS.Workbook();
  addSheet<CommuneGroupRow>(
    wb,
    SHEET,
    [
      { header: G.code, width: 10, value: (r) => r.code },
      { header: G.name, width: 36, value: (r) => r.label },
      { header: G.group, width: 8, value: (r) => r.groupNo },
      { header: G.from, width: 16, value: (r) => (r.validFrom ? formatShortDate(r.validFrom) : '') },
      { header: G.decision, width: 40, value: (r) => r.decision },
    ],
    listGroups(ctx, year),
  );
  return { fileName: `nhom-xa-${year}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}
