import { useCallback, useEffect, useRef, useState } from 'react';
import { usePageShownRef } from './page-shown';
import {
  emptyUndo,
  recordBatch,
  redoDone,
  redoPlan,
  undoDone,
  undoPlan,
  type CellChange,
  type UndoState,
} from '../lib/undo-stack';

/**
 * Undo/redo for a grid whose edits are saved through the service: an undo is itself a saved,
 * audited change. `apply` saves the changes (after ← before already swapped by the stack) and
 * throws to refuse; the stack moves only once the save succeeded. The history resets with `resetKey`.
 */
export function useUndoRedo<K, V>(apply: (changes: CellChange<K, V>[]) => Promise<void>, resetKey: unknown) {
  const [state, setState] = useState<UndoState<K, V>>(emptyUndo());
  const ref = useRef(state);
  const busy = useRef(false);
  const set = (s: UndoState<K, V>) => {
    ref.current = s;
    setState(s);
  };
  useEffect(() => set(emptyUndo()), [resetKey]);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  const record = useCallback((batch: CellChange<K, V>[]) => set(recordBatch(ref.current, batch)), []);
  const run = useCallback(async (which: 'undo' | 'redo') => {
    if (busy.current) return;
    const plan = which === 'undo' ? undoPlan(ref.current) : redoPlan(ref.current);
    if (!plan) return;
    busy.current = true;
    try {
      await applyRef.current(plan);
      set(which === 'undo' ? undoDone(ref.current) : redoDone(ref.current));
    } finally {
      busy.current = false;
    }
  }, []);
  const undo = useCallback(() => run('undo'), [run]);
  const redo = useCallback(() => run('redo'), [run]);

  // Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) outside text boxes: inside one the browser's own undo edits the text.
  // Only while the section is shown: a kept, hidden section does not answer keys.
  const shown = usePageShownRef();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!shown.current || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo().catch(() => {});
      } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
        e.preventDefault();
        void redo().catch(() => {});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, shown]);

  return { record, undo, redo, canUndo: state.done.length > 0, canRedo: state.undone.length > 0 };
}
