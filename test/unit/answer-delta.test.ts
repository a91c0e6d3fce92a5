import { describe, it, expect } from 'vitest';
import { applyDelta, diffAnswer } from '../../shared/api/answer-delta';
import { rng } from '../helpers/rng';

type R = ReturnType<typeof rng>;

/** A random JSON leaf (sometimes undefined in objects: JSON drops such keys). */
function leaf(r: R): unknown {
  return r.pick([
    () => r.int(5),
    () => r.int(3) - 1.5,
    () => ['a', 'b', 'Xã Phú Hữu', ''][r.int(4)],
    () => true,
    () => false,
    () => null,
  ])();
}

function value(r: R, depth: number): unknown {
  const k = depth <= 0 ? 0 : r.int(6);
  if (k <= 2) return leaf(r);
  if (k === 3) return Array.from({ length: r.int(4) }, () => value(r, depth - 1));
  if (k === 4) return rows(r, depth - 1, 1 + r.int(8));
  const o: Record<string, unknown> = {};
  for (const key of ['a', 'b', 'c', 'id2', '__proto__'].slice(0, 1 + r.int(5)))
    if (r.int(4)) setOwn(o, key, value(r, depth - 1));
  return o;
}

const setOwn = (o: Record<string, unknown>, k: string, v: unknown) =>
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });

/** An id-keyed row list (ids numbers or strings). */
function rows(r: R, depth: number, n: number): unknown[] {
  const stringIds = r.int(2) === 0;
  const ids = [...new Set(Array.from({ length: n }, () => r.int(40)))];
  return ids.map((id) => ({
    id: stringIds ? `u${id}` : id,
    name: leaf(r),
    notes: leaf(r),
    extra: value(r, depth - 1),
  }));
}

/** A changed copy of v: some leaves changed, keys added/removed, rows inserted, removed, reordered, changed. */
function mutate(r: R, v: unknown, depth: number): unknown {
  if (r.int(8) === 0) return value(r, depth);
  if (Array.isArray(v)) {
    let out = v.map((x) => (r.int(4) === 0 ? mutate(r, x, depth - 1) : x));
    const idRows = out.length > 0 && out.every((x) => x && typeof x === 'object' && 'id' in (x as object));
    if (r.int(3) === 0 && out.length) out.splice(r.int(out.length), 1 + r.int(2));
    if (r.int(3) === 0 && idRows) {
      const used = new Set(out.map((x) => (x as { id: unknown }).id));
      const sample = out[0] as { id: unknown } | undefined;
      const id = typeof sample?.id === 'string' ? `n${r.int(1000)}` : 1000 + r.int(1000);
      if (!used.has(id)) out.splice(r.int(out.length + 1), 0, { id, name: leaf(r), notes: leaf(r) });
    }
    if (r.int(4) === 0 && out.length > 1) {
      const i = r.int(out.length);
      const j = r.int(out.length);
      [out[i], out[j]] = [out[j], out[i]];
    }
    if (r.int(10) === 0) out = [...out].reverse();
    return out;
  }
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (r.int(6) === 0) continue;
      if (k === 'id') setOwn(o, k, x);
      else setOwn(o, k, r.int(3) === 0 ? mutate(r, x, depth - 1) : x);
    }
    if (r.int(4) === 0) setOwn(o, ['z', 'b', '__proto__'][r.int(3)]!, value(r, depth - 1));
    return o;
  }
  return r.int(2) ? leaf(r) : v;
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null)) as unknown;

