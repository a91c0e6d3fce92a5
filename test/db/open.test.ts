import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '../../db/open';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { AppError } from '../../shared/errors';
import { tempDataDir } from '../helpers/temp';
import { journal, migrationsWith, sha } from '../helpers/db-files';

describe('openDb', () => {
  it('creates a database in a Vietnamese-named folder with WAL, foreign keys and every migration', async () => {
    const file = path.join(tempDataDir(), 'ntm-office.db');
    const o = await openDb(file, SOURCE_MIGRATIONS_DIR);
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(o.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(o.schemaVersion).toBe(journal().entries.length);
    expect(o.backupFile).toBeNull();
    expect(() =>
      o.sqlite
        .prepare("INSERT INTO criteria (set_id, no, name, group_no, group_name) VALUES (999, 1, 'x', 1, 'x')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    o.close();
  });

  it('backs up online, then applies pending migrations', async () => {
    const file = path.join(tempDataDir(), 'ntm-office.db');
    (await openDb(file, SOURCE_MIGRATIONS_DIR)).close();
    const dir = migrationsWith([
      { tag: '0099_add_test_notes', sql: 'CREATE TABLE test_notes (id integer primary key, body text);' },
    ]);
    const o = await openDb(file, dir);
    expect(o.backupFile).not.toBeNull();
    const backup = new Database(o.backupFile!, { readonly: true });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'test_notes'").get()).toEqual({ n: 0 });
    backup.close();
    expect(o.sqlite.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'test_notes'").get()).toEqual({ n: 1 });
    o.close();
  });

  it('applies all pending migrations in one transaction: a failing one leaves none applied', async () => {
    const file = path.join(tempDataDir(), 'ntm-office.db');
    (await openDb(file, SOURCE_MIGRATIONS_DIR)).close();
    const dir = migrationsWith([
      { tag: '0098_good_step', sql: 'CREATE TABLE good_step (id integer primary key);' },
      { tag: '0099_broken_step', sql: 'CREATE TABLE broken_step (id integer primary key;' },
    ]);
    await expect(openDb(file, dir)).rejects.toThrow();
    const db = new Database(file);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'good_step'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) n FROM __drizzle_migrations').get()).toEqual({ n: journal().entries.length });
    db.close();
  });

  it('refuses, untouched, a database written by a newer version', async () => {
    const file = path.join(tempDataDir(), 'ntm-office.db');
    const newer = migrationsWith([
      { tag: '0099_future_feature', sql: 'CREATE TABLE future_feature (id integer primary key);' },
    ]);
    (await openDb(file, newer)).close();
    const before = sha(file);
    const err = await openDb(file, SOURCE_MIGRATIONS_DIR).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_FROM_FUTURE');
    expect((err as AppError).message).toMatch(/phiên bản NTM Office mới hơn/);
    expect(sha(file)).toBe(before);
  });

  it('keeps the migration journal strictly increasing with descriptive names', () => {
    const entries = journal().entries;
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      if (i > 0) expect(e.when).toBeGreaterThan(entries[i - 1]!.when);
      expect(e.tag).toMatch(/^\d{4}_[a-z0-9]+(_[a-z0-9]+)+$/);
      expect(fs.existsSync(path.join(SOURCE_MIGRATIONS_DIR, `${e.tag}.sql`))).toBe(true);
    });
  });
});
