import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { translateStorageError } from './sqlite-errors';
import type { DamageKind as SharedDamageKind } from '../shared/models/backups';

/** Why a data file cannot be used as it is. */
export type DamageKind = Exclude<SharedDamageKind, 'newer'>;

/** A DB_DAMAGED error that says which file and what is wrong with it. */
export class DataFileDamaged extends AppError {
  constructor(
    readonly file: string,
    readonly kind: DamageKind,
  ) {
    super('DB_DAMAGED', damageMessage(file, kind));
    this.name = 'DataFileDamaged';
  }
}

export function damageMessage(file: string, kind: DamageKind): string {
  const name = `«${path.basename(file)}» (thư mục ${path.dirname(file)})`;
  switch (kind) {
    case 'empty':
      return `Tệp dữ liệu ${name} trống (0 byte): có thể lần ghi trước bị ngắt hoặc tệp bị chép hỏng. Ứng dụng không tự nạp lại dữ liệu mặc định vào tệp này.`;
    case 'not-sqlite':
      return `Tệp ${name} không phải tệp dữ liệu NTM Office (phần đầu tệp không đúng định dạng, hoặc tệp đã hỏng).`;
    case 'foreign':
      return `Tệp ${name} là cơ sở dữ liệu của một chương trình khác, không phải của NTM Office.`;
    case 'damaged':
      return `Tệp dữ liệu ${name} bị hỏng: bước kiểm tra tính toàn vẹn phát hiện trang dữ liệu không đọc được.`;
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

interface AppliedRow {
  created_at: number;
}

export interface Inspection {
  /** The file did not exist: a new data file will be created. */
  isNew: boolean;
  /** Largest `created_at` of the applied migrations (0 for none). */
  newestApplied: number;
}

/**
 * Everything checked before the app writes a single byte: the header, the schema version and
 * `PRAGMA quick_check`, on a read-only connection (so a newer file with an unmerged -wal is not
 * checkpointed, and a damaged one is not "repaired" into a worse state). Throws DataFileDamaged,
 * DB_FROM_FUTURE, or the storage error (busy, read-only) in Vietnamese.
 */
export function inspectDataFile(file: string, newestKnown: number): Inspection {
  if (!fs.existsSync(file)) return { isNew: true, newestApplied: 0 };
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new DataFileDamaged(file, 'not-sqlite');
  if (stat.size === 0) throw new DataFileDamaged(file, 'empty');
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (stat.size < 512 || !head.equals(SQLITE_HEADER)) throw new DataFileDamaged(file, 'not-sqlite');

  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const hasMigrations = !!db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get();
    const applied = hasMigrations
      ? (db.prepare('SELECT created_at FROM __drizzle_migrations').all() as AppliedRow[])
      : [];
    const newestApplied = applied.length ? Math.max(...applied.map((r) => Number(r.created_at))) : 0;
    if (newestApplied > newestKnown) {
      throw new AppError(
        'DB_FROM_FUTURE',
        `Tệp dữ liệu «${path.basename(file)}» được tạo bởi phiên bản NTM Office mới hơn. Hãy cài phiên bản mới nhất để mở; tệp chưa bị thay đổi.`,
      );
    }
    const userTables = db
      .prepare("SELECT count(*) n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .get() as { n: number };
    if (!hasMigrations && userTables.n > 0) throw new DataFileDamaged(file, 'foreign');
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new DataFileDamaged(file, 'damaged');
    return { isNew: false, newestApplied };
  } catch (e) {
    if (e instanceof AppError) throw e;
    const storage = translateStorageError(e);
    if (storage?.code === 'DB_DAMAGED') throw Object.assign(new DataFileDamaged(file, 'damaged'), { cause: e });
    throw storage ?? e;
  } finally {
    db?.close();
  }
}

/**
 * A data file, or its folder, the app may not write is refused before SQLite opens it: opened
 * anyway, SQLite falls back to reading only, and a read-only file in WAL mode makes the first
 * backup wait without end. Throws DB_READONLY naming the file and what to do.
 */
export function assertWritable(file: string): void {
  for (const target of [file, path.dirname(file)]) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw e;
      const what =
        target === file
          ? 'chỉ cho phép đọc (thuộc tính «Chỉ đọc», hoặc USB/đĩa bị khóa ghi)'
          : 'nằm trong thư mục không có quyền ghi';
      throw new AppError(
        'DB_READONLY',
        `Tệp dữ liệu «${path.basename(file)}» (thư mục ${path.dirname(file)}) ${what}, nên NTM Office không mở được để làm việc. ` +
          'Hãy bỏ thuộc tính «Chỉ đọc» của tệp (nhấp chuột phải vào tệp › Properties), hoặc chép tệp vào một thư mục có quyền ghi, rồi mở lại ứng dụng. Tệp chưa bị thay đổi.',
      );
    }
  }
}
