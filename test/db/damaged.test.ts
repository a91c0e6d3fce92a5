import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '../../db/open';
import { DataFileDamaged } from '../../db/preflight';
import { createServiceContext, SOURCE_MIGRATIONS_DIR, type AppContext } from '../../electron/app-context';
import { dispatch } from '../../electron/services/dispatch';
import { AppError } from '../../shared/errors';
import type { SystemInfo } from '../../shared/models/units';
import type { BackupList } from '../../shared/models/backups';
import { call } from '../helpers/dispatch';
import { migrationsWith, sha, smashPages } from '../helpers/db-files';
import { tempDataDir, withDemo } from '../helpers/temp';

const ENGLISH = /SQLITE|database|disk image|malformed|not a|file is/i;

/** A data file with the default data, closed cleanly; returns its path. */
async function goodFile(dir = tempDataDir()): Promise<string> {
  const file = path.join(dir, 'ntm-office.db');
  const ctx = await open(dir);
  ctx.close();
  return file;
}

const open = (dir: string, recoverDamaged = false) =>
  createServiceContext({
    dbPath: path.join(dir, 'ntm-office.db'),
    dataDir: dir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    now: () => new Date('2026-12-01T08:00:00Z'),
    recoverDamaged,
  }).then(withDemo);

async function refusedAs(file: string): Promise<DataFileDamaged> {
  const before = sha(file);
  const err = await openDb(file, SOURCE_MIGRATIONS_DIR).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DataFileDamaged);
  const d = err as DataFileDamaged;
  expect(d.code).toBe('DB_DAMAGED');
  expect(d.message).toContain('«ntm-office.db»');
  expect(d.message).not.toMatch(ENGLISH);
  expect(sha(file)).toBe(before);
  // Nothing was written: no journal content next to it either.
  if (fs.existsSync(`${file}-wal`)) expect(fs.statSync(`${file}-wal`).size).toBe(0);
  return d;
}

describe('a damaged or foreign data file at start', () => {
  it('refuses a file whose header is not SQLite, untouched', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    fs.writeFileSync(file, Buffer.from('PK\u0003\u0004 this is a zip, not a database '.repeat(300)));
    expect((await refusedAs(file)).kind).toBe('not-sqlite');
  });

  it('refuses a file whose pages are damaged, untouched', async () => {
    const file = await goodFile();
    const pages = fs.statSync(file).size / 4096;
    expect(pages).toBeGreaterThan(40);
    smashPages(file, Math.floor(pages / 2), 8);
    expect((await refusedAs(file)).kind).toBe('damaged');
  });

  it('treats a zero-length file as damaged and never refills it', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    fs.writeFileSync(file, '');
    expect((await refusedAs(file)).kind).toBe('empty');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('refuses a database of another program', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    const other = new Database(file);
    other.exec("CREATE TABLE contacts (name text); INSERT INTO contacts VALUES ('x')");
    other.close();
    expect((await refusedAs(file)).kind).toBe('foreign');
  });

  it('refuses a newer-version file with an unmerged -wal without checkpointing it', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    const newer = migrationsWith([
      { tag: '0099_future_feature', sql: 'CREATE TABLE future_feature (id integer primary key);' },
    ]);
    const o = await openDb(file, newer);
    o.sqlite.pragma('wal_autocheckpoint = 0');
    o.sqlite.exec(
      "INSERT INTO future_feature (id) VALUES (1), (2), (3); INSERT INTO settings (key, value) VALUES ('chi-trong-wal', '1')",
    );
    // A crash: the -wal holds committed pages the main file has not received yet.
    const crashed = path.join(tempDataDir(), 'ntm-office.db');
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    o.close();
    const [main, wal] = [sha(crashed), sha(`${crashed}-wal`)];
    expect(fs.statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
    const err = await openDb(crashed, SOURCE_MIGRATIONS_DIR).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('DB_FROM_FUTURE');
    expect(sha(crashed)).toBe(main);
    expect(sha(`${crashed}-wal`)).toBe(wal);
  });

  it('opens the app in the damaged state: file set aside untouched, Vietnamese reason, newest good backup offered, restore works', async () => {
    const dir = tempDataDir();
    const file = await goodFile(dir);
    // Yesterday's daily backup exists; today the file is damaged.
    const first = await createServiceContext({
      dbPath: file,
      dataDir: dir,
      migrationsDir: SOURCE_MIGRATIONS_DIR,
      appVersion: '0.0.0-test',
      now: () => new Date('2026-11-30T08:00:00Z'),
    });
    first.close();
    const pages = fs.statSync(file).size / 4096;
    smashPages(file, Math.floor(pages / 2), 8);
    const damagedSha = sha(file);

    await expect(open(dir)).rejects.toMatchObject({ code: 'DB_DAMAGED' });
    expect(sha(file)).toBe(damagedSha);

    const ctx: AppContext = await open(dir, true);
    try {
      const info = (await call(ctx, 'system.info', {})) as SystemInfo;
      expect(info.dataState).toBe('damaged');
      expect(info.damage?.kind).toBe('damaged');
      expect(info.damage?.message).toMatch(/Tệp dữ liệu «ntm-office\.db» .*bị hỏng/);
      expect(info.damage?.message).not.toMatch(ENGLISH);
      const aside = info.damage!.setAsideTo!;
      expect(path.basename(aside)).toMatch(/^ntm-office-hong-.*\.db$/);
      expect(sha(aside)).toBe(damagedSha);
      expect(fs.existsSync(file)).toBe(false);

      const refused = await dispatch(ctx, 'communes.list', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });

      const list = (await call(ctx, 'backups.list', {})) as BackupList;
      const good = list.backups.find((b) => b.usable)!;
      expect(good.reason).toBe('hang-ngay');
      expect(good.contents?.communes).toBeGreaterThan(50);

      await call(ctx, 'backups.restore', { name: good.name });
      expect(ctx.damage).toBeNull();
      expect(((await call(ctx, 'system.info', {})) as SystemInfo).dataState).toBe('ready');
      expect(await call(ctx, 'communes.list', {})).toHaveLength(51);
      expect(ctx.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      ctx.close();
    }
  });

  it('a zero-length file with no backup: the person asks for a new, empty file and chooses again', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    fs.writeFileSync(file, '');
    const ctx = await open(dir, true);
    try {
      expect(ctx.damage?.kind).toBe('empty');
      expect(ctx.damage?.message).toMatch(/trống \(0 byte\)/);
      expect(((await call(ctx, 'backups.list', {})) as BackupList).backups).toEqual([]);
      await call(ctx, 'backups.startFresh', {});
      expect(((await call(ctx, 'system.info', {})) as { dataState: string }).dataState).toBe('empty');
    } finally {
      ctx.close();
    }
  });

  it('a newer-version file stays in place at start; the recovery screen explains it', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    const newer = migrationsWith([
      { tag: '0099_future_feature', sql: 'CREATE TABLE future_feature (id integer primary key);' },
    ]);
    (await openDb(file, newer)).close();
    const before = sha(file);
    const ctx = await open(dir, true);
    try {
      expect(ctx.damage).toMatchObject({ kind: 'newer', setAsideTo: null });
      expect(ctx.damage?.message).toMatch(/phiên bản NTM Office mới hơn/);
      expect(sha(file)).toBe(before);
    } finally {
      ctx.close();
    }
  });
});
