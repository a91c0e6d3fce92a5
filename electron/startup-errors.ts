import { AppError } from '../shared/errors';
import { translateStorageError } from '../db/sqlite-errors';

/**
 * The Vietnamese sentence shown when the app cannot start on its data file. Never SQLite's or
 * Node's English text: known errors carry their own message, anything else gets a general one.
 */
export function startupErrorMessage(e: unknown, dbPath: string): string {
  const known = e instanceof AppError ? e : translateStorageError(e);
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = known
    ? known.message
    : code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_CANTOPEN')
      ? 'Không mở hoặc tạo được tệp dữ liệu: thư mục không tồn tại hoặc không có quyền ghi.'
      : 'Không mở được tệp dữ liệu do một lỗi ngoài dự kiến. Tệp chưa bị thay đổi.';
  return `${message}\n\nTệp dữ liệu: ${dbPath}`;
}
