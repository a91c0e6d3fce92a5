import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';

/** A fresh folder named like a Vietnamese Windows profile, to catch path-encoding bugs. */
export function tempDataDir(): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm thử '));
  const dir = path.join(base, 'Nguyễn Văn Á', 'Dữ liệu');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A real database file with the default data, and the services' context over it. */
export async function tempContext(dataDir = tempDataDir(), opts: { recoverDamaged?: boolean } = {}) {
  const ctx = await createServiceContext({
    ...opts,
    dbPath: path.join(dataDir, 'ntm-office.db'),
    dataDir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    now: () => new Date('2022-07-11T08:00:00Z'),
  });
  return ctx;
}
