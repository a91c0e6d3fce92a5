import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import path from 'node:path';
import { openDb, type AppDb } from '../db/open';
import { SOURCE_NATIONAL_DIR } from '../db/seed/national';
import { backupDirOf, cleanLeftoverTemps, setAsideDataFile } from '../db/backup';
import { DataFileDamaged } from '../db/preflight';
import * as schema from '../db/schema';
import { AppError } from '../shared/errors';
import type { DamageInfo } from '../shared/models/backups';
import type { PlatformHooks, ServiceContext } from './services/context';
import { dailyBackup } from './services/backups/auto';
import { cleanTempJournal } from './services/io/atomic';

export interface ContextOptions {
  dbPath: string;
  dataDir: string;
  migrationsDir: string;
  /** Province boundary files (the packaged app passes its own folder). */
  geoDir?: string;
  appVersion: string;
  platform?: PlatformHooks;
  now?: () => Date;
  /**
   * The desktop app and the browser bridge: a damaged, foreign or newer data file does not stop
   * the start; the file is set aside (a newer one stays in place) and only recovery channels work.
   * Without it (CLI, tests, harness) such a file throws its DB_DAMAGED / DB_FROM_FUTURE error.
   */
  recoverDamaged?: boolean;
  /** Folder of the embedded national unit lists; the source tree's by default. */
  nationalDir?: string;
}

/** The service context of a running app: the open data file can be swapped in place. */
export type AppContext = ServiceContext & {
  close(): void;
  /**
   * Closes the current data file and opens another in the same context object, so every
   * transport (IPC, bridge) keeps its reference. On failure the previous file stays open.
   */
  reopen(dbPath: string): Promise<void>;
};

/** Opens the database (migrating) and builds the service context; a new data file stays empty until a province or the demo is chosen. */
export async function createServiceContext(opts: ContextOptions): Promise<AppContext> {
  const now = opts.now ?? (() => new Date());
  cleanLeftovers(opts.dbPath, opts.dataDir);
  let opened: Awaited<ReturnType<typeof openDb>> | null = null;
  let damage: DamageInfo | null = null;
  try {
    opened = await openDb(opts.dbPath, opts.migrationsDir);
  } catch (e) {
    if (!opts.recoverDamaged) throw e;
    damage = damageOf(e, opts.dbPath, now());
    if (!damage) throw e;
  }
  // A new data file stays empty: the person chooses a province or the demo (setup.*).
  if (opened && !opened.created) await dailyBackup(opened.sqlite, opts.dbPath, now());
  const current = opened ?? placeholderDb();
  let closeCurrent = current.close;
  const ctx: AppContext = {
    db: current.db,
    sqlite: current.sqlite,
    dbPath: path.resolve(opts.dbPath),
    dataDir: path.resolve(opts.dataDir),
    appVersion: opts.appVersion,
    schemaVersion: opened?.schemaVersion ?? 0,
    geoDir: opts.geoDir,
    platform: opts.platform ?? {},
    now,
    damage,
    nationalDir: opts.nationalDir ?? SOURCE_NATIONAL_DIR,
    close: () => closeCurrent(),
    async reopen(dbPath: string) {
      const next = await openDb(dbPath, opts.migrationsDir);
      closeCurrent();
      closeCurrent = next.close;
      ctx.db = next.db;
      ctx.sqlite = next.sqlite;
      ctx.dbPath = path.resolve(dbPath);
      ctx.schemaVersion = next.schemaVersion;
      ctx.damage = null;
    },
  };
  return ctx;
}

/** Hidden temporary files a killed backup or document write left behind. */
function cleanLeftovers(dbPath: string, dataDir: string): void {
  cleanLeftoverTemps([path.dirname(path.resolve(dbPath)), path.resolve(dataDir), backupDirOf(dbPath)]);
  cleanTempJournal(path.resolve(dataDir));
}

/** A damaged/foreign file is set aside untouched; a newer one stays where it is. Other errors: null. */
function damageOf(e: unknown, dbPath: string, now: Date): DamageInfo | null {
  const file = path.resolve(dbPath);
  if (e instanceof AppError && e.code === 'DB_FROM_FUTURE')
    return { kind: 'newer', file, message: e.message, setAsideTo: null };
  if (!(e instanceof DataFileDamaged)) return null;
  let setAsideTo: string | null = null;
  try {
    setAsideTo = setAsideDataFile(file, 'hong', now);
  } catch {
    // Held by another program: it stays; a restore sets it aside later.
  }
  const where = setAsideTo
    ? ` Tệp đã được chuyển nguyên vẹn sang «${path.basename(setAsideTo)}» trong cùng thư mục, không bị sửa.`
    : ' Tệp được giữ nguyên, không bị sửa.';
  return { kind: e.kind, file, message: e.message + where, setAsideTo };
}

/** An empty in-memory database standing in while only recovery channels are allowed. */
function placeholderDb(): { db: AppDb; sqlite: Database.Database; close(): void } {
  const sqlite = new Database(':memory:');
  return { db: drizzle(sqlite, { schema }), sqlite, close: () => sqlite.close() };
}

/** The repository's own migrations folder, for Node entry points run from the source tree. */
export const SOURCE_MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', 'db', 'migrations');