describe('answer deltas (diffAnswer / applyDelta)', () => {
  it('apply(prev, diff(prev, next)) equals next as JSON, for 600 random pairs, through a JSON wire', () => {
    const r = rng(20261202);
    let deltas = 0;
    let keptRows = 0;
    for (let i = 0; i < 600; i++) {
      const prev = r.int(3) ? { rows: rows(r, 2, 1 + r.int(12)), meta: value(r, 3) } : value(r, 4);
      const next = mutate(r, json(prev), 4);
      const delta = diffAnswer(prev, next);
      if (!delta) continue;
      deltas++;
      // What the page holds and what it receives went through JSON (the bridge).
      const held = json(prev);
      const out = applyDelta(held, json(delta) as typeof delta);
      expect(JSON.stringify(sorted(out)), `pair ${i}`).toBe(JSON.stringify(sorted(json(next))));
      // Every row of the id-keyed list that did not change is the very object held before.
      const [h, n, o] = [held, json(next), out].map((x) => (x as { rows?: unknown } | null)?.rows);
      if (idRows(h) && idRows(n) && Array.isArray(o)) {
        const byId = new Map(h.map((x) => [x.id, x]));
        n.forEach((row, j) => {
          const old = byId.get(row.id);
          if (old && JSON.stringify(old) === JSON.stringify(row)) {
            expect(o[j]).toBe(old);
            keptRows++;
          }
        });
      }
    }
    expect(keptRows).toBeGreaterThan(1000);
    expect(deltas).toBeGreaterThan(300);
  });

  it('keeps the objects of unchanged rows, sends only the changed row, and says nothing changed as {}', () => {
    const r = rng(7);
    const prev = { date: '2022-12-31', units: rows(r, 2, 30), counts: { xa: 30 } };
    const next = json(prev) as typeof prev;
    (next.units[7] as { notes: unknown }).notes = 'ghi chú mới';
    const delta = diffAnswer(prev, next)!;
    expect(delta).toEqual({ k: { units: { a: { c: [[7, { k: { notes: { v: 'ghi chú mới' } } }]] } } } });
    const out = applyDelta(prev, delta);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.counts).toBe(prev.counts);
    out.units.forEach((u, i) => (i === 7 ? expect(u).not.toBe(prev.units[i]) : expect(u).toBe(prev.units[i])));
    // Same answer again: nothing to apply, the very same object back.
    const same = diffAnswer(prev, json(prev))!;
    expect(same).toEqual({ k: {} });
    expect(applyDelta(prev, same)).toBe(prev);
  });

  it('inserts, removes and reorders id rows with runs of old positions, keeping every kept row', () => {
    const prev = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, name: `Xã ${i + 1}` }));
    const next = json(prev) as typeof prev;
    next.splice(500, 1);
    next.splice(10, 0, { id: 5000, name: 'Xã mới' });
    next.push(...next.splice(100, 50));
    const delta = diffAnswer(prev, next)!;
    expect(JSON.stringify(delta).length).toBeLessThan(200);
    const out = applyDelta(prev, delta);
    expect(out).toEqual(next);
    const kept = new Set(prev);
    expect(out.filter((u) => kept.has(u))).toHaveLength(999);
    // Even the order turned round costs less than the rows.
    const reversed = [...next].reverse();
    const back = diffAnswer(prev, reversed)!;
    expect(JSON.stringify(back).length).toBeLessThan(JSON.stringify(reversed).length / 2);
    expect(applyDelta(prev, back)).toEqual(reversed);
  });

  it('treats JSON exactly: undefined keys are missing, null is a value, other arrays go whole', () => {
    expect(diffAnswer({ a: 1, b: undefined }, { a: 1 })).toEqual({ k: {} });
    expect(diffAnswer({ a: 1 }, { a: 1, b: undefined })).toEqual({ k: {} });
    expect(diffAnswer({ a: null }, { a: undefined })).toEqual({ k: {}, x: ['a'] });
    expect(diffAnswer({ a: undefined }, { a: null })).toEqual({ k: { a: { v: null } } });
    expect(diffAnswer({ l: [1, 2] }, { l: [1, 2, 3] })).toEqual({ k: { l: { v: [1, 2, 3] } } });
    // Rows without unique ids: the whole array.
    expect(diffAnswer({ l: [{ id: 1 }, { id: 1 }] }, { l: [{ id: 1 }] })).toEqual({ k: { l: { v: [{ id: 1 }] } } });
    // Nothing in common at the top: no delta, the whole answer crosses.
    expect(diffAnswer(1, 2)).toBeNull();
    expect(diffAnswer({ a: 1 }, [1])).toBeNull();
    // A Date is never looked into (it would look like an empty object).
    expect(diffAnswer({ d: new Date(0) }, { d: new Date(1) })).toEqual({ k: { d: { v: new Date(1) } } });
  });

  it('a "__proto__" key is data, never the prototype', () => {
    const prev = JSON.parse('{"m":{"__proto__":{"x":1}}}') as Record<string, unknown>;
    const next = JSON.parse('{"m":{"__proto__":{"x":2},"y":3}}') as Record<string, unknown>;
    const out = applyDelta(prev, json(diffAnswer(prev, next)) as never) as { m: object };
    expect(Object.getPrototypeOf(out.m)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe(JSON.stringify(next));
  });

  it('refuses a delta that does not fit what is held', () => {
    expect(() => applyDelta([1, 2], { a: { c: [[5, { v: 1 }]] } })).toThrow();
    expect(() => applyDelta({}, { a: {} })).toThrow();
    expect(() => applyDelta([{ id: 1 }], { a: { o: [-1, 2], n: [{ id: 2 }] } })).toThrow();
  });
});

function idRows(v: unknown): v is { id: unknown }[] {
  if (!Array.isArray(v) || !v.length) return false;
  const ids = v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? (x as { id?: unknown }).id : undefined));
  return ids.every((id) => typeof id === 'number' || typeof id === 'string') && new Set(ids).size === ids.length;
}

/** Keys sorted (a key added by a delta comes last, in a fresh answer where the service puts it). */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) setOwn(o, k, sorted((v as Record<string, unknown>)[k]));
    return o;
  }
  return v;
}
