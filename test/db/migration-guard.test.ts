import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '../../db/open';
import { listBackupFiles } from '../../db/backup';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { seedDefaultData } from '../../db/seed/seed';
import { journal, migrationsWith, sha } from '../helpers/db-files';
import { tempDataDir } from '../helpers/temp';

const fixture = (name: string) => fs.readFileSync(path.resolve('test/fixtures/migrations', name), 'utf8');

/** A default data file; returns its path and how many funding amounts hang on works. */
async function seeded(): Promise<{ file: string; children: number; works: number }> {
  const file = path.join(tempDataDir(), 'ntm-office.db');
  const o = await openDb(file, SOURCE_MIGRATIONS_DIR);
  seedDefaultData(o.db);
  const children = (
    o.sqlite.prepare('SELECT count(*) n FROM funding_amounts WHERE work_id IS NOT NULL').get() as { n: number }
  ).n;
  const works = (o.sqlite.prepare('SELECT count(*) n FROM works').get() as { n: number }).n;
  o.close();
  expect(children).toBeGreaterThan(0);
  return { file, children, works };
}

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('migrations cannot lose rows', () => {
  it('a drizzle-kit table rebuild of works keeps every funding amount (foreign keys off outside the transaction)', async () => {
    const { file, children, works } = await seeded();
    const dir = migrationsWith([{ tag: '0099_rebuild_works', sql: fixture('rebuild-works.sql') }]);
    const o = await openDb(file, dir);
    expect(o.schemaVersion).toBe(journal().entries.length + 1);
    expect(count(o.sqlite, 'SELECT count(*) n FROM funding_amounts WHERE work_id IS NOT NULL')).toBe(children);
    expect(count(o.sqlite, 'SELECT count(*) n FROM works')).toBe(works);
    expect(o.sqlite.prepare("SELECT count(*) n FROM pragma_table_info('works') WHERE name = 'code'").get()).toEqual({
      n: 1,
    });
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(o.sqlite.pragma('foreign_key_check')).toEqual([]);
    // Deleting a work still cascades to its amounts: the rebuilt table is a real parent again.
    const w = o.sqlite
      .prepare('SELECT work_id id, count(*) n FROM funding_amounts WHERE work_id IS NOT NULL GROUP BY work_id LIMIT 1')
      .get() as { id: number; n: number };
    o.sqlite.prepare('DELETE FROM works WHERE id = ?').run(w.id);
    expect(count(o.sqlite, 'SELECT count(*) n FROM funding_amounts WHERE work_id IS NOT NULL')).toBe(children - w.n);
    expect(listBackupFiles(file).map((b) => b.reason)).toEqual(['truoc-nang-cap']);
    o.close();
  });

  it('the same migration through drizzle’s own migrator (keys on inside the transaction) loses the children', async () => {
    // Why the guard exists: this is what happened before. If it ever stops losing rows, the test above proves less.
    const { file, children } = await seeded();
    const dir = migrationsWith([{ tag: '0099_rebuild_works', sql: fixture('rebuild-works.sql') }]);
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = ON');
    // Only the foreign keys differ from our runner (the summaries' triggers need the legacy rename either way).
    sqlite.pragma('legacy_alter_table = ON');
    migrate(drizzle(sqlite), { migrationsFolder: dir });
    expect(count(sqlite, 'SELECT count(*) n FROM funding_amounts WHERE work_id IS NOT NULL')).toBeLessThan(children);
    sqlite.close();
  });

  it('a migration that would orphan rows is rolled back whole and the file is left as it was', async () => {
    const { file } = await seeded();
    const before = sha(file);
    const dir = migrationsWith([
      { tag: '0098_good_step', sql: 'CREATE TABLE good_step (id integer primary key);' },
      { tag: '0099_orphan_children', sql: fixture('orphan-children.sql') },
    ]);
    const err = await openDb(file, dir).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /Nâng cấp cấu trúc dữ liệu bị hủy: \d+ dòng sẽ mất liên kết \(funding_amounts → works\)/,
    );
    expect(sha(file)).toBe(before);
    const db = new Database(file, { readonly: true });
    expect(count(db, "SELECT count(*) n FROM sqlite_master WHERE name = 'good_step'")).toBe(0);
    expect(count(db, 'SELECT count(*) n FROM __drizzle_migrations')).toBe(journal().entries.length);
    db.close();
    // The pre-upgrade backup was taken and is kept.
    expect(listBackupFiles(file).map((b) => b.reason)).toEqual(['truoc-nang-cap']);
    // And the current app still opens the file normally, foreign keys on.
    const o = await openDb(file, SOURCE_MIGRATIONS_DIR);
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    o.close();
  });
});
