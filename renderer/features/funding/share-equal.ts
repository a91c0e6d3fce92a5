const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * `next` with every part that equals the same part of `prev` replaced by `prev`'s (structural
 * sharing): an answer read again after a change keeps the identity of what did not change, so
 * memoised tables and grids (rows found by id) redo only the changed parts. Returns `prev` itself
 * when nothing differs. Plain JSON values only (what the API answers).
 */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((v: unknown, i) => {
      const shared = i < prev.length ? shareEqual(prev[i], v) : v;
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (isObject(prev) && isObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const shared = k in prev ? shareEqual(prev[k], next[k]) : next[k];
      if (shared !== prev[k] || !(k in prev)) same = false;
      out[k] = shared;
    }
    return (same ? prev : out) as T;
  }
  return next;
}
