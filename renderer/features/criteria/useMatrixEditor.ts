import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import {
  emptyUndo,
  recordBatch,
  redoDone,
  redoPlan,
  undoDone,
  undoPlan,
  type CellChange,
  type UndoState,
} from '../../lib/undo-stack';
import { resultAt } from '../../../shared/domain/criteria-values';
import type { CriteriaMatrix, MatrixRow } from '../../../shared/models/criteria';
import { districtIndex, toGridRow, type GridRow } from './grid-rows';
import { errorNotice } from '../../api/errors';

export interface CellEdit {
  communeId: number;
  criterionId: number;
  after: boolean | null;
}

type Key = `${number}:${number}`;

/** Shallow equality of two grid rows (every field is a plain value). */
function sameRow(a: GridRow, b: GridRow): boolean {
  const keys = Object.keys(b) as (keyof GridRow)[];
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}
type Undo = UndoState<Key, boolean | null>;
const keyOf = (communeId: number, criterionId: number): Key => `${communeId}:${criterionId}`;
const parseKey = (k: Key) => k.split(':').map(Number) as [number, number];

/**
 * The matrix rows of a year and every way they change: edits, pastes, undo and redo. Held by the
 * page, so the undo history and fresh rows survive switching tabs. Saves run one after
 * another (a queue), so a quick second key press sees the first one's result; each save is one
 * service call (one transaction, audited), and an undo is saved the same way.
 */
export function useMatrixEditor(matrix: CriteriaMatrix | null) {
  const api = useApi();
  const notify = useNotice();
  const [rows, setRows] = useState<GridRow[]>([]);
  const rowsRef = useRef(new Map<number, GridRow>());
  const [undo, setUndo] = useState<Undo>(emptyUndo());
  const undoRef = useRef(undo);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [saving, setSaving] = useState(false);
  /** Counts saves, so views showing saved data (the history) know when to reload. */
  const [version, setVersion] = useState(0);

  /** The grid row made from each answer row (an answer read again keeps its unchanged rows' objects). */
  const madeFrom = useRef({
    districts: null as CriteriaMatrix['districts'] | null,
    rows: new WeakMap<object, GridRow>(),
  });

  useEffect(() => {
    if (!matrix) return;
    const districts = districtIndex(matrix);
    // A row equal to the one shown stays the same object: after a re-read the grid redraws only what changed.
    const shown = rowsRef.current;
    const made =
      madeFrom.current.districts === matrix.districts ? madeFrom.current.rows : new WeakMap<object, GridRow>();
    const next = matrix.rows.map((r) => {
      // The same answer row as before, and its grid row still the one shown (no save since): nothing to compare.
      const before = made.get(r);
      if (before && shown.get(r.id) === before) return before;
      const row = toGridRow(r, districts);
      const old = shown.get(row.id);
      const kept = old && sameRow(old, row) ? old : row;
      made.set(r, kept);
      return kept;
    });
    madeFrom.current = { districts: matrix.districts, rows: made };
    rowsRef.current = new Map(next.map((r) => [r.id, r]));
    setRows(next);
    // Undo history belongs to one year's matrix.
    undoRef.current = emptyUndo();
    setUndo(undoRef.current);
  }, [matrix]);

  const columnIndex = useCallback(
    (criterionId: number) => matrix?.criteria.findIndex((c) => c.id === criterionId) ?? -1,
    [matrix],
  );

  const valueOf = useCallback(
    (communeId: number, criterionId: number): boolean | null => {
      const row = rowsRef.current.get(communeId);
      const i = columnIndex(criterionId);
      return row && i >= 0 ? resultAt(row.results, i) : null;
    },
    [columnIndex],
  );

  const setUndoState = (u: Undo) => {
    undoRef.current = u;
    setUndo(u);
  };

  /**
   * Saves changes; `plan` runs when the save's turn comes, against the rows as they are then.
   * Resolves to true once saved (false if nothing to save or the service refused).
   */
  const save = useCallback(
    (plan: () => { changes: CellChange<Key, boolean | null>[]; then: (u: Undo) => Undo } | null): Promise<boolean> => {
      if (!matrix) return Promise.resolve(false);
      const run = async (): Promise<boolean> => {
        const p = plan();
        if (!p || !p.changes.length) return false;
        setSaving(true);
        try {
          const out = await api.invoke('criteria.setResults', {
            year: matrix.year,
            changes: p.changes.map((c) => {
              const [communeId, criterionId] = parseKey(c.key);
              return { communeId, criterionId, met: c.after };
            }),
          });
          const districts = districtIndex(matrix);
          for (const r of out.rows) rowsRef.current.set(r.id, toGridRow(r, districts));
          setRows([...rowsRef.current.values()]);
          setUndoState(p.then(undoRef.current));
          setVersion((v) => v + 1);
          return true;
        } catch (e) {
          notify('error', ...errorNotice(e, 'Chưa lưu được: '));
          return false;
        } finally {
          setSaving(false);
        }
      };
      const next = queue.current.then(run);
      queue.current = next;
      return next;
    },
    [api, matrix, notify],
  );

  /** A person's own edit (typing, toggling, pasting): recorded for undo. */
  const edit = useCallback(
    (edits: CellEdit[] | (() => CellEdit[])) =>
      save(() => {
        const list = typeof edits === 'function' ? edits() : edits;
        const changes = list
          .map((e) => ({
            key: keyOf(e.communeId, e.criterionId),
            before: valueOf(e.communeId, e.criterionId),
            after: e.after,
          }))
          .filter((c) => c.before !== c.after);
        return { changes, then: (u) => recordBatch(u, changes) };
      }),
    [save, valueOf],
  );

  const undoLast = useCallback(
    () =>
      save(() => {
        const changes = undoPlan(undoRef.current);
        return changes && { changes, then: undoDone };
      }),
    [save],
  );
  const redoLast = useCallback(
    () =>
      save(() => {
        const changes = redoPlan(undoRef.current);
        return changes && { changes, then: redoDone };
      }),
    [save],
  );

  /** Fresh rows saved elsewhere (the indicator panel). */
  const applyRows = useCallback(
    (fresh: MatrixRow[]) => {
      if (!matrix) return;
      const districts = districtIndex(matrix);
      for (const r of fresh) rowsRef.current.set(r.id, toGridRow(r, districts));
      setRows([...rowsRef.current.values()]);
      setVersion((v) => v + 1);
    },
    [matrix],
  );

  return {
    rows,
    applyRows,
    valueOf,
    edit,
    undo: undoLast,
    redo: redoLast,
    canUndo: undo.done.length > 0,
    canRedo: undo.undone.length > 0,
    saving,
    version,
  };
}

export type MatrixEditor = ReturnType<typeof useMatrixEditor>;
