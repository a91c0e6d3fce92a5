/**
 * Data tables (appendix tables, result tables inside a report): fixed layout, explicit grid and
 * explicit dxa width on every cell, header rows repeated on each page, rows kept whole.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { CellAlign, TableCellValue, TableColumn, TableHeaderCell, TableModel, TableRowModel } from '../../../shared/models/documents';
import { formatNumber } from '../../../shared/format/number';
import { STYLE, type StyleId } from '../styles';
import { run } from './primitives';
import { cleanLines } from './text';

const MIN_COLUMN = 500;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGINS = { top: 0, bottom: 0, left: 80, right: 80 };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * Column widths in twips: given widths are kept (as weights when they overflow), the others share
 * what is left; the result never exceeds `available` and sums exactly to the table width.
 */
export function resolveColumnWidths(columns: TableColumn[], available: number): number[] {
  if (columns.length === 0) return [];
  const given = columns.map((c) => (c.widthTwips && c.widthTwips > 0 ? c.widthTwips : 0));
  const sumGiven = given.reduce((a, b) => a + b, 0);
  const missing = given.filter((w) => w === 0).length;
  const share = missing ? Math.max((available - sumGiven) / missing, MIN_COLUMN) : 0;
  const raw = given.map((w) => (w === 0 ? share : w));
  const total = raw.reduce((a, b) => a + b, 0);
  const target = missing || total > available ? available : total;
  const scaled = raw.map((w) => Math.max(1, Math.floor((w * target) / total)));
  const last = scaled.length - 1;
  scaled[last] = (scaled[last] ?? 0) + target - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

const spanWidth = (widths: number[], from: number, span: number): number =>
  widths.slice(from, from + span).reduce((a, b) => a + b, 0);

interface CellSpec {
  lines: string[];
  width: number;
  style: StyleId;
  align: CellAlign;
  charStyle?: StyleId;
  colSpan: number;
  rowSpan?: number;
  /** Keeps the row on the page of the next one (short tables are not split across pages). */
  keepNext?: boolean;
}

function cell(spec: CellSpec): TableCell {
  const lines = spec.lines.length ? spec.lines : [''];
  return new TableCell({
    width: { size: spec.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(spec.colSpan > 1 ? { columnSpan: spec.colSpan } : {}),
    ...(spec.rowSpan && spec.rowSpan > 1 ? { rowSpan: spec.rowSpan } : {}),
    children: lines.map(
      (l) =>
        new Paragraph({
          style: spec.style,
          alignment: ALIGN[spec.align],
          ...(spec.keepNext ? { keepNext: true } : {}),
          children: l ? [run(l, spec.charStyle)] : [],
        }),
    ),
  });
}

/** Group rows (HTML-like spans) then the column titles, skipping columns a rowSpan already covers. */
function headerRows(model: TableModel, widths: number[]): TableRow[] {
  const groups: TableHeaderCell[][] = model.groupRows ?? [];
  const height = groups.length + 1;
  const n = widths.length;
  const covered = Array.from({ length: height }, () => new Array<boolean>(n).fill(false));
  const rows: TableCell[][] = [];
  groups.forEach((group, r) => {
    const cells: TableCell[] = [];
    let c = 0;
    for (const g of group) {
      while (c < n && covered[r]?.[c]) c++;
      if (c >= n) break;
      const colSpan = Math.max(1, Math.min(g.colSpan ?? 1, n - c));
      const rowSpan = Math.max(1, Math.min(g.rowSpan ?? 1, height - r));
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) covered[rr]![cc] = true;
      cells.push(cell({ lines: cleanLines(g.title), width: spanWidth(widths, c, colSpan), style: STYLE.tableHeader, align: 'center', colSpan, rowSpan, keepNext: true }));
      c += colSpan;
    }
    rows.push(cells);
  });
  const titles: TableCell[] = [];
  model.columns.forEach((col, c) => {
    if (covered[height - 1]?.[c]) return;
    titles.push(cell({ lines: cleanLines(col.title), width: widths[c] ?? MIN_COLUMN, style: STYLE.tableHeader, align: 'center', colSpan: 1, keepNext: true }));
  });
  rows.push(titles);
  if (model.numberRow) {
    rows.push(
      widths.map((w, c) =>
        cell({ lines: [`(${c + 1})`], width: w, style: STYLE.table, align: 'center', charStyle: STYLE.emphasis, colSpan: 1 }),
      ),
    );
  }
  return rows
    .filter((cells) => cells.length > 0)
    .map((cells) => new TableRow({ children: cells, tableHeader: true, cantSplit: true }));
}

function cellText(v: TableCellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, 2);
  if (typeof v === 'string') return v;
  return v.text;
}

function bodyRow(row: TableRowModel, columns: TableColumn[], widths: number[], keepNext = false): TableRow {
  const cells: TableCell[] = [];
  let c = 0;
  for (const v of row.cells) {
    if (c >= widths.length) break;
    const obj = v !== null && typeof v === 'object' ? v : undefined;
    const colSpan = Math.max(1, Math.min(obj?.colSpan ?? 1, widths.length - c));
    const bold = obj?.bold ?? row.emphasis === 'bold';
    const italic = obj?.italic ?? row.emphasis === 'italic';
    const align = obj?.align ?? columns[c]?.align ?? (typeof v === 'number' ? 'right' : 'left');
    const charStyle = bold ? STYLE.strong : italic ? STYLE.emphasis : undefined;
    cells.push(cell({ lines: cleanLines(cellText(v)), width: spanWidth(widths, c, colSpan), style: STYLE.table, align, colSpan, keepNext, ...(charStyle ? { charStyle } : {}) }));
    c += colSpan;
  }
  // Short rows are padded so every row covers the whole grid.
  for (; c < widths.length; c++) cells.push(cell({ lines: [], width: widths[c] ?? MIN_COLUMN, style: STYLE.table, align: 'left', colSpan: 1, keepNext }));
  return new TableRow({ children: cells, cantSplit: true });
}

const asRow = (r: TableRowModel | TableCellValue[]): TableRowModel => (Array.isArray(r) ? { cells: r } : r);

const SHORT_TABLE_ROWS = 15;

export function buildDataTable(model: TableModel, available: number): Table {
  const widths = resolveColumnWidths(model.columns, available);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: CELL_MARGINS,
    // A short table stays on one page; a long one breaks between rows under a repeated header.
    rows: [...headerRows(model, widths), ...model.rows.map((r, i) => bodyRow(asRow(r), model.columns, widths, model.rows.length <= SHORT_TABLE_ROWS && i < model.rows.length - 1))],
  });
}
