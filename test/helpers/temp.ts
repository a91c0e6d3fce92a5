import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { isSeeded, seedDefaultData } from '../../db/seed/seed';

/** A fresh folder named like a Vietnamese Windows profile, to catch path-encoding bugs. */
export function tempDataDir(): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm thử '));
  const dir = path.join(base, 'Nguyễn Văn Á', 'Dữ liệu');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A real, empty database file (no province yet: the first-start state) and the services' context over it. */
export async function tempEmptyContext(
  dataDir = tempDataDir(),
  now = new Date('2022-07-11T08:00:00Z'),
  opts: { recoverDamaged?: boolean } = {},
) {
  return createServiceContext({
    ...opts,
    dbPath: path.join(dataDir, 'ntm-office.db'),
    dataDir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    now: () => now,
  });
}

/** A real database file with the demo data (Hậu Giang 2022), and the services' context over it. */
export async function tempContext(dataDir = tempDataDir(), opts: { recoverDamaged?: boolean } = {}) {
  const ctx = await tempEmptyContext(dataDir, undefined, opts);
  // A damaged file opened for recovery has no data to seed.
  if (!ctx.damage && !isSeeded(ctx.db)) seedDefaultData(ctx.db);
  return ctx;
}

/** Seeds the demo into a context opened directly (tests of opening, backups, writers). */
export function withDemo<T extends { db: Parameters<typeof seedDefaultData>[0]; damage?: unknown }>(ctx: T): T {
  if (!ctx.damage && !isSeeded(ctx.db)) seedDefaultData(ctx.db);
  return ctx;
}
