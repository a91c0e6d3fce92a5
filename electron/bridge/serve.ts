import path from 'node:path';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../app-context';
import { defaultDataDir, defaultDbPath, envOverride } from '../data-dir';
import { startBridge } from './server';
import { startupErrorMessage } from '../startup-errors';
import pkg from '../../package.json' with { type: 'json' };

/** `npm run web`: the renderer in a browser, against the same services and database folder. */
const dataDir = defaultDataDir();
const dbPath = defaultDbPath(dataDir);
const ctx = await createServiceContext({
  dbPath,
  dataDir,
  migrationsDir: SOURCE_MIGRATIONS_DIR,
  appVersion: pkg.version,
  recoverDamaged: true,
}).catch((e: unknown) => {
  console.error(startupErrorMessage(e, dbPath));
  process.exit(1);
});
const bridge = await startBridge({
  ctx,
  rendererDir: path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer'),
  port: Number(envOverride('NTM_PORT') ?? 0),
});
console.log(`NTM Office (trình duyệt): ${bridge.url}`);
console.log(`Dữ liệu: ${dbPath}`);
const stop = async () => {
  await bridge.close();
  ctx.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
