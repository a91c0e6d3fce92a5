import type { App } from 'electron';
import path from 'node:path';
import { DB_FILE_NAME } from './data-dir';

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
 * portable installs). Shipped files are found relative to the app (inside the asar).
 */
export function resolveAppPaths(app: Pick<App, 'getPath' | 'getAppPath'>, env: NodeJS.ProcessEnv = process.env): AppPaths {
  const dataDir = env.NTM_DATA_DIR ? path.resolve(env.NTM_DATA_DIR) : path.join(app.getPath('userData'), 'data');
  const appRoot = app.getAppPath();
  return {
    dataDir,
    dbPath: env.NTM_DB_PATH ? path.resolve(env.NTM_DB_PATH) : path.join(dataDir, DB_FILE_NAME),
    migrationsDir: path.join(appRoot, 'db', 'migrations'),
    nationalDir: path.join(appRoot, 'db', 'seed', 'national'),
    geoDir: path.join(appRoot, 'db', 'geo'),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    preloadFile: path.join(appRoot, 'dist-electron', 'preload.cjs'),
  };
}
