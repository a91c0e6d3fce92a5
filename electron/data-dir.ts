import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'NTM Office';
export const DB_FILE_NAME = 'ntm-office.db';

/**
 * Where the data lives when Electron is not there to ask (web bridge, command line): the same
 * folder Electron's userData resolves to for productName "NTM Office", so all three share one
 * database. NTM_DATA_DIR overrides it (tests, portable use).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NTM_DATA_DIR) return path.resolve(env.NTM_DATA_DIR);
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, APP_FOLDER, 'data');
}
