import type { ParsedInputOf } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { HandlersOf } from './handler';
import { writeFileAtomic } from './io/atomic';
import { newDataFile, openDataFile } from './setup';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.xlsx': { name: 'Sổ Excel', extensions: ['xlsx'] },
  '.png': { name: 'Ảnh PNG', extensions: ['png'] },
  '.svg': { name: 'Hình vẽ SVG', extensions: ['svg'] },
};

/** Extensions `openAfter` may open with the system's program. */
export const OPENABLE = new Set(['.docx', '.xlsx', '.pdf']);

export async function saveFile(ctx: ServiceContext, input: ParsedInputOf<'files.save'>) {
  const choose = ctx.platform.chooseSavePath;
  if (!choose) throw new AppError('UNSUPPORTED', 'Chỉ ứng dụng máy tính mới mở được hộp thoại lưu tệp.');
  const ext = path.extname(input.fileName).toLowerCase();
  if (input.openAfter && !OPENABLE.has(ext)) {
    throw new AppError(
      'VALIDATION',
      `Chỉ mở ngay được tệp Word (.docx), Excel (.xlsx) hoặc PDF (.pdf), không mở tệp «${input.fileName}».`,
    );
  }
  const target = await choose(input.fileName, FILTERS[ext] ? [FILTERS[ext]] : []);
  if (!target) return { saved: false, path: null };
  await writeFileAtomic(target, Buffer.from(input.base64, 'base64'));
  // Only documents the app itself writes are handed to the system to open, never e.g. an .exe.
  if (input.openAfter && ctx.platform.openPath && OPENABLE.has(path.extname(target).toLowerCase()))
    await ctx.platform.openPath(target);
  return { saved: true, path: target };
}

export const filesHandlers: HandlersOf<'files'> = {
  'files.save': (ctx, input) => saveFile(ctx, input),
  'files.openDataFile': (ctx) => openDataFile(ctx),
  'files.newDataFile': (ctx) => newDataFile(ctx),
};
