/** Exports a year's funding tables and works list to Excel (amounts in triệu đồng). */
import { toMillionVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { addSheet, workbookBase64, type SheetColumn } from '../io/excel';
import { stage } from '../io/job-context';
import { formatRate } from '../../../shared/domain/amount';
import { formatShortDate } from '../../../shared/format/date';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import {
  STAGES,
  WORK_STATUS_LABEL,
  type FundingSourceInfo,
  type UnitFigures,
  type WorkRow,
} from '../../../shared/models/funding';
import { resolveCutoff } from './common';
import { worksOfYear, yearRollup } from './data';
import {
  amountNumFmt,
  INFO_CUTOFF,
  INFO_YEAR,
  SHEET_INFO,
  SHEET_SOURCES,
  SHEET_WORKS,
  SRC,
  TOTAL_LABEL,
  WRK,
} from './excel-layout';

const colLetter = (n: number): string =>
  (n > 26 ? colLetter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
const millions = (a: ThousandVnd | null | undefined) => (a === null || a === undefined ? null : toMillionVnd(a));

export async function exportFunding(ctx: ServiceContext, year: number, asOf?: string): Promise<FilePayload> {
  await stage(0.05, `Đang tổng hợp nguồn vốn năm ${year}`);
  const cutoff = resolveCutoff(ctx, year, asOf).asOf;
  const { sources, tree, rollup } = yearRollup(ctx, year, cutoff);
  const wb = new ExcelJS.Workbook();
  addInfoSheet(wb, year, cutoff, tree.province.fullName);
  addSourcesSheet(wb, sources.list, rollup.figures(tree.province.id));
  await stage(0.35, 'Đang đọc danh sách công trình');
  const works = worksOfYear(ctx, year, cutoff, tree, sources);
  await stage(0.6, `Đang ghi ${works.length.toLocaleString('vi-VN')} công trình vào bảng tính`);
  addWorksSheet(wb, sources.list, works);
  return { fileName: `Nguon-von-${year}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}

function addInfoSheet(wb: ExcelJS.Workbook, year: number, cutoff: string, provinceName: string): void {
  const ws = wb.addWorksheet(SHEET_INFO);
  ws.columns = [{ width: 26 }, { width: 90 }];
  ws.addRows([
    [INFO_YEAR, year],
    [INFO_CUTOFF, formatShortDate(cutoff)],
    ['Đơn vị', provinceName],
    ['Đơn vị tính', 'triệu đồng (tối đa 3 chữ số thập phân)'],
    [],
    ['Cách nhập lại', `Sheet «${SHEET_SOURCES}»: chỉ các cột «… (số cấp tỉnh)» được nhập; các cột khác để xem.`],
    [
      '',
      `Sheet «${SHEET_WORKS}»: dòng có «${WRK.id}» sửa công trình đó; dòng để trống mã là công trình mới; ô số tiền để trống là không có số liệu.`,
    ],
    [
      '',
      `Giải ngân là số lũy kế đến ngày ở dòng «${INFO_CUTOFF}». Các cột «… - ${TOTAL_LABEL}» phải bằng tổng các nguồn.`,
    ],
  ]);
  ws.getColumn(1).font = { bold: true };
}

function addSourcesSheet(wb: ExcelJS.Workbook, sources: FundingSourceInfo[], f: UnitFigures): void {
  type Row = { code: string; name: string; pick: (stage: (typeof STAGES)[number]) => UnitFigures['need']['total'] };
  const rows: Row[] = sources.map((s) => ({ code: s.code, name: s.name, pick: (stage) => f[stage].bySource[s.code]! }));
  const columns: SheetColumn<Row>[] = [
    { header: SRC.code, width: 14, value: (r) => r.code },
    { header: SRC.name, width: 42, value: (r) => r.name },
    ...STAGES.map((stage) => ({
      header: SRC.direct(stage),
      width: 17,
      value: (r: Row) => millions(r.pick(stage).direct),
    })),
    ...STAGES.map((stage) => ({
      header: SRC.total(stage),
      width: 17,
      value: (r: Row) => millions(r.pick(stage).total),
    })),
    ...STAGES.map((stage) => ({
      header: SRC.detail(stage),
      width: 17,
      value: (r: Row) => millions(r.pick(stage).detail),
    })),
    ...STAGES.map((stage) => ({
      header: SRC.unallocated(stage),
      width: 19,
      value: (r: Row) => millions(r.pick(stage).unallocated),
    })),
    { header: SRC.rate, width: 12, value: (r) => formatRate(r.pick('disbursed').total, r.pick('allocated').total) },
  ];
  const ws = addSheet(wb, SHEET_SOURCES, columns, rows);
  const last = rows.length + 1;
  const total = ws.addRow(['', TOTAL_LABEL]);
  total.font = { bold: true };
  // Sums stay formulas so a person editing in Excel sees them move; the import checks them.
  for (let col = 3; col < columns.length; col++) {
    const values = rows.map((r) => columns[col - 1]!.value(r)).filter((v): v is number => typeof v === 'number');
    // A column without any figure stays blank: a SUM would print 0 for «chưa có số liệu».
    if (!values.length) continue;
    const L = colLetter(col);
    total.getCell(col).value = { formula: `SUM(${L}2:${L}${last})`, result: sumMillions(values) };
  }
  total.getCell(columns.length).value = formatRate(f.disbursed.total.total, f.allocated.total.total);
  formatAmountCells(ws, 3, columns.length - 1);
}

/** The column sum in triệu đồng, computed on integers so the cached result is exact. */
const sumMillions = (values: number[]) => values.reduce((s, v) => s + Math.round(v * 1000), 0) / 1000;

function addWorksSheet(wb: ExcelJS.Workbook, sources: FundingSourceInfo[], works: WorkRow[]): void {
  const amountCols: SheetColumn<WorkRow>[] = STAGES.flatMap((stage) => [
    ...sources.map((s) => ({
      header: WRK.amount(stage, s),
      width: 14,
      value: (w: WorkRow) => millions(w.amounts[stage][s.code]),
    })),
    { header: WRK.stageTotal(stage), width: 14, value: () => null },
  ]);
  const columns: SheetColumn<WorkRow>[] = [
    { header: WRK.id, width: 10, value: (w) => w.id },
    { header: WRK.district, width: 22, value: (w) => w.districtName },
    { header: WRK.commune, width: 18, value: (w) => w.communeName },
    { header: WRK.name, width: 44, value: (w) => w.name },
    {
      header: WRK.criterion,
      width: 26,
      value: (w) => (w.criterionNo === null ? '' : `${w.criterionNo} - ${w.criterionName}`),
    },
    { header: WRK.startYear, width: 10, value: (w) => w.startYear },
    { header: WRK.endYear, width: 10, value: (w) => w.endYear },
    { header: WRK.status, width: 16, value: (w) => WORK_STATUS_LABEL[w.status] },
    { header: WRK.committed, width: 14, value: (w) => millions(w.committedValue) },
    ...amountCols,
    { header: WRK.notes, width: 30, value: (w) => w.notes },
  ];
  const ws = addSheet(wb, SHEET_WORKS, columns, works);
  const first = 10;
  ws.eachRow((row, r) => {
    if (r === 1) return;
    STAGES.forEach((_, si) => {
      const from = first + si * (sources.length + 1);
      const to = from + sources.length - 1;
      const values = sources
        .map((_s, i) => row.getCell(from + i).value)
        .filter((v): v is number => typeof v === 'number');
      // A stage without figures stays empty (exceljs would also drop a cached result of 0).
      if (values.length)
        row.getCell(to + 1).value = {
          formula: `SUM(${colLetter(from)}${r}:${colLetter(to)}${r})`,
          result: sumMillions(values),
        };
    });
  });
  formatAmountCells(ws, first - 1, first + amountCols.length - 1);
}

/** Amount cells show as many decimals as they have; the column format covers whole triệu. */
function formatAmountCells(ws: ExcelJS.Worksheet, fromCol: number, toCol: number): void {
  for (let c = fromCol; c <= toCol; c++) ws.getColumn(c).numFmt = '#,##0';
  ws.eachRow((row, r) => {
    if (r === 1) return;
    for (let c = fromCol; c <= toCol; c++) {
      const cell = row.getCell(c);
      const v =
        typeof cell.value === 'number'
          ? cell.value
          : cell.value && typeof cell.value === 'object' && 'result' in cell.value
            ? cell.value.result
            : null;
      if (typeof v === 'number') cell.numFmt = amountNumFmt(Math.round(v * 1000));
    }
  });
}
