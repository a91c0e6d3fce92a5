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
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export const GENERIC_ERROR_MESSAGE = 'Đã có lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi; vui lòng thử lại.';

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
