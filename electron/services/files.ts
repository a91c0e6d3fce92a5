import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { HandlersOf } from './handler';
import { writeFileAtomic } from './io/atomic';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.xlsx': { name: 'Sổ Excel', extensions: ['xlsx'] },
  '.png': { name: 'Ảnh PNG', extensions: ['png'] },
  '.svg': { name: 'Hình vẽ SVG', extensions: ['svg'] },
};

export const filesHandlers: HandlersOf<'files'> = {
  'files.save': async (ctx, input) => {
    const choose = ctx.platform.chooseSavePath;
    if (!choose) throw new AppError('UNSUPPORTED', 'Chỉ ứng dụng máy tính mới mở được hộp thoại lưu tệp.');
    const ext = path.extname(input.fileName).toLowerCase();
    const target = await choose(input.fileName, FILTERS[ext] ? [FILTERS[ext]] : []);
    if (!target) return { saved: false, path: null };
    await writeFileAtomic(target, Buffer.from(input.base64, 'base64'));
    if (input.openAfter && ctx.platform.openPath) await ctx.platform.openPath(target);
    return { saved: true, path: target };
  },
};
