import type { GridApi } from 'ag-grid-community';
import { formatShortDate } from '../../shared/format/date';
import { formatNumber } from '../../shared/format/number';
import { openPrint } from './print-store';

export interface GridSnapshot {
  columns: { title: string; numeric: boolean }[];
  rows: string[][];
  /** "Tên xã (tăng dần)", '' when the grid keeps its own order. */
  sort: string;
  /** The grid's own column filters, in words. */
  columnFilters: string;
}

const cellText = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 1) : String(v);

/** The displayed columns and rows of a grid, after its filter and sort, as text (with its formatters). */
export function snapshotGrid(api: GridApi): GridSnapshot {
  // Columns with a heading and a value; a rendered cell (badge, stars) prints its formatted value.
  const cols = api.getAllDisplayedColumns().filter((c) => {
    const d = c.getColDef();
    return d.headerName !== '' && (!d.cellRenderer || d.field !== undefined || d.valueGetter !== undefined);
  });
  const columns = cols.map((c) => ({
    title: api.getDisplayNameForColumn(c, 'header'),
    numeric: c.getColDef().type === 'numericColumn' || /num/.test(String(c.getColDef().cellClass ?? '')),
  }));
  const rows: string[][] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.group) return;
    rows.push(cols.map((c) => cellText(api.getCellValue({ rowNode: node, colKey: c, useFormatter: true }))));
  });
  const sort = api
    .getColumnState()
    .filter((s) => s.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((s) => {
      const col = api.getColumn(s.colId);
      return `${col ? api.getDisplayNameForColumn(col, 'header') : s.colId} (${s.sort === 'asc' ? 'tăng dần' : 'giảm dần'})`;
    })
    .join(', ');
  const columnFilters = Object.keys(api.getFilterModel() ?? {})
    .map((id) => {
      const col = api.getColumn(id);
      return col ? `lọc cột «${api.getDisplayNameForColumn(col, 'header')}»` : '';
    })
    .filter(Boolean)
    .join(', ');
  return { columns, rows, sort, columnFilters };
}

/** A grid view on paper: title, date, the filter and sort in force, then the table (header repeated per page). */
export function GridPrintView({
  title,
  filter,
  snap,
  today = new Date(),
}: {
  title: string;
  filter: string;
  snap: GridSnapshot;
  today?: Date;
}) {
  const filters = [filter, snap.columnFilters].filter(Boolean).join('; ');
  return (
    <div className="print-grid">
      <h1 className="print-title">{title}</h1>
      <p className="print-meta">
        Ngày in: {formatShortDate(today.toISOString().slice(0, 10))} · Lọc: {filters || 'không lọc (tất cả)'} · Sắp xếp:{' '}
        {snap.sort || 'theo thứ tự mặc định'} · {formatNumber(snap.rows.length)} dòng
      </p>
      <table className="print-table">
        <thead>
          <tr>
            {snap.columns.map((c, i) => (
              <th key={i}>{c.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {snap.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j} className={snap.columns[j]?.numeric ? 'num' : undefined}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** «In» for a grid: opens the print view of what the grid shows now. `filter` describes the page's own filters. */
export function PrintGridButton({
  api,
  title,
  filter = '',
}: {
  api: () => GridApi | null | undefined;
  title: string;
  filter?: string;
}) {
  return (
    <button
      className="secondary"
      onClick={() => {
        const a = api();
        if (a)
          openPrint({
            title,
            kind: 'grid',
            content: <GridPrintView title={title} filter={filter} snap={snapshotGrid(a)} />,
          });
      }}
    >
      In…
    </button>
  );
}
