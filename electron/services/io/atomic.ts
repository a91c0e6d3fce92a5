import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes a file whole or not at all: a temp file in the same folder, flushed, then renamed over
 * the target. Windows (Word, antivirus) may hold the target briefly: the rename is retried.
 */
export async function writeFileAtomic(filePath: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const tmp = path.join(dir, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(tmp, filePath);
        return;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (attempt < 5 && (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES')) await sleep(100 * (attempt + 1));
        else throw e;
      }
    }
  } catch (e) {
    await fs.unlink(tmp).catch(() => {});
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'thư mục không tồn tại'
        : code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
          ? 'tệp đang được mở ở chương trình khác hoặc không có quyền ghi'
          : code === 'ENOSPC'
            ? 'ổ đĩa đã đầy'
            : 'lỗi ghi tệp';
    throw new AppError('CONFLICT', `Không ghi được tệp «${path.basename(filePath)}»: ${why}. Chưa có tệp nào bị ghi dở.`);
  }
}
