import { z } from 'zod';
import { channel } from '../define';
import type { SaveResult } from '../../models/files';

/** A file name a person could type: no folders, no characters Windows forbids. */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'Tên tệp không được để trống')
  .max(150, 'Tên tệp quá dài')
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s), 'Tên tệp có ký tự không được phép (\\ / : * ? " < > |)');

export const base64Schema = z.string().max(70_000_000, 'Tệp quá lớn (tối đa khoảng 50 MB)').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp không hợp lệ');

export const filesContract = {
  /** Desktop only: asks where to save (Save dialog) and writes atomically; the browser downloads instead. */
  'files.save': channel(
    z.object({ fileName: fileNameSchema, base64: base64Schema, openAfter: z.boolean().optional() }).strict(),
  ).returns<SaveResult>(),
};
