import type { Sqlite } from '../../../db/open';
import { backupDatabase, backupDirOf, hasBackupOfDay } from '../../../db/backup';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

/**
 * The first start of each day takes a checked backup (then rotation). A failure (disk full, folder
 * not writable) does not stop the start: it is logged and tried again at the next start.
 */
export async function dailyBackup(sqlite: Sqlite, dbPath: string, now: Date): Promise<string | null> {
  try {
    if (hasBackupOfDay(dbPath, now)) return null;
    return await backupDatabase(sqlite, dbPath, 'hang-ngay', now);
  } catch (e) {
    console.error('[backup hang-ngay]', e);
    return null;
  }
}

/** Channels that apply an import: each is preceded by a checked backup (the dispatcher calls this). */
export const isImportApply = (channel: string): boolean => /\.importApply$/.test(channel);

/**
 * A checked backup before an import writes anything. If it cannot be written, the import is
 * refused: better no import than one without a way back.
 */
export async function backupBeforeImport(ctx: ServiceContext): Promise<string> {
  try {
    return await backupDatabase(ctx.sqlite, ctx.dbPath, 'truoc-nhap', ctx.now());
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    const reason =
      e instanceof AppError
        ? ` ${e.message}`
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? ` Thư mục sao lưu «${backupDirOf(ctx.dbPath)}» không có quyền ghi; hãy cấp quyền ghi cho thư mục này rồi thử lại.`
          : '';
    throw Object.assign(
      new AppError(
        e instanceof AppError && e.code === 'DISK_FULL' ? 'DISK_FULL' : 'INTERNAL',
        `Chưa nhập: không sao lưu được dữ liệu trước khi nhập.${reason}`,
      ),
      { cause: e },
    );
  }
}
