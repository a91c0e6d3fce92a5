import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { AppError } from '../shared/errors';
import { backupDatabase } from './backup';

export type AppDb = BetterSQLite3Database<typeof schema>;

export interface OpenedDb {
  db: AppDb;
  sqlite: Database.Database;
  file: string;
  /** Number of migrations applied to this file (schema version). */
  schemaVersion: number;
  /** Path of the backup taken before migrating, if any. */
  backupFile: string | null;
  close(): void;
}

interface AppliedRow {
  created_at: number;
}

/**
 * Opens (creating if needed) the app database: WAL, foreign keys, busy timeout, FULL sync so a
 * saved edit survives a power cut. Pending migrations are applied in one transaction after an
 * online backup; a file written by a newer app version is refused untouched.
 */
export async function openDb(file: string, migrationsDir: string): Promise<OpenedDb> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const isNew = !fs.existsSync(file) || fs.statSync(file).size === 0;
  const sqlite = new Database(file);
  try {
    const migrations = readMigrationFiles({ migrationsFolder: migrationsDir });
    const known = migrations.map((m) => m.folderMillis);
    const newestKnown = Math.max(0, ...known);
    const applied = readApplied(sqlite);
    const newestApplied = applied.length ? Math.max(...applied.map((r) => Number(r.created_at))) : 0;
    if (newestApplied > newestKnown) {
      throw new AppError(
        'DB_FROM_FUTURE',
        'Tệp dữ liệu này được tạo bởi phiên bản NTM Office mới hơn. Hãy cài phiên bản mới nhất để mở; tệp chưa bị thay đổi.',
      );
    }
    // Only now is it safe to change the file's settings.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = FULL');

    const pending = migrations.filter((m) => m.folderMillis > newestApplied);
    let backupFile: string | null = null;
    if (pending.length && !isNew && hasUserTables(sqlite)) {
      backupFile = await backupDatabase(sqlite, file, 'truoc-nang-cap');
    }
    const db = drizzle(sqlite, { schema });
    if (pending.length) migrate(db, { migrationsFolder: migrationsDir });
    const schemaVersion = readApplied(sqlite).length;
    return { db, sqlite, file, schemaVersion, backupFile, close: () => sqlite.close() };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}

function readApplied(sqlite: Database.Database): AppliedRow[] {
  const exists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!exists) return [];
  return sqlite.prepare('SELECT created_at FROM __drizzle_migrations').all() as AppliedRow[];
}

function hasUserTables(sqlite: Database.Database): boolean {
  return !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1").get();
}
