/** What the funding grids share: amount columns in triệu đồng, typed edits and pasted blocks. */
import type { ThousandVnd } from '../../../shared/models/units-of-measure';
import type { ClipboardEvent, RefObject } from 'react';
import type { AgGridReact } from 'ag-grid-react';
import type { CellClassParams, ColDef, ValueFormatterParams } from 'ag-grid-community';
import { formatAmount } from '../../../shared/domain/amount';
import { planAmountBatch, type AmountCellInput, type AmountChange, type AmountTarget } from '../../lib/amount-paste';
import { planPaste } from '../../grid/paste';
import { errorMessage } from '../../api/errors';
import { NO_DATA } from '../../../shared/format/text';

export const amountFormatter = (p: ValueFormatterParams) => formatAmount(p.value as ThousandVnd | null | undefined);

const missing = (v: unknown) => v === null || v === undefined;

type NoDataWhere<Row> = boolean | ((p: { data?: Row; node: { rowPinned?: string | null } | null }) => boolean);

/**
 * A right-aligned amount column. Edits arrive as text (the grid runs with readOnlyEdit) and are
 * parsed by the Vietnamese rules in the edit handler; the editor opens on the shown "6.259.605".
 */
export function amountColumn<Row>({
  cellClass,
  noData = false,
  ...def
}: Omit<ColDef<Row>, 'cellClass'> & {
  cellClass?: string | ((p: CellClassParams<Row>) => string);
  /**
   * Cells (computed ones: a sum, a total row) that say «chưa có số liệu» without a figure. Cells a
   * person types into stay blank instead: the editor opens on what the cell shows.
   */
  noData?: NoDataWhere<Row>;
}): ColDef<Row> {
  const says = (p: { value?: unknown; data?: Row; node: { rowPinned?: string | null } | null }) =>
    missing(p.value) && (typeof noData === 'function' ? noData(p) : noData);
  return {
    type: 'rightAligned',
    cellDataType: false,
    valueFormatter: (p) => (says(p) ? NO_DATA : amountFormatter(p)),
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    // A column's own cellClass replaces the right-aligned type's class: keep both.
    cellClass: (p) => [
      'ag-right-aligned-cell',
      (typeof cellClass === 'function' ? cellClass(p) : cellClass) ?? '',
      says(p) ? 'no-data' : '',
    ],
    ...def,
  };
}

/** A cell as the grids describe it; `stored` is the figure kept in the data when it differs from the one shown (a derived sum). */
export type DescribedCell = Omit<AmountCellInput, 'text'> & { stored?: ThousandVnd | null };
export type DescribeCell<Row> = (row: Row, colId: string) => DescribedCell;

/** A saved change with the figure it replaced: what undo puts back. */
export type AmountEdit = AmountChange & { before: ThousandVnd | null };
const sameTarget = (a: AmountTarget, b: AmountTarget) =>
  a.workId === b.workId && a.source === b.source && a.stage === b.stage;

export interface AmountEditing<Row> {
  describe: DescribeCell<Row>;
  /** Saves all changes in one service call; `edits` carry the figures they replace (for undo). */
  save: (changes: AmountChange[], edits?: AmountEdit[]) => Promise<void>;
  notify: (kind: 'error' | 'success' | 'info', text: string, details?: string[]) => void;
}

/** Applies typed or pasted texts: all valid → one save; otherwise nothing, with the cells named. */
export async function applyTexts<Row>(
  cells: (DescribedCell & { text: string })[],
  e: AmountEditing<Row>,
  overflow = false,
): Promise<boolean> {
  const plan = planAmountBatch(cells, overflow);
  if (!plan.ok) {
    e.notify('error', plan.message, plan.details.length > 1 ? plan.details : undefined);
    return false;
  }
  if (!plan.changes.length) return true;
  try {
    const edits = plan.changes.map((ch) => {
      const cell = cells.find((c) => c.target && sameTarget(c.target, ch));
      return { ...ch, before: cell?.stored !== undefined ? cell.stored : (cell?.current ?? null) };
    });
    await e.save(plan.changes, edits);
    e.notify('success', plan.changes.length === 1 ? 'Đã lưu.' : `Đã lưu ${plan.changes.length} ô.`);
    return true;
  } catch (err) {
    e.notify('error', `Không lưu ô nào: ${errorMessage(err)}`);
    return false;
  }
}

/** A paste handler for the grid's container: maps the block from the focused cell, all or nothing. */
export function pasteHandler<Row>(gridRef: RefObject<AgGridReact<Row> | null>, e: AmountEditing<Row>) {
  return (ev: ClipboardEvent<HTMLDivElement>) => {
    // Pasting inside an open cell editor is ordinary text input.
    if ((ev.target as HTMLElement).closest('input, textarea')) return;
    const api = gridRef.current?.api;
    if (!api) return;
    const focused = api.getFocusedCell();
    if (!focused) return;
    ev.preventDefault();
    if (focused.rowPinned) {
      e.notify('error', 'Không lưu ô nào: dòng tổng cộng được tính tự động, không dán vào được.');
      return;
    }
    const plan = planPaste(api, ev.clipboardData.getData('text/plain'));
    if (!plan) return;
    const cells = plan.cells.map((c) => ({ ...e.describe(c.row, c.colId), text: c.text }));
    void applyTexts(cells, e, plan.overflow);
  };
}
