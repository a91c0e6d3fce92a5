/**
 * Read models reused while the data file has not changed: any write through this connection or by
 * another process changes the data version (db/repositories/overview.ts), so a hit is always the
 * value a fresh computation would return. A few entries per connection and kind.
 */
import type { ServiceContext } from './context';
import { dataVersion } from '../../db/repositories/overview';

const caches = new WeakMap<object, Map<string, unknown>>();
const KEEP = 4;

export function whileUnchanged<T>(ctx: ServiceContext, key: string, compute: () => T): T {
  let byKey = caches.get(ctx.sqlite);
  if (!byKey) caches.set(ctx.sqlite, (byKey = new Map()));
  const version = `|${dataVersion(ctx.sqlite)}`;
  const full = key + version;
  if (byKey.has(full)) return byKey.get(full) as T;
  const value = compute();
  // Entries of an older data version can never hit again: drop them, and keep the map small.
  for (const k of byKey.keys()) if (!k.endsWith(version) || byKey.size >= KEEP) byKey.delete(k);
  byKey.set(full, value);
  return value;
}
