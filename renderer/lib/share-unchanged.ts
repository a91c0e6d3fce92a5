/**
 * A fresh answer with every part that did not change replaced by the part already shown (same
 * object): a re-read after a data change then hands React and the grids the previous objects for
 * unchanged rows (no re-render, no row update), and the previous answer itself when nothing changed.
 * Plain JSON data only (what the API returns).
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}

function share(prev: unknown, next: unknown): unknown {
  if (Object.is(prev, next)) return prev;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const old = prev as unknown[];
    let same = old.length === next.length;
    const out = next.map((v, i) => {
      const s = i < old.length ? share(old[i], v) : v;
      if (s !== old[i]) same = false;
      return s;
    });
    return same ? prev : out;
  }
  const old = prev as Record<string, unknown>;
  const fresh = next as Record<string, unknown>;
  const keys = Object.keys(fresh);
  let same = keys.length === Object.keys(old).length;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const s = k in old ? share(old[k], fresh[k]) : fresh[k];
    if (s !== old[k] || !(k in old)) same = false;
    out[k] = s;
  }
  return same ? prev : out;
}
