import fs from 'node:fs';
import path from 'node:path';
import {
  copyCheckedBackup,
  listBackupFiles,
  readBackupContents,
  setAsideDataFile,
  tempNameFor,
} from '../../../db/backup';
import { AppError, DB_MESSAGES } from '../../../shared/errors';
import type { RestoreResult } from '../../../shared/models/backups';
import type { AppContext } from '../../app-context';
import type { ServiceContext } from '../context';

function appContextOf(ctx: ServiceContext): AppContext {
  const app = ctx as Partial<AppContext>;
  if (typeof app.reopen !== 'function' || typeof app.close !== 'function') {
    throw new AppError('UNSUPPORTED', 'Không khôi phục được trong chế độ này.');
  }
  return ctx as AppContext;
}

const isLockError = (e: unknown) =>
  ['EBUSY', 'EPERM', 'EACCES'].includes(String((e as { code?: unknown })?.code ?? ''));

/**
 * Closes the file in use and sets it aside (bytes untouched, into the backups folder), then puts
 * `staged` in its place and reopens the app on it. If anything fails, the previous file goes back
 * where it was and the app reopens on it, so the person is never left without their data.
 */
async function swapInto(ctx: ServiceContext, staged: string): Promise<string | null> {
  const app = appContextOf(ctx);
  const file = app.dbPath;
  const hadOpen = !app.damage;
  app.close();
  const reopenPrevious = async () => {
    if (hadOpen) await app.reopen(file);
  };
  let setAsideTo: string | null = null;
  if (fs.existsSync(file)) {
    // After our own close a WAL file has no -wal left; one still there belongs to another program.
    if (hadOpen && fs.existsSync(`${file}-wal`)) {
      await reopenPrevious();
      throw new AppError('DB_BUSY', DB_MESSAGES.DB_BUSY);
    }
    try {
      setAsideTo = setAsideDataFile(file, 'truoc-khoi-phuc', app.now());
    } catch (e) {
      await reopenPrevious();
      if (isLockError(e)) throw new AppError('DB_BUSY', DB_MESSAGES.DB_BUSY);
      throw e;
    }
  }
  try {
    fs.renameSync(staged, file);
    await app.reopen(file);
  } catch (e) {
    fs.rmSync(file, { force: true });
    if (setAsideTo) {
      fs.renameSync(setAsideTo, file);
      for (const s of ['-wal', '-shm']) if (fs.existsSync(setAsideTo + s)) fs.renameSync(setAsideTo + s, file + s);
    }
    await reopenPrevious().catch(() => undefined);
    throw e;
  }
  return setAsideTo;
}

/** Restores one listed backup: checked, copied next to the data file, swapped in, reopened. */
export async function restoreBackup(ctx: ServiceContext, name: string): Promise<RestoreResult> {
  appContextOf(ctx);
  const entry = listBackupFiles(ctx.dbPath).find((b) => b.name === name);
  if (!entry) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu «${name}» trong thư mục sao lưu.`);
  if (!readBackupContents(entry.file).ok) {
    throw new AppError(
      'DB_DAMAGED',
      `Bản sao lưu «${name}» bị hỏng hoặc không phải dữ liệu NTM Office, nên không khôi phục được. Hãy chọn bản khác.`,
    );
  }
  const staged = tempNameFor(ctx.dbPath);
  await copyCheckedBackup(entry.file, staged);
  try {
    const setAsideTo = await swapInto(ctx, staged);
    return { restored: name, setAsideTo };
  } finally {
    fs.rmSync(staged, { force: true });
  }
}

/** Recovery with no usable backup: a new, empty data file (the first-start choice follows), only when the person asks. */
export async function startFresh(ctx: ServiceContext): Promise<RestoreResult> {
  if (!ctx.damage) throw new AppError('CONFLICT', 'Tệp dữ liệu đang dùng bình thường; không cần tạo tệp mới.');
  const app = appContextOf(ctx);
  const file = app.dbPath;
  let setAsideTo: string | null = null;
  if (fs.existsSync(file)) setAsideTo = setAsideDataFile(file, 'truoc-khoi-phuc', app.now());
  await app.reopen(file);
  return { restored: path.basename(file), setAsideTo };
}
