import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { dispatch } from '../../electron/services/dispatch';
import { startupErrorMessage } from '../../electron/startup-errors';
import { translateStorageError } from '../../db/sqlite-errors';
import { AppError } from '../../shared/errors';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { writeCheckedBackup } from '../../db/backup';
import { sha } from '../helpers/db-files';
import { tempDataDir } from '../helpers/temp';
import { tempContexts, call } from '../helpers/dispatch';

/**
 * Makes a file or folder read-only for this process: its mode for an ordinary user; for root, whom modes do
 * not bind, the immutable flag where the file system allows it. Returns the undo, or null.
 */
function makeReadOnly(file: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    const mode = fs.statSync(file).mode;
    fs.chmodSync(file, 0o555);
    return () => fs.chmodSync(file, mode);
  }
  const flag = (on: boolean) => spawnSync('chattr', [on ? '+i' : '-i', file]).status === 0;
  return flag(true) ? () => void flag(false) : null;
}

const openContext = (dir: string, recoverDamaged = false) =>
  createServiceContext({
    dbPath: path.join(dir, 'ntm-office.db'),
    dataDir: dir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    recoverDamaged,
  });

const ENGLISH = /SQLITE|database|locked|readonly|full|disk I\/O/i;
const newContext = tempContexts();

async function editRefused(ctx: Awaited<ReturnType<typeof newContext>>) {
  const [c] = (await call(ctx, 'communes.list', {})) as { id: number; notes: string }[];
  const r = await dispatch(ctx, 'communes.update', { id: c!.id, notes: 'một thay đổi' });
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.message).not.toMatch(ENGLISH);
  // Nothing was written.
  expect(((await call(ctx, 'communes.list', {})) as { id: number; notes: string }[])[0]!.notes).toBe(c!.notes);
  return r.error;
}

describe('errors of the data file itself, in Vietnamese', () => {
  it('a write lock held by another program: DB_BUSY once the busy timeout runs out', async () => {
    const ctx = await newContext();
    const other = new Database(ctx.dbPath);
    other.exec('BEGIN IMMEDIATE');
    ctx.sqlite.pragma('busy_timeout = 100');
    try {
      const err = await editRefused(ctx);
      expect(err.code).toBe('DB_BUSY');
      expect(err.message).toMatch(/cửa sổ hoặc chương trình khác/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('a read-only file: DB_READONLY', async () => {
    const ctx = await newContext();
    ctx.sqlite.pragma('query_only = ON');
    const err = await editRefused(ctx);
    expect(err.code).toBe('DB_READONLY');
    expect(err.message).toMatch(/chỉ cho phép đọc/);
  });

  it('a read-only data file at start: refused at once in Vietnamese, naming the file, untouched', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    (await openContext(dir)).close();
    const hash = sha(file);
    const cleanup = makeReadOnly(file);
    if (!cleanup) return; // Neither a file mode nor the immutable flag binds this user: nothing to test.
    try {
      const e = await openContext(dir, true).then(
        (ctx) => (ctx.close(), null),
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('DB_READONLY');
      const text = startupErrorMessage(e, file);
      expect(text).toMatch(
        /^Tệp dữ liệu «ntm-office\.db» \(thư mục .+\) chỉ cho phép đọc .*Hãy bỏ thuộc tính «Chỉ đọc»/,
      );
      expect(text).not.toMatch(ENGLISH);
    } finally {
      cleanup();
    }
    expect(sha(file)).toBe(hash);
  });

  it('an import whose backup folder cannot be written is refused before writing, saying which folder', async () => {
    const ctx = await newContext();
    const folder = path.join(path.dirname(ctx.dbPath), 'sao-luu');
    fs.mkdirSync(folder, { recursive: true });
    const file = (await call(ctx, 'criteria.export', {})) as { base64: string };
    const cleanup = makeReadOnly(folder);
    if (!cleanup) return;
    try {
      const r = await dispatch(ctx, 'criteria.importApply', { fileName: 'kq.xlsx', base64: file.base64 });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.error.message).toBe(
          `Chưa nhập: không sao lưu được dữ liệu trước khi nhập. Thư mục sao lưu «${folder}» không có quyền ghi; hãy cấp quyền ghi cho thư mục này rồi thử lại.`,
        );
    } finally {
      cleanup();
    }
  });

  it('a backup that cannot read the file (lock held) is refused, never an empty copy', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'khoa.db');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.pragma('busy_timeout = 0');
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE; INSERT INTO t VALUES (2);');
    try {
      const target = path.join(dir, 'ban-sao.db');
      await expect(writeCheckedBackup(db, target)).rejects.toMatchObject({ code: 'DB_BUSY' });
      expect(fs.readdirSync(dir).sort()).toEqual(['khoa.db', 'khoa.db-journal']);
    } finally {
      other.exec('ROLLBACK');
      other.close();
      db.close();
    }
  });

  it('a full disk: DISK_FULL', async () => {
    const ctx = await newContext();
    // SQLite's own limit on pages gives the same SQLITE_FULL a full disk gives.
    const pages = ctx.sqlite.pragma('page_count', { simple: true }) as number;
    ctx.sqlite.pragma(`max_page_count = ${pages}`);
    const big = 'x'.repeat(1800);
    const [c] = (await call(ctx, 'communes.list', {})) as { id: number }[];
    let err = null;
    for (let i = 0; i < 200 && !err; i++) {
      const r = await dispatch(ctx, 'communes.update', { id: c!.id, notes: `${i}${big}` });
      if (!r.ok) err = r.error;
    }
    expect(err?.code).toBe('DISK_FULL');
    expect(err?.message).toMatch(/Ổ đĩa chứa tệp dữ liệu đã đầy/);
    expect(ctx.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('maps extended codes and leaves other errors alone', () => {
    const e = (code: string) => Object.assign(new Error('english text'), { code });
    expect(translateStorageError(e('SQLITE_BUSY_SNAPSHOT'))?.code).toBe('DB_BUSY');
    expect(translateStorageError(e('SQLITE_LOCKED'))?.code).toBe('DB_BUSY');
    expect(translateStorageError(e('SQLITE_READONLY_DBMOVED'))?.code).toBe('DB_READONLY');
    expect(translateStorageError(e('ENOSPC'))?.code).toBe('DISK_FULL');
    expect(translateStorageError(e('SQLITE_CORRUPT_INDEX'))?.code).toBe('DB_DAMAGED');
    expect(translateStorageError(e('SQLITE_NOTADB'))?.code).toBe('DB_DAMAGED');
    expect(translateStorageError(e('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(translateStorageError(new Error('x'))).toBeNull();
  });

  it('startup errors are Vietnamese and name the file, whatever was thrown', () => {
    const file = 'C:\\Users\\Nguyễn\\AppData\\Roaming\\NTM Office\\data\\ntm-office.db';
    for (const thrown of [
      Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
      Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }),
      Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }),
      Object.assign(new Error("EACCES: permission denied, mkdir 'C:\\x'"), { code: 'EACCES' }),
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      'a string',
    ]) {
      const text = startupErrorMessage(thrown, file);
      expect(text).not.toMatch(ENGLISH);
      expect(text).not.toMatch(/Cannot|permission|unable/);
      expect(text).toContain(`Tệp dữ liệu: ${file}`);
    }
    expect(startupErrorMessage(new AppError('DB_FROM_FUTURE', 'Tệp mới hơn.'), file)).toMatch(/^Tệp mới hơn\./);
  });
});
