import type Database from 'better-sqlite3';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { AppError } from '../shared/errors';

const MIGRATIONS_TABLE = '__drizzle_migrations';

interface FkViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

/**
 * Applies pending migrations (drizzle-kit's files and bookkeeping table, so drizzle-kit and this
 * runner agree) so that no row can be lost:
 * - foreign keys are switched off *outside* the transaction (inside one the pragma is a no-op), so
 *   drizzle-kit's table rebuild (create new, copy, DROP old, rename) cannot cascade-delete children;
 * - all pending migrations run in one IMMEDIATE transaction;
 * - `PRAGMA foreign_key_check` runs before COMMIT: any violation rolls everything back, leaving the
 *   file as it was;
 * - foreign keys are switched back on whatever happens;
 * - `legacy_alter_table` is on while migrating: the summaries' triggers name tables (works,
 *   funding_amounts) that a rebuild drops and renames, and modern RENAME re-checks every trigger
 *   mid-rebuild and fails; the triggers name tables, so they follow the renamed one.
 * Returns how many migrations were applied.
 */
export function runMigrations(sqlite: Database.Database, migrations: MigrationMeta[], newestApplied: number): number {
  const pending = migrations
    .filter((m) => m.folderMillis > newestApplied)
    .sort((a, b) => a.folderMillis - b.folderMillis);
  if (!pending.length) return 0;
  if (sqlite.inTransaction) throw new Error('runMigrations must not run inside a transaction');
  const fkWasOn = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('legacy_alter_table = ON');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
      );
      const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`);
      for (const m of pending) {
        for (const stmt of m.sql) if (stmt.trim()) sqlite.exec(stmt);
        record.run(m.hash, m.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as FkViolation[];
      if (violations.length) {
        const tables = [...new Set(violations.map((v) => `${v.table} → ${v.parent}`))].join(', ');
        throw new AppError(
          'INTERNAL',
          `Nâng cấp cấu trúc dữ liệu bị hủy: ${violations.length} dòng sẽ mất liên kết (${tables}). Tệp dữ liệu chưa bị thay đổi.`,
        );
      }
      sqlite.exec('COMMIT');
    } catch (e) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw e;
    }
  } finally {
    sqlite.pragma('legacy_alter_table = OFF');
    if (fkWasOn) sqlite.pragma('foreign_keys = ON');
  }
  return pending.length;
}
