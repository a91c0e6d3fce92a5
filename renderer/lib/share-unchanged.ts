/**
 * A fresh answer with every part that did not change replaced by the part already shown (same
 * object): a re-read after a data change then hands React and the grids the previous objects for
 * unchanged rows (no re-render, no row update), and the previous answer itself when nothing changed.
 * Plain JSON data only (what the API returns). `next` is a fresh answer owned by the caller: its
 * arrays and objects are updated in place (no copy of a 10,000-row answer).
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
    for (let i = 0; i < next.length; i++) {
      if (i >= old.length) break;
      const s = share(old[i], next[i]);
      next[i] = s;
      if (s !== old[i]) same = false;
    }
    return same ? prev : next;
  }
  const old = prev as Record<string, unknown>;
  const fresh = next as Record<string, unknown>;
  let count = 0;
  let same = true;
  for (const k in fresh) {
    count++;
    if (!(k in old)) {
      same = false;
      continue;
    }
    const s = share(old[k], fresh[k]);
    fresh[k] = s;
    if (s !== old[k]) same = false;
  }
  if (same) for (const _key in old) if (--count < 0) return next;
  return same && count === 0 ? prev : next;
}
