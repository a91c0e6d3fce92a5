import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../renderer/lib/share-unchanged';

describe('shareUnchanged: a re-read keeps the objects of what did not change', () => {
  const rows = () => [
    { id: 1, name: 'Tân Long', met: 19, notes: null },
    { id: 2, name: 'Phú Hữu', met: 18, notes: 'x' },
  ];

  it('returns the previous answer itself when nothing changed', () => {
    const prev = { date: '2022-12-31', units: rows(), total: 2 };
    const next = JSON.parse(JSON.stringify(prev)) as typeof prev;
    expect(shareUnchanged(prev, next)).toBe(prev);
  });

  it('keeps unchanged rows and takes the changed one, with the new values', () => {
    const prev = { units: rows(), total: 2 };
    const next = { units: rows(), total: 2 };
    next.units[1]!.met = 19;
    const out = shareUnchanged(prev, next);
    expect(out).not.toBe(prev);
    expect(out.units[0]).toBe(prev.units[0]);
    expect(out.units[1]).not.toBe(prev.units[1]);
    expect(out).toEqual(next);
  });

  it('sees rows added, removed or reordered, keys added or removed, null against a value', () => {
    const prev = { units: rows() };
    expect(shareUnchanged(prev, { units: rows().slice(0, 1) })).toEqual({ units: rows().slice(0, 1) });
    expect(shareUnchanged(prev, { units: [...rows()].reverse() })).toEqual({ units: [...rows()].reverse() });
    const added = { units: rows(), extra: 1 };
    expect(shareUnchanged(prev as typeof added, added)).toEqual(added);
    const fewer = { units: [{ id: 1, name: 'Tân Long', met: 19 }, rows()[1]!] };
    expect(shareUnchanged(prev as unknown as typeof fewer, fewer)).toEqual(fewer);
    const nulled = { units: [{ ...rows()[0]!, met: null }, rows()[1]!] };
    expect(shareUnchanged(prev as unknown as typeof nulled, nulled)).toEqual(nulled);
    expect(shareUnchanged<unknown>([1, 2], { 0: 1, 1: 2 })).toEqual({ 0: 1, 1: 2 });
    expect(shareUnchanged<unknown>(null, { a: 1 })).toEqual({ a: 1 });
  });
});
