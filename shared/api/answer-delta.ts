/**
 * Answer deltas: after a data change a kept section reads its data again, and mostly one row of
 * thousands changed. Main remembers the answer it last sent and sends only the difference; the
 * renderer applies it to the answer it holds. Pure functions over JSON values (what crosses).
 *
 * A delta is one of
 * - `{ v: value }`: the new value whole;
 * - `{ k: { key: delta }, x?: [removed keys] }`: an object whose listed keys changed (others kept);
 * - `{ a: { c?: [[oldIndex, delta]], n?: [new rows], o?: [from, length, …] } }`: an array of objects
 *   that all carry a unique `id`, matched by id: `c` patches rows of the old array (by position
 *   there), `n` holds the rows that are new, `o` the new order as runs of old positions (`from`,
 *   `length`) or of new rows (`from` = -1); without `o` the order and length are unchanged.
 * JSON semantics: a key whose value is `undefined` is a missing key. Values that are not plain
 * (Date, Map, class instances) are never looked into: they are sent whole.
 * Whatever did not change keeps its object in the result (React and the grids see nothing new).
 */
export type Delta =
  | { v: unknown }
  | { k: Record<string, Delta>; x?: string[] }
  | { a: { c?: [number, Delta][]; n?: unknown[]; o?: number[] } };

type Obj = Record<string, unknown>;
type Id = number | string;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function isPlain(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Sets an own property even for "__proto__" (plain assignment would change the prototype). */
function setOwn(o: Obj, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

/** The keys that cross as JSON: own enumerable keys whose value is not undefined. */
const present = (o: Obj, k: string) => hasOwn(o, k) && o[k] !== undefined;

/**
 * The delta that turns `prev` into `next`, or null when it would not be smaller than `next` itself
 * (nothing in common at the top). Equal objects and arrays give a delta that changes nothing.
 */
export function diffAnswer(prev: unknown, next: unknown): Delta | null {
  const d = diff(prev, next);
  if (d === undefined) return isPlain(next) ? { k: {} } : Array.isArray(next) ? { a: {} } : null;
  return 'v' in d ? null : d;
}

/** undefined = equal (as JSON). */
function diff(prev: unknown, next: unknown): Delta | undefined {
  if (Object.is(prev, next)) return undefined;
  if (isPlain(prev) && isPlain(next)) return diffObject(prev, next);
  if (Array.isArray(prev) && Array.isArray(next)) return diffArray(prev, next);
  return { v: next };
}

function diffObject(prev: Obj, next: Obj): Delta | undefined {
  let k: Record<string, Delta> | undefined;
  let both = 0;
  // for…in over plain objects: their own keys (nothing enumerable is inherited from Object.prototype).
  for (const key in next) {
    const nv = next[key];
    if (nv === undefined) continue;
    let pv = prev[key];
    // Only inherited members of Object.prototype (functions, the __proto__ accessor) are not own here.
    if ((typeof pv === 'function' || key === '__proto__') && !hasOwn(prev, key)) pv = undefined;
    if (pv !== undefined) both++;
    if (pv === nv) continue;
    const d = pv === undefined ? { v: nv } : diff(pv, nv);
    if (d) setOwn((k ??= {}), key, d);
  }
  let inPrev = 0;
  for (const key in prev) if (prev[key] !== undefined) inPrev++;
  if (inPrev === both) return k && { k };
  const x = Object.keys(prev).filter((key) => prev[key] !== undefined && !present(next, key));
  return { k: k ?? {}, x };
}

/** The ids of an array whose items are all plain objects with a unique number or string `id`; else null. */
function idIndex(rows: unknown[]): Map<Id, number> | null {
  const index = new Map<Id, number>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!isPlain(r)) return null;
    const id = r.id;
    if ((typeof id !== 'number' && typeof id !== 'string') || index.has(id)) return null;
    index.set(id, i);
  }
  return index;
}

function diffArray(prev: unknown[], next: unknown[]): Delta | undefined {
  const before = prev.length > 0 && next.length > 0 ? idIndex(prev) : null;
  if (!before || !idIndex(next)) return arraysEqual(prev, next) ? undefined : { v: next };
  const c: [number, Delta][] = [];
  const n: unknown[] = [];
  const o: number[] = [];
  // Runs of the new order: [from, length] with from = -1 for new rows.
  const extend = (from: number) => {
    const last = o.length - 2;
    if (last >= 0 && (from === -1 ? o[last] === -1 : o[last] !== -1 && o[last]! + o[last + 1]! === from))
      o[last + 1]!++;
    else o.push(from, 1);
  };
  for (const row of next as Obj[]) {
    const at = before.get(row.id as Id);
    if (at === undefined) {
      n.push(row);
      extend(-1);
    } else {
      const old = prev[at] as Obj;
      const d = old === row ? undefined : diffObject(old, row);
      if (d) c.push([at, d]);
      extend(at);
    }
  }
  const sameOrder = o.length === 2 && o[0] === 0 && o[1] === prev.length;
  if (!c.length && !n.length && sameOrder) return undefined;
  const a: { c?: [number, Delta][]; n?: unknown[]; o?: number[] } = {};
  if (c.length) a.c = c;
  if (n.length) a.n = n;
  if (!sameOrder) a.o = o;
  return { a };
}

function arraysEqual(prev: unknown[], next: unknown[]): boolean {
  if (prev.length !== next.length) return false;
  for (let i = 0; i < prev.length; i++) if (diff(prev[i], next[i]) !== undefined) return false;
  return true;
}

/** `prev` with the delta applied: a new value sharing every unchanged part of `prev`. Throws on a delta that does not fit. */
export function applyDelta<T>(prev: T, delta: Delta): T {
  return apply(prev, delta) as T;
}

function apply(prev: unknown, delta: Delta): unknown {
  if (!isPlain(delta)) throw new Error('delta: not an object');
  if ('v' in delta) return delta.v;
  if ('k' in delta) {
    if (!isPlain(prev)) throw new Error('delta: object expected');
    const keys = Object.keys(delta.k);
    const removed = delta.x ?? [];
    if (!keys.length && !removed.length) return prev;
    const out: Obj = { ...prev };
    for (const key of keys) setOwn(out, key, apply(hasOwn(prev, key) ? prev[key] : undefined, delta.k[key]!));
    for (const key of removed) delete out[key];
    return out;
  }
  if ('a' in delta) {
    if (!Array.isArray(prev)) throw new Error('delta: array expected');
    const { c, n, o } = delta.a;
    if (!c && !n && !o) return prev;
    const patched = new Map<number, unknown>();
    for (const [at, d] of c ?? []) {
      if (!Number.isInteger(at) || at < 0 || at >= prev.length) throw new Error('delta: row out of range');
      patched.set(at, apply(prev[at], d));
    }
    const row = (i: number) => (patched.has(i) ? patched.get(i) : prev[i]);
    if (!o) return prev.map((_, i) => row(i));
    const out: unknown[] = [];
    const fresh = n ?? [];
    let k = 0;
    for (let r = 0; r < o.length; r += 2) {
      const from = o[r]!;
      const len = o[r + 1]!;
      if (!Number.isInteger(len) || len < 0) throw new Error('delta: bad run');
      if (from === -1) {
        if (k + len > fresh.length) throw new Error('delta: too few new rows');
        for (let j = 0; j < len; j++) out.push(fresh[k++]);
      } else {
        if (!Number.isInteger(from) || from < 0 || from + len > prev.length) throw new Error('delta: run out of range');
        for (let j = from; j < from + len; j++) out.push(row(j));
      }
    }
    return out;
  }
  throw new Error('delta: unknown kind');
}
