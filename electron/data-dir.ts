import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'NTM Office';
export const DB_FILE_NAME = 'ntm-office.db';

/**
 * The environment variables the code reads: the entry points (Electron shell, web bridge, command
 * lines), and the tools (NTM_BENCH_CHILD: the bench a child process runs; CHROMIUM_PATH: the browser
 * of the e2e tests and benches).
 */
export type EnvName =
  'NTM_DATA_DIR' | 'NTM_DB_PATH' | 'NTM_PORT' | 'APPDATA' | 'XDG_CONFIG_HOME' | 'NTM_BENCH_CHILD' | 'CHROMIUM_PATH';

/**
 * The one rule for environment overrides, used by every entry point: a variable that is unset,
 * empty or only blanks is «not set». (`NTM_DB_PATH=` must not open an anonymous temporary
 * database, as better-sqlite3 does for an empty file name.)
 */
export function envOverride(name: EnvName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Where the data lives when Electron is not there to ask (web bridge, command line): the same
 * folder Electron's userData resolves to for productName "NTM Office", so all three share one
 * database. NTM_DATA_DIR overrides it (tests, portable use).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = envOverride('NTM_DATA_DIR', env);
  if (override) return path.resolve(override);
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (envOverride('APPDATA', env) ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (envOverride('XDG_CONFIG_HOME', env) ?? path.join(home, '.config'));
  return path.join(base, APP_FOLDER, 'data');
}

/** The database file: NTM_DB_PATH if set, else the app's file in the data folder. */
export function defaultDbPath(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = envOverride('NTM_DB_PATH', env);
  return override ? path.resolve(override) : path.join(dataDir, DB_FILE_NAME);
}
