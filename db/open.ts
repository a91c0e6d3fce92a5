import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { backupDatabase } from './backup';
import { assertWritable, inspectDataFile } from './preflight';
import { runMigrations } from './migrate';
import { translateStorageError } from './sqlite-errors';
import { keepWal } from './wal-keeper';

export type AppDb = BetterSQLite3Database<typeof schema>;
/** The raw better-sqlite3 handle under AppDb (ctx.sqlite), for the db/ functions that need it. */
export type Sqlite = Database.Database;

export interface OpenedDb {
  db: AppDb;
  sqlite: Database.Database;
  file: string;
  /** Number of migrations applied to this file (schema version). */
  schemaVersion: number;
  /** Path of the backup taken before migrating, if any. */
  backupFile: string | null;
  /** The file did not exist and was created. */
  created: boolean;
  close(): void;
}

/**
 * Every write transaction starts as BEGIN IMMEDIATE: it takes the write lock up front, so the busy
 * timeout applies while another window or program commits. A deferred transaction that upgrades
 * from read to write fails at once with SQLITE_BUSY(_SNAPSHOT) instead, and the edit is lost.
 */
export function immediateTransactions(db: AppDb): AppDb {
  const base = db.transaction.bind(db);
  db.transaction = ((fn, config) => base(fn, { behavior: 'immediate', ...config })) as AppDb['transaction'];
  return db;
}

/**
 * Opens (creating if needed) the app database. Before any write, the file is inspected read-only
 * (header, schema version, quick_check: a damaged, foreign or newer file is refused untouched).
 * Then WAL, foreign keys, busy timeout, synchronous=NORMAL with the WAL flushed in the background
 * after each write (db/wal-keeper.ts: a saved edit survives a crash at once, a power cut after one flush); pending
 * migrations run after a checked online backup, guarded against losing rows (db/migrate.ts).
 */
export async function openDb(file: string, migrationsDir: string): Promise<OpenedDb> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const migrations = readMigrationFiles({ migrationsFolder: migrationsDir });
  const newestKnown = Math.max(0, ...migrations.map((m) => m.folderMillis));
  const { isNew, newestApplied } = inspectDataFile(file, newestKnown);
  if (!isNew) assertWritable(file);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (e) {
    throw translateStorageError(e) ?? e;
  }
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // Temporary tables, sorts and statement journals in memory, not in temporary files: a multi-row
    // insert into an indexed table saves the pages it changes in its statement journal, which in a
    // file cost an import of 10^4 works more than the insert itself (issue 14).
    sqlite.pragma('temp_store = MEMORY');
    const keeper = keepWal(sqlite);

    const pending = migrations.some((m) => m.folderMillis > newestApplied);
    let backupFile: string | null = null;
    if (pending && !isNew && newestApplied > 0) backupFile = await backupDatabase(sqlite, file, 'truoc-nang-cap');
    runMigrations(sqlite, migrations, newestApplied);
    const db = immediateTransactions(drizzle(sqlite, { schema }));
    const schemaVersion = (sqlite.prepare('SELECT count(*) n FROM __drizzle_migrations').get() as { n: number }).n;
    keeper.afterCall();
    const close = () => {
      keeper.stop();
      sqlite.close();
    };
    return { db, sqlite, file, schemaVersion, backupFile, created: isNew, close };
  } catch (e) {
    sqlite.close();
    throw translateStorageError(e) ?? e;
  }
}
