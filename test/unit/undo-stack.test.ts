import { describe, it, expect } from 'vitest';
import * as stack from '../../renderer/lib/undo-stack';

type Key = string;
const change = (key: Key, before: boolean | null, after: boolean | null) => ({ key, before, after });

describe('undo stack', () => {
  it('undoes and redoes batches in order, and a new edit clears redo', () => {
    let s: stack.UndoState<Key, boolean | null> = stack.emptyUndo();
    expect(stack.undoPlan(s)).toBeNull();
    s = stack.recordBatch(s, [change('a', true, false)]);
    s = stack.recordBatch(s, [change('b', null, true), change('c', false, true)]);
    expect(stack.undoPlan(s)).toEqual([change('b', true, null), change('c', true, false)]);
    s = stack.undoDone(s);
    expect(stack.undoPlan(s)).toEqual([change('a', false, true)]);
    expect(stack.redoPlan(s)).toEqual([change('b', null, true), change('c', false, true)]);
    s = stack.undoDone(s);
    expect(stack.undoPlan(s)).toBeNull();
    expect(stack.redoPlan(s)).toEqual([change('a', true, false)]);
    s = stack.redoDone(s);
    expect(stack.undoPlan(s)).toEqual([change('a', false, true)]);
    s = stack.recordBatch(s, [change('d', false, true)]);
    expect(stack.redoPlan(s)).toBeNull();
  });

  it('ignores batches that change nothing and keeps a bounded history', () => {
    let s: stack.UndoState<Key, boolean | null> = stack.emptyUndo();
    s = stack.recordBatch(s, [change('a', true, true)]);
    expect(s.done).toHaveLength(0);
    for (let i = 0; i < 250; i++) s = stack.recordBatch(s, [change(`k${i}`, false, true)]);
    expect(s.done).toHaveLength(200);
    expect(s.done[0]![0]!.key).toBe('k50');
    // Undo without a state change leaves the stack as it was (a failed save).
    expect(stack.undoDone(stack.emptyUndo())).toEqual(stack.emptyUndo());
    expect(stack.redoDone(stack.emptyUndo())).toEqual(stack.emptyUndo());
  });
});
