import path from 'node:path';
import { openDb } from '../db/open';
import { isSeeded, seedDefaultData } from '../db/seed/seed';
import type { PlatformHooks, ServiceContext } from './services/context';

export interface ContextOptions {
  dbPath: string;
  dataDir: string;
  migrationsDir: string;
  appVersion: string;
  platform?: PlatformHooks;
  now?: () => Date;
}

/** Opens the database (migrating, seeding the default data on first run) and builds the service context. */
export async function createServiceContext(opts: ContextOptions): Promise<ServiceContext & { close(): void }> {
  const opened = await openDb(opts.dbPath, opts.migrationsDir);
  if (!isSeeded(opened.db)) seedDefaultData(opened.db);
  return {
    db: opened.db,
    sqlite: opened.sqlite,
    dbPath: path.resolve(opts.dbPath),
    dataDir: path.resolve(opts.dataDir),
    appVersion: opts.appVersion,
    schemaVersion: opened.schemaVersion,
    platform: opts.platform ?? {},
    now: opts.now ?? (() => new Date()),
    close: opened.close,
  };
}

/** The repository's own migrations folder, for Node entry points run from the source tree. */
export const SOURCE_MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', 'db', 'migrations');
