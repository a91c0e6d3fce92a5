import { AppError, DB_MESSAGES } from '../shared/errors';

const codeOf = (e: unknown): string =>
  e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string'
    ? (e as { code: string }).code
    : '';

/**
 * Maps what SQLite (or the file system under it) says about the data file to the person's
 * Vietnamese message: another program holds the lock, the file is read-only, the disk is full,
 * the file is damaged. Anything else is not the file's fault and returns null.
 * better-sqlite3 reports extended codes ("SQLITE_BUSY_SNAPSHOT", "SQLITE_READONLY_DBMOVED", …).
 */
export function translateStorageError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  const code = codeOf(e);
  const is = (base: string) => code === base || code.startsWith(`${base}_`);
  let err: AppError | null = null;
  if (is('SQLITE_BUSY') || is('SQLITE_LOCKED')) err = new AppError('DB_BUSY', DB_MESSAGES.DB_BUSY);
  else if (is('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EROFS')
    err = new AppError('DB_READONLY', DB_MESSAGES.DB_READONLY);
  else if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    err = new AppError('DISK_FULL', DB_MESSAGES.DISK_FULL);
  else if (is('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') err = new AppError('DB_DAMAGED', DB_MESSAGES.DB_DAMAGED);
  if (err) Object.assign(err, { cause: e });
  return err;
}
