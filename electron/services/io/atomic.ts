import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const codeOf = (e: unknown): string => (e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '');
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

function writeError(e: unknown, filePath: string): AppError {
  const code = codeOf(e);
  const name = path.basename(filePath);
  const err =
    code === 'ENOENT'
      ? new AppError('NOT_FOUND', `Không tìm thấy thư mục để lưu tệp «${name}».`)
      : LOCKED.has(code)
        ? new AppError('CONFLICT', `Không ghi được tệp «${name}»: tệp đang mở (ví dụ trong Word) hoặc không có quyền ghi. Hãy đóng tệp rồi thử lại.`)
        : code === 'ENOSPC'
          ? new AppError('CONFLICT', `Không ghi được tệp «${name}»: ổ đĩa đã đầy.`)
          : new AppError('INTERNAL', `Không ghi được tệp «${name}».`);
  return Object.assign(err, { cause: e });
}

/** Renames with retries: on Windows a freshly closed file or the target can be locked for a moment (Word, antivirus). */
async function renameWithRetry(from: string, to: string, attempts = 6): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      if (i >= attempts - 1 || !LOCKED.has(codeOf(e))) throw e;
      await sleep(50 * 2 ** i);
    }
  }
}

/**
 * Writes a file whole or not at all: a temp file in the same folder, flushed, then renamed over
 * the target. On any failure the temp file is removed and the target is left as it was.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(filePath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    throw writeError(e, target);
  }
}
