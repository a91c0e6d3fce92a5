/**
 * Undo/redo over batches of cell changes. Pure: the caller applies what undo()/redo() return
 * (through the service, so an undo is itself a saved, audited change) and only then confirms.
 */
export interface CellChange<K, V> {
  key: K;
  before: V;
  after: V;
}

export interface UndoState<K, V> {
  done: CellChange<K, V>[][];
  undone: CellChange<K, V>[][];
}

export const emptyUndo = <K, V>(): UndoState<K, V> => ({ done: [], undone: [] });

const LIMIT = 200;

/** Records a batch the person just made; a new change clears what could be redone. */
export function recordBatch<K, V>(state: UndoState<K, V>, batch: CellChange<K, V>[]): UndoState<K, V> {
  const real = batch.filter((c) => c.before !== c.after);
  if (!real.length) return state;
  return { done: [...state.done, real].slice(-LIMIT), undone: [] };
}

/** The changes that undo the last batch (after → before), or null if there is nothing to undo. */
export function undoPlan<K, V>(state: UndoState<K, V>): CellChange<K, V>[] | null {
  const last = state.done[state.done.length - 1];
  return last ? last.map((c) => ({ key: c.key, before: c.after, after: c.before })) : null;
}

/** The state once the undo was saved. */
export function undoDone<K, V>(state: UndoState<K, V>): UndoState<K, V> {
  const last = state.done[state.done.length - 1];
  if (!last) return state;
  return { done: state.done.slice(0, -1), undone: [...state.undone, last] };
}

export function redoPlan<K, V>(state: UndoState<K, V>): CellChange<K, V>[] | null {
  const last = state.undone[state.undone.length - 1];
  return last ? last.map((c) => ({ ...c })) : null;
}

export function redoDone<K, V>(state: UndoState<K, V>): UndoState<K, V> {
  const last = state.undone[state.undone.length - 1];
  if (!last) return state;
  return { done: [...state.done, last], undone: state.undone.slice(0, -1) };
}
