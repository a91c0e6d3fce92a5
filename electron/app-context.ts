import path from 'node:path';
import { openDb } from '../db/open';
import { isSeeded, seedDefaultData } from '../db/seed/seed';
import type { PlatformHooks, ServiceContext } from './services/context';

export interface ContextOptions {
  dbPath: string;
  dataDir: string;
  migrationsDir: string;
  /** Province boundary files (the packaged app passes its own folder). */
  geoDir?: string;
  appVersion: string;
  platform?: PlatformHooks;
  now?: () => Date;
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

/** Opens the database (migrating, seeding the default data on first run) and builds the service context. */
export async function createServiceContext(opts: ContextOptions): Promise<AppContext> {
  const opened = await openDb(opts.dbPath, opts.migrationsDir);
  if (!isSeeded(opened.db)) seedDefaultData(opened.db);
  let closeCurrent = opened.close;
  const ctx: AppContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    dbPath: path.resolve(opts.dbPath),
    dataDir: path.resolve(opts.dataDir),
    appVersion: opts.appVersion,
    geoDir: opts.geoDir,
    schemaVersion: opened.schemaVersion,
    platform: opts.platform ?? {},
    now: opts.now ?? (() => new Date()),
    close: () => closeCurrent(),
    async reopen(dbPath: string) {
      const next = await openDb(dbPath, opts.migrationsDir);
      closeCurrent();
      closeCurrent = next.close;
      ctx.db = next.db;
      ctx.sqlite = next.sqlite;
      ctx.dbPath = path.resolve(dbPath);
      ctx.schemaVersion = next.schemaVersion;
    },
  };
  return ctx;
}

/** The repository's own migrations folder, for Node entry points run from the source tree. */
export const SOURCE_MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', 'db', 'migrations');
