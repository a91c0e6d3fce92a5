/**
 * Hand-written statements on hot paths (issue 14): prepared once per connection and reused, read
 * as plain arrays (`raw`). Preparing a statement costs about as much as running a small one, and
 * the query builder's per-row object mapping costs more than the query at national scale.
 */
import type Database from 'better-sqlite3';
import type { AppDb } from '../open';

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The better-sqlite3 connection behind a drizzle database or transaction (same connection). */
export function sqliteOf(db: AppDb): Database.Database {
  const direct = (db as { $client?: Database.Database }).$client;
  if (direct) return direct;
  const viaSession = (db as unknown as { session?: { client?: Database.Database } }).session?.client;
  if (!viaSession) throw new Error('No better-sqlite3 connection behind this database handle');
  return viaSession;
}

const isConnection = (db: AppDb | Database.Database): db is Database.Database =>
  typeof (db as Database.Database).pragma === 'function';

function cached(db: AppDb | Database.Database, sql: string, raw: boolean): Database.Statement {
  const sqlite = isConnection(db) ? db : sqliteOf(db);
  let map = statements.get(sqlite);
  if (!map) statements.set(sqlite, (map = new Map()));
  const key = (raw ? 'R' : 'O') + sql;
  let st = map.get(key);
  if (!st) {
    st = sqlite.prepare(sql);
    if (raw && st.reader) st.raw(true);
    map.set(key, st);
  }
  return st;
}

/** The statement for `sql` on this connection, prepared on first use; rows as objects. */
export const prepared = (db: AppDb | Database.Database, sql: string) => cached(db, sql, false);

/** The same, with rows as plain arrays in column order (no object per row). */
export const preparedRaw = (db: AppDb | Database.Database, sql: string) => cached(db, sql, true);
