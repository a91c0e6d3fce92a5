import type { GridApi } from 'ag-grid-community';
import { parseTsv } from '../lib/tsv';

export interface PasteCell<Row> {
  row: Row;
  rowIndex: number;
  colId: string;
  text: string;
}

/**
 * Maps a block copied from Excel onto the grid from the focused cell rightwards and downwards
 * (AG Grid Community has no clipboard module). Only editable, visible columns take values; a block
 * running past the last row or column is reported, not silently cut.
 */
export function planPaste<Row>(api: GridApi<Row>, text: string): { cells: PasteCell<Row>[]; overflow: boolean } | null {
  const focused = api.getFocusedCell();
  if (!focused) return null;
  const block = parseTsv(text);
  const cols = api.getAllDisplayedColumns();
  const startCol = cols.findIndex((c) => c.getColId() === focused.column.getColId());
  const cells: PasteCell<Row>[] = [];
  let overflow = false;
  block.forEach((values, r) => {
    const rowIndex = focused.rowIndex + r;
    const node = api.getDisplayedRowAtIndex(rowIndex);
    if (!node?.data) {
      overflow = true;
      return;
    }
    values.forEach((value, c) => {
      const col = cols[startCol + c];
      if (!col) {
        overflow = true;
        return;
      }
      cells.push({ row: node.data as Row, rowIndex, colId: col.getColId(), text: value.trim() });
    });
  });
  return { cells, overflow };
}

/**
 * The start of a paste event on a grid: null (the event left to the browser) without a grid or
 * clipboard text; otherwise the browser's paste is stopped and the block planned. `noFocus` is called,
 * and null returned, when no cell is focused to paste from.
 */
export function startGridPaste<Row>(
  api: GridApi<Row> | undefined,
  e: { clipboardData: DataTransfer; preventDefault(): void },
  noFocus: () => void,
): { cells: PasteCell<Row>[]; overflow: boolean } | null {
  const text = e.clipboardData.getData('text/plain');
  if (!api || !text) return null;
  e.preventDefault();
  const planned = planPaste(api, text);
  if (!planned) noFocus();
  return planned;
}
