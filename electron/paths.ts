import type { App } from 'electron';
import path from 'node:path';
import { defaultDbPath, envOverride } from './data-dir';

export interface AppPaths {
  dataDir: string;
  dbPath: string;
  migrationsDir: string;
  /** The embedded national unit lists (db/seed/national). */
  nationalDir: string;
  geoDir: string;
  rendererDir: string;
  preloadFile: string;
}

/**
 * The only caller of app.getPath. NTM_DATA_DIR / NTM_DB_PATH override the locations (tests,
 * portable installs), by the one rule of envOverride (empty = unset). Shipped files are found relative to the app (inside the asar).
 */
export function resolveAppPaths(
  app: Pick<App, 'getPath' | 'getAppPath'>,
  env: NodeJS.ProcessEnv = process.env,
): AppPaths {
  const dataDirOverride = envOverride('NTM_DATA_DIR', env);
  const dataDir = dataDirOverride ? path.resolve(dataDirOverride) : path.join(app.getPath('userData'), 'data');
  const appRoot = app.getAppPath();
  return {
    dataDir,
    dbPath: defaultDbPath(dataDir, env),
    migrationsDir: path.join(appRoot, 'db', 'migrations'),
    nationalDir: path.join(appRoot, 'db', 'seed', 'national'),
    geoDir: path.join(appRoot, 'db', 'geo'),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    preloadFile: path.join(appRoot, 'dist-electron', 'preload.cjs'),
  };
}
