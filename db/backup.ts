import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, DB_MESSAGES } from '../shared/errors';
import { translateStorageError } from './sqlite-errors';
import type { BackupReason } from '../shared/models/backups';

/** Backups live in <folder of the data file>/sao-luu/. */
export const BACKUP_DIR_NAME = 'sao-luu';

/**
 * Why a backup was taken (part of its file name):
 * hang-ngay = first start of the day, truoc-nhap = before an import, truoc-nang-cap = before a
 * schema upgrade, truoc-khoi-phuc = the data file set aside before a restore, thu-cong = «Sao lưu ngay».
 */
export type { BackupReason };
const REASONS: BackupReason[] = ['hang-ngay', 'truoc-nhap', 'truoc-nang-cap', 'truoc-khoi-phuc', 'thu-cong'];
/** Never deleted by rotation. */
const KEPT_FOREVER = new Set<BackupReason>(['truoc-nang-cap', 'truoc-khoi-phuc']);

/** A backup copy that makes no progress for this long gives up (another program holds the file). */
export const BACKUP_STALL_MS = 10_000;

/** Rotation: the newest backup of each of the last 7 days, 4 weeks and 12 months, plus the 3 newest of all. */
export const ROTATION = { recent: 3, daily: 7, weekly: 4, monthly: 12 } as const;

export interface BackupFile {
  file: string;
  name: string;
  reason: BackupReason;
  takenAt: Date;
  size: number;
}

export const backupDirOf = (dbFile: string): string => path.join(path.dirname(path.resolve(dbFile)), BACKUP_DIR_NAME);
const baseOf = (dbFile: string): string => path.basename(dbFile, path.extname(dbFile));
const stampOf = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

/** <name of the data file>-<reason>-<UTC time>.db: how backups are named (and recognised by listBackupFiles). */
export const backupFileName = (dbFile: string, reason: BackupReason, at: Date): string =>
  `${baseOf(dbFile)}-${reason}-${stampOf(at)}.db`;

/** A hidden temporary name next to `target`, the same shape atomic file writes use (cleaned at start). */
export const tempNameFor = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
const TEMP_RE = /^\..+\.[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/;

function removeQuietly(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/**
 * Writes a backup with SQLite's online backup API (never a file copy of a live WAL database) to a
 * temporary name, makes it a single self-contained file (rollback journal, so it can be carried on
 * a USB stick), checks it with `PRAGMA quick_check`, and only then renames it to `target`.
 */
export async function writeCheckedBackup(sqlite: Database.Database, target: string): Promise<void> {
  const temp = tempNameFor(target);
  try {
    // SQLite answers BUSY while another connection holds the file in a way the copy cannot read
    // past; better-sqlite3 then retries without end, or (BUSY on the first step) reports an empty
    // copy as done. Both are refused: no progress for BACKUP_STALL_MS, or nothing copied.
    let remaining = -1;
    let movedAt = Date.now();
    const copied = await sqlite.backup(temp, {
      progress: ({ remainingPages }) => {
        if (remainingPages !== remaining) [remaining, movedAt] = [remainingPages, Date.now()];
        else if (Date.now() - movedAt > BACKUP_STALL_MS) throw new AppError('DB_BUSY', DB_MESSAGES.DB_BUSY);
        return 100;
      },
    });
    if (!copied.totalPages) throw new AppError('DB_BUSY', DB_MESSAGES.DB_BUSY);
    const check = new Database(temp, { fileMustExist: true });
    let verdict: unknown;
    try {
      check.pragma('journal_mode = DELETE');
      verdict = check.pragma('quick_check', { simple: true });
    } finally {
      check.close();
    }
    if (verdict !== 'ok') {
      throw new AppError(
        'DB_DAMAGED',
        'Bản sao lưu vừa ghi không vượt qua bước kiểm tra, nên đã bị bỏ. Tệp dữ liệu có thể đã hỏng; hãy khôi phục từ một bản sao lưu cũ hơn.',
      );
    }
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (e) {
    removeQuietly(temp);
    throw translateStorageError(e) ?? e;
  }
}

/** A checked copy of a backup file (opened read-only) at `target`: restore's staging copy. */
export async function copyCheckedBackup(sourceFile: string, target: string): Promise<void> {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    await writeCheckedBackup(source, target);
  } finally {
    source.close();
  }
}

/**
 * An automatic backup into <folder of the db>/sao-luu/<name>-<reason>-<timestamp>.db, then
 * rotation of that folder. Returns the backup path.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  dbFile: string,
  reason: BackupReason,
  now = new Date(),
): Promise<string> {
  const dir = backupDirOf(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  // A folder that cannot be written fails here with its own code (EACCES/EPERM), not as SQLite's «cannot open».
  fs.accessSync(dir, fs.constants.W_OK);
  const target = path.join(dir, backupFileName(dbFile, reason, now));
  await writeCheckedBackup(sqlite, target);
  rotateBackups(dbFile, now);
  return target;
}

/** The backups of one data file, newest first. Files that do not follow the naming are ignored. */
export function listBackupFiles(dbFile: string): BackupFile[] {
  const dir = backupDirOf(dbFile);
  if (!fs.existsSync(dir)) return [];
  const base = baseOf(dbFile);
  const re = new RegExp(
    `^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(${REASONS.join('|')})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\.db$`,
  );
  const out: BackupFile[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = re.exec(name);
    if (!m) continue;
    const takenAt = new Date(`${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`);
    if (Number.isNaN(takenAt.getTime())) continue;
    const file = path.join(dir, name);
    out.push({ file, name, reason: m[1] as BackupReason, takenAt, size: fs.statSync(file).size });
  }
  return out.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** The Monday (local time) of the week the date falls in. */
const weekKey = (d: Date) => {
  const m = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  m.setDate(m.getDate() - ((m.getDay() + 6) % 7));
  return dayKey(m);
};

/** The backups rotation keeps: pre-upgrade and set-aside ones always, then the ROTATION slots. */
export function backupsToKeep(all: BackupFile[]): Set<string> {
  const keep = new Set<string>();
  const rotating = all
    .filter((b) => !KEPT_FOREVER.has(b.reason))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  all.filter((b) => KEPT_FOREVER.has(b.reason)).forEach((b) => keep.add(b.file));
  rotating.slice(0, ROTATION.recent).forEach((b) => keep.add(b.file));
  const slots: [(d: Date) => string, number][] = [
    [dayKey, ROTATION.daily],
    [weekKey, ROTATION.weekly],
    [monthKey, ROTATION.monthly],
  ];
  for (const [key, count] of slots) {
    const seen = new Set<string>();
    for (const b of rotating) {
      const k = key(b.takenAt);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(b.file);
    }
  }
  return keep;
}

/** Deletes the backups rotation does not keep; returns the deleted paths. */
export function rotateBackups(dbFile: string, _now = new Date()): string[] {
  const all = listBackupFiles(dbFile);
  const keep = backupsToKeep(all);
  const deleted: string[] = [];
  for (const b of all) {
    if (keep.has(b.file)) continue;
    try {
      fs.rmSync(b.file);
      deleted.push(b.file);
    } catch {
      // A backup someone has open stays until the next rotation.
    }
  }
  return deleted;
}

/** Whether an automatic backup of the day (local date) was already taken. */
export const hasBackupOfDay = (dbFile: string, now: Date, reason: BackupReason = 'hang-ngay'): boolean =>
  listBackupFiles(dbFile).some((b) => b.reason === reason && dayKey(b.takenAt) === dayKey(now));

/**
 * A temporary file younger than this may belong to another process at work on the same folder
 * (the browser bridge and the desktop app can run at once): it is left for a later start.
 */
export const LEFTOVER_AGE_MS = 10 * 60_000;

/** Removes hidden temporary files a killed backup or file write left in these folders. */
export function cleanLeftoverTemps(dirs: string[], now = Date.now()): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMP_RE.test(name)) continue;
      const file = path.join(dir, name);
      try {
        if (now - fs.statSync(file).mtimeMs < LEFTOVER_AGE_MS) continue;
        fs.rmSync(file, { force: true });
        removed.push(file);
      } catch {
        // Still held by another program: left for the next start.
      }
    }
  }
  return removed;
}

