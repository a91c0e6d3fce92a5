import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { dispatch } from '../../electron/services/dispatch';
import { startupErrorMessage } from '../../electron/startup-errors';
import { translateStorageError } from '../../db/sqlite-errors';
import { AppError } from '../../shared/errors';
import { tempContexts, call } from '../helpers/dispatch';

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
