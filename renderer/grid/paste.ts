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