export interface BackupContents {
  communes: number;
  results: number;
  works: number;
  products: number;
  documents: number;
}

/** What a backup holds, read from it read-only; null when it is not a readable data file. */
export function readBackupContents(file: string): {
  ok: boolean;
  contents: BackupContents | null;
  schemaVersion: number;
} {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return { ok: false, contents: null, schemaVersion: 0 };
    const n = (sql: string) => Number((db!.prepare(sql).get() as { n: number }).n);
    // Communes as the app lists them: those in force at the end of the file's plan year.
    const yearRow = db.prepare("SELECT value FROM settings WHERE key = 'planYear'").get() as
      { value: string } | undefined;
    const year = yearRow ? Number(JSON.parse(yearRow.value)) : 2022;
    const end = `${Number.isInteger(year) ? year : 2022}-12-31`;
    const contents: BackupContents = {
      communes: Number(
        (
          db
            .prepare(
              "SELECT count(*) n FROM admin_units WHERE kind = 'xa' AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)",
            )
            .get(end, end) as { n: number }
        ).n,
      ),
      results: n('SELECT count(*) n FROM criterion_results'),
      works: n('SELECT count(*) n FROM works'),
      products: n('SELECT count(*) n FROM ocop_products'),
      documents: n('SELECT count(*) n FROM documents'),
    };
    const schemaVersion = n('SELECT count(*) n FROM __drizzle_migrations');
    return { ok: true, contents, schemaVersion };
  } catch {
    return { ok: false, contents: null, schemaVersion: 0 };
  } finally {
    db?.close();
  }
}

/**
 * Moves a data file (with its -wal and -shm, bytes untouched) aside under a new name: into the
 * backups folder as <name>-truoc-khoi-phuc-<time>.db before a restore, or next to it as
 * <name>-hong-<time>.db when it is damaged. Returns the new path of the main file.
 */
export function setAsideDataFile(dbFile: string, label: 'hong' | 'truoc-khoi-phuc', now = new Date()): string {
  const dir = label === 'hong' ? path.dirname(path.resolve(dbFile)) : backupDirOf(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${baseOf(dbFile)}-${label}-${stampOf(now)}.db`);
  fs.renameSync(dbFile, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, target + suffix);
  }
  return target;
}
