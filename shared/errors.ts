/**
 * Errors that cross the API boundary: a stable code and a Vietnamese message for people.
 * Nothing internal (stack, SQL, paths) crosses.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Allowed only after the person confirms (the message is the question to ask). */
  | 'CONFIRM_REQUIRED'
  | 'IMPORT_INVALID'
  | 'FORBIDDEN'
  | 'UNKNOWN_CHANNEL'
  | 'UNSUPPORTED'
  | 'DB_FROM_FUTURE'
  | 'DB_DAMAGED'
  | 'DB_BUSY'
  | 'DB_READONLY'
  | 'DISK_FULL'
  | 'CANCELLED'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Optional structured detail a person can act on (e.g. import errors by sheet/row/column). */
  details?: { sheet?: string; row?: number; column?: string; message: string }[];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }
  toJSON(): ApiError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export const GENERIC_ERROR_MESSAGE = 'Đã có lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi; vui lòng thử lại.';

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What a person reads when the data file itself is the problem (see db/sqlite-errors.ts). */
export const DB_MESSAGES = {
  DB_BUSY:
    'Tệp dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng (ví dụ NTM Office mở lần nữa, hoặc một chương trình sao chép tệp), nên chưa ghi được. Dữ liệu chưa bị thay đổi; hãy đóng chương trình kia hoặc đợi giây lát rồi thử lại.',
  DB_READONLY:
    'Tệp dữ liệu chỉ cho phép đọc (tệp đặt thuộc tính «Chỉ đọc», thư mục không có quyền ghi, hoặc USB/đĩa bị khóa ghi), nên không lưu được thay đổi. Dữ liệu chưa bị thay đổi.',
  DISK_FULL:
    'Ổ đĩa chứa tệp dữ liệu đã đầy, nên không lưu được thay đổi. Hãy giải phóng dung lượng ổ đĩa rồi thử lại; dữ liệu chưa bị thay đổi.',
  DB_DAMAGED:
    'Tệp dữ liệu bị hỏng nên không đọc được. Hãy vào Cài đặt › Sao lưu và khôi phục để khôi phục từ bản sao lưu gần nhất.',
} as const;
