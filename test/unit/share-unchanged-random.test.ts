import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../renderer/lib/share-unchanged';

/** A deterministic pseudo-random source (tests must not flake). */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const answer = () => ({
  year: 2022,
  asOf: '2022-12-31',
  sources: [
    { code: 'NSTW', name: 'Ngân sách trung ương' },
    { code: 'NSDP', name: 'Ngân sách địa phương' },
  ],
  rows: Array.from({ length: 50 }, (_, i) => ({
    id: i + 1,
    name: `Công trình ${i + 1}`,
    committedValue: i % 3 ? null : 1000 * i,
    amounts: { need: { NSTW: i * 10 }, allocated: {}, disbursed: { NSDP: i } },
  })),
  total: 50,
});

describe('shareUnchanged (structural sharing of an answer read again)', () => {
  it('returns the previous answer itself when nothing differs', () => {
    const prev = answer();
    expect(shareUnchanged(prev, answer())).toBe(prev);
    expect(shareUnchanged(null, prev)).toBe(prev);
  });

  it('equals the new answer and keeps the identity of every unchanged part, after random edits', () => {
    const random = rng(7);
    for (let round = 0; round < 200; round++) {
      const prev = answer();
      const next = answer();
      const changed = new Set<number>();
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const i = Math.floor(random() * next.rows.length);
        const row = next.rows[i]!;
        const what = Math.floor(random() * 4);
        if (what === 0) row.name += ' (sửa)';
        else if (what === 1) row.committedValue = row.committedValue === null ? 0 : null;
        else if (what === 2) (row.amounts.allocated as Record<string, number>).NSTW = Math.floor(random() * 100);
        else row.amounts.need = {} as typeof row.amounts.need;
        changed.add(i);
      }
      if (random() < 0.2) next.rows.pop();
      const out = shareUnchanged(prev, next);
      expect(out).toEqual(next);
      expect(out).not.toBe(prev);
      expect(out.sources).toBe(prev.sources);
      out.rows.forEach((r, i) => {
        if (changed.has(i)) expect(r).not.toBe(prev.rows[i]);
        else expect(r).toBe(prev.rows[i]);
        expect(r.amounts.disbursed).toBe(prev.rows[i]!.amounts.disbursed);
      });
    }
  });

  it('tells a measured zero from a missing figure and a removed key from an undefined one', () => {
    expect(shareUnchanged({ a: null }, { a: 0 })).toEqual({ a: 0 });
    expect(shareUnchanged({ a: 0 }, { a: null })).toEqual({ a: null });
    const prev = { a: 1, b: 2 };
    const next = { a: 1 };
    expect(shareUnchanged(prev, next)).toEqual(next);
    expect(shareUnchanged(prev, next)).not.toBe(prev);
    expect(shareUnchanged([1, 2, 3], [1, 2])).toEqual([1, 2]);
  });
});
