import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Online backup (SQLite's backup API, never a file copy of a live WAL database) into
 * <folder of the db>/sao-luu/<name>-<reason>-<timestamp>.db. Returns the backup path.
 */
export async function backupDatabase(sqlite: Database.Database, dbFile: string, reason: string): Promise<string> {
  const dir = path.join(path.dirname(dbFile), 'sao-luu');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.basename(dbFile, path.extname(dbFile));
  const target = path.join(dir, `${base}-${reason}-${stamp}.db`);
  await sqlite.backup(target);
  return target;
}
