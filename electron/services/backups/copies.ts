/** Backups a person asks for: the list of copies (checked once per file version), a copy to a folder, a download. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import fs from 'node:fs';
import path from 'node:path';
import {
  backupDirOf,
  backupFileName,
  listBackupFiles,
  readBackupContents,
  tempNameFor,
  writeCheckedBackup,
  type BackupFile,
} from '../../../db/backup';
import { AppError } from '../../../shared/errors';
import { beginWrite, stage } from '../io/job-context';
import type { BackupEntry } from '../../../shared/models/backups';
import type { ServiceContext } from '../context';

/** Reading what a backup holds means a quick_check of the whole file: remembered per file version. */
const described = new Map<string, Pick<BackupEntry, 'usable' | 'problem' | 'contents'>>();

function describe(b: BackupFile): Pick<BackupEntry, 'usable' | 'problem' | 'contents'> {
  const key = `${b.file}|${b.size}|${fs.statSync(b.file).mtimeMs}`;
  let d = described.get(key);
  if (!d) {
    const r = readBackupContents(b.file);
    d = r.ok
      ? { usable: true, problem: null, contents: r.contents }
      : { usable: false, problem: 'Bản sao lưu bị hỏng hoặc không phải dữ liệu NTM Office.', contents: null };
    described.set(key, d);
  }
  return d;
}

const manualName = (ctx: ServiceContext) => backupFileName(ctx.dbPath, 'thu-cong', ctx.now());

export function listBackups(ctx: ServiceContext) {
  return {
    folder: backupDirOf(ctx.dbPath),
    backups: listBackupFiles(ctx.dbPath).map((b) => ({
      name: b.name,
      reason: b.reason,
      takenAt: b.takenAt.toISOString(),
      size: b.size,
      ...describe(b),
    })),
  };
}

export async function createBackup(ctx: ServiceContext, input: ParsedInputOf<'backups.create'>) {
  let folder = input.folder ?? null;
  if (!folder) {
    if (!ctx.platform.chooseFolder) throw new AppError('UNSUPPORTED', 'Hãy nhập thư mục để lưu bản sao lưu.');
    folder = await ctx.platform.chooseFolder('Chọn thư mục (ví dụ USB) để lưu bản sao lưu');
    if (!folder) return { path: null };
  }
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
    throw new AppError('NOT_FOUND', `Không tìm thấy thư mục «${folder}».`);
  const target = path.join(path.resolve(folder), manualName(ctx));
  await stage(0.1, 'Chép dữ liệu và kiểm tra bản sao lưu');
  beginWrite(); // a file lands in the chosen folder: no cancel from here
  await writeCheckedBackup(ctx.sqlite, target);
  return { path: target };
}

export async function downloadBackup(ctx: ServiceContext) {
  const dir = backupDirOf(ctx.dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const temp = tempNameFor(path.join(dir, 'tai-xuong.db'));
  try {
    await stage(0.1, 'Chép dữ liệu và kiểm tra bản sao lưu');
    await writeCheckedBackup(ctx.sqlite, temp);
    await stage(0.8, 'Chuẩn bị tệp để tải về');
    return {
      fileName: manualName(ctx),
      mime: 'application/vnd.sqlite3',
      base64: fs.readFileSync(temp).toString('base64'),
    };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
