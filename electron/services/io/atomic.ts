import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const codeOf = (e: unknown): string =>
  e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

function writeError(e: unknown, filePath: string): AppError {
  const code = codeOf(e);
  const name = path.basename(filePath);
  const err =
    code === 'ENOENT'
      ? new AppError('NOT_FOUND', `Không tìm thấy thư mục để lưu tệp «${name}».`)
      : LOCKED.has(code)
        ? new AppError(
            'CONFLICT',
            `Không ghi được tệp «${name}»: tệp đang mở (ví dụ trong Word) hoặc không có quyền ghi. Hãy đóng tệp rồi thử lại.`,
          )
        : code === 'ENOSPC'
          ? new AppError(
              'DISK_FULL',
              `Không ghi được tệp «${name}»: ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.`,
            )
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

const JOURNAL_DIR = '.dang-ghi';
const TEMP_RE = /^\..+\.[0-9a-f]{12}\.tmp$/;
let journalDir: string | null = null;

/**
 * Notes each temporary file (and the writing process) in <dataDir>/.dang-ghi/ while it exists, so
 * a write killed half-way (power cut, task manager) leaves a marker and the next start removes the
 * temporary file, in whatever folder the person saved to, once its process is gone.
 */
export function cleanTempJournal(dataDir: string): string[] {
  journalDir = path.join(dataDir, JOURNAL_DIR);
  const removed: string[] = [];
  let markers: string[];
  try {
    markers = fs.readdirSync(journalDir);
  } catch {
    return removed;
  }
  for (const m of markers) {
    const marker = path.join(journalDir, m);
    try {
      const { temp, pid } = JSON.parse(fs.readFileSync(marker, 'utf8')) as { temp: string; pid: number };
      // Another process still at work (the browser bridge and the desktop app can run at once).
      if (isAlive(pid)) continue;
      if (path.isAbsolute(temp) && TEMP_RE.test(path.basename(temp)) && fs.existsSync(temp)) {
        fs.rmSync(temp, { force: true });
        removed.push(temp);
      }
      fs.rmSync(marker, { force: true });
    } catch {
      // Unreadable or still locked: tried again at the next start.
    }
  }
  return removed;
}

/** Whether the process that wrote a marker still runs (our own counts as running). */
function isAlive(pid: unknown): boolean {
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

function noteTemp(temp: string): string | null {
  if (!journalDir) return null;
  try {
    fs.mkdirSync(journalDir, { recursive: true });
    const marker = path.join(journalDir, `${path.basename(temp).slice(1)}.txt`);
    fs.writeFileSync(marker, JSON.stringify({ temp, pid: process.pid }), 'utf8');
    return marker;
  } catch {
    return null;
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
  const marker = noteTemp(temp);
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
  } finally {
    if (marker) fs.rmSync(marker, { force: true });
  }
}
