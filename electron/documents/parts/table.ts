/**
 * Data tables (appendix tables, result tables inside a report): fixed layout, explicit grid and
 * explicit dxa width on every cell, header rows repeated on each page, rows kept whole. Written
 * as XML text for speed (raw-tables.ts).
 */
import { Paragraph } from 'docx';
import type {
  CellAlign,
  TableCellValue,
  TableColumn,
  TableHeaderCell,
  TableModel,
  TableRowModel,
} from '../../../shared/models/documents';
import { formatNumber } from '../../../shared/format/number';
import { STYLE, type StyleId } from '../styles';
import { cleanLines } from './text';
import { xmlText, type RawTables } from './raw-tables';

const MIN_COLUMN = 500;

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
  /** 'restart' opens a vertical merge, 'continue' is a cell it covers. */
  vMerge?: 'restart' | 'continue';
  /** Keeps the row on the page of the next one (short tables are not split across pages). */
  keepNext?: boolean;
}

function cellXml(spec: CellSpec): string {
  const lines = spec.lines.length ? spec.lines : [''];
  const tcPr =
    `<w:tcPr><w:tcW w:type="dxa" w:w="${spec.width}"/>` +
    (spec.colSpan > 1 ? `<w:gridSpan w:val="${spec.colSpan}"/>` : '') +
    (spec.vMerge ? `<w:vMerge w:val="${spec.vMerge}"/>` : '') +
    '<w:vAlign w:val="center"/></w:tcPr>';
  const pPr = `<w:pPr><w:pStyle w:val="${spec.style}"/>${spec.keepNext ? '<w:keepNext/>' : ''}<w:jc w:val="${spec.align}"/></w:pPr>`;
  const rPr = spec.charStyle ? `<w:rPr><w:rStyle w:val="${spec.charStyle}"/></w:rPr>` : '';
  const paras = (spec.vMerge === 'continue' ? [''] : lines)
    .map((l) => `<w:p>${pPr}${l ? `<w:r>${rPr}<w:t xml:space="preserve">${xmlText(l)}</w:t></w:r>` : ''}</w:p>`)
    .join('');
  return `<w:tc>${tcPr}${paras}</w:tc>`;
}

const rowXml = (cells: string[], header: boolean): string =>
  `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.join('')}</w:tr>`;

/** Group rows (HTML-like spans) then the column titles; a rowSpan leaves merged cells below it. */
function headerRows(model: TableModel, widths: number[]): string[] {
  const groups: TableHeaderCell[][] = model.groupRows ?? [];
  const height = groups.length + 1;
  const n = widths.length;
  // For each header row and column: the span that starts or continues there.
  const grid = Array.from({ length: height }, () =>
    new Array<{ colSpan: number; start: boolean; title: string; merged: boolean } | null>(n).fill(null),
  );
  groups.forEach((group, r) => {
    let c = 0;
    for (const g of group) {
      while (c < n && grid[r]![c]) c++;
      if (c >= n) break;
      const colSpan = Math.max(1, Math.min(g.colSpan ?? 1, n - c));
      const rowSpan = Math.max(1, Math.min(g.rowSpan ?? 1, height - r));
      for (let rr = r; rr < r + rowSpan; rr++) {
        grid[rr]![c] = { colSpan, start: rr === r, title: g.title, merged: rowSpan > 1 };
        for (let cc = c + 1; cc < c + colSpan; cc++)
          grid[rr]![cc] = { colSpan: 0, start: false, title: '', merged: false };
      }
      c += colSpan;
    }
  });
  model.columns.forEach((col, c) => {
    if (!grid[height - 1]![c]) grid[height - 1]![c] = { colSpan: 1, start: true, title: col.title, merged: false };
  });
  const rows = grid.map((row) =>
    row.flatMap((g, c) => {
      if (!g || g.colSpan === 0) return [];
      return [
        cellXml({
          lines: g.start ? cleanLines(g.title) : [],
          width: spanWidth(widths, c, g.colSpan),
          style: STYLE.tableHeader,
          align: 'center',
          colSpan: g.colSpan,
          keepNext: true,
          ...(g.merged ? { vMerge: g.start ? ('restart' as const) : ('continue' as const) } : {}),
        }),
      ];
    }),
  );
  if (model.numberRow) {
    rows.push(
      widths.map((w, c) =>
        cellXml({
          lines: [`(${c + 1})`],
          width: w,
          style: STYLE.table,
          align: 'center',
          charStyle: STYLE.emphasis,
          colSpan: 1,
          keepNext: true,
        }),
      ),
    );
  }
  return rows.filter((cells) => cells.length > 0).map((cells) => rowXml(cells, true));
}

function cellText(v: TableCellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, 2);
  if (typeof v === 'string') return v;
  return v.text;
}

function bodyRow(row: TableRowModel, columns: TableColumn[], widths: number[], keepNext: boolean): string {
  const cells: string[] = [];
  let c = 0;
  for (const v of row.cells) {
    if (c >= widths.length) break;
    const obj = v !== null && typeof v === 'object' ? v : undefined;
    const colSpan = Math.max(1, Math.min(obj?.colSpan ?? 1, widths.length - c));
    const bold = obj?.bold ?? row.emphasis === 'bold';
    const italic = obj?.italic ?? row.emphasis === 'italic';
    const align = obj?.align ?? columns[c]?.align ?? (typeof v === 'number' ? 'right' : 'left');
    const charStyle = bold ? STYLE.strong : italic ? STYLE.emphasis : undefined;
    cells.push(
      cellXml({
        lines: cleanLines(cellText(v)),
        width: spanWidth(widths, c, colSpan),
        style: STYLE.table,
        align,
        colSpan,
        keepNext,
        ...(charStyle ? { charStyle } : {}),
      }),
    );
    c += colSpan;
  }
  // Short rows are padded so every row covers the whole grid.
  for (; c < widths.length; c++)
    cells.push(
      cellXml({ lines: [], width: widths[c] ?? MIN_COLUMN, style: STYLE.table, align: 'left', colSpan: 1, keepNext }),
    );
  return rowXml(cells, false);
}

const asRow = (r: TableRowModel | TableCellValue[]): TableRowModel => (Array.isArray(r) ? { cells: r } : r);

const BORDER = '<w:{side} w:val="single" w:color="000000" w:sz="4"/>';
const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => BORDER.replace('{side}', s)).join('')}</w:tblBorders>`;
const CELL_MARGINS =
  '<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="80"/></w:tblCellMar>';
const SHORT_TABLE_ROWS = 15;

/** The table's WordprocessingML: fixed layout, explicit grid, a dxa width on every cell. */
export function dataTableXml(model: TableModel, available: number): string {
  const widths = resolveColumnWidths(model.columns, available);
  const total = widths.reduce((a, b) => a + b, 0);
  const rows = model.rows.map(asRow);
  // A short table stays on one page; a long one breaks between rows under a repeated header.
  const together = rows.length <= SHORT_TABLE_ROWS;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:jc w:val="center"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    headerRows(model, widths).join('') +
    rows
      .map((r, i) => bodyRow(r, model.columns, widths, (together || !!r.keepWithNext) && i < rows.length - 1))
      .join('') +
    '</w:tbl>'
  );
}

/** A placeholder paragraph that packing replaces with the table (see raw-tables.ts). */
export function buildDataTable(model: TableModel, available: number, tables: RawTables): Paragraph {
  return tables.slot(dataTableXml(model, available));
}
