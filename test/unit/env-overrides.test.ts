import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { defaultDataDir, defaultDbPath, envOverride } from '../../electron/data-dir';
import { resolveAppPaths } from '../../electron/paths';
import { chromiumExecutable } from '../helpers/chromium';

const app = { getPath: () => '/profile/NTM Office', getAppPath: () => '/opt/ntm' };

describe('environment overrides: one rule for every entry point', () => {
  it('treats unset, empty and blank variables alike as «not set»', () => {
    expect(envOverride('NTM_DB_PATH', {})).toBeUndefined();
    expect(envOverride('NTM_DB_PATH', { NTM_DB_PATH: '' })).toBeUndefined();
    expect(envOverride('NTM_DB_PATH', { NTM_DB_PATH: '  ' })).toBeUndefined();
    expect(envOverride('NTM_DB_PATH', { NTM_DB_PATH: 'a.db' })).toBe('a.db');
  });

  it('gives the same data file to the shell and to the command lines', () => {
    const dir = path.resolve('dữ liệu');
    for (const env of [{ NTM_DATA_DIR: dir }, { NTM_DATA_DIR: dir, NTM_DB_PATH: '' }]) {
      expect(resolveAppPaths(app, env).dbPath).toBe(path.join(dir, 'ntm-office.db'));
      expect(defaultDbPath(defaultDataDir(env), env)).toBe(path.join(dir, 'ntm-office.db'));
    }
    const env = { NTM_DATA_DIR: '', NTM_DB_PATH: 'khác.db' };
    expect(resolveAppPaths(app, env).dbPath).toBe(path.resolve('khác.db'));
    expect(defaultDbPath(defaultDataDir(env), env)).toBe(path.resolve('khác.db'));
    expect(resolveAppPaths(app, { NTM_DATA_DIR: '' }).dataDir).toBe(path.join('/profile/NTM Office', 'data'));
  });

  it("reads the tools' variables the same way: an empty CHROMIUM_PATH is the default browser", () => {
    expect(chromiumExecutable({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
    expect(chromiumExecutable({ CHROMIUM_PATH: ' ' })).toBe('/usr/bin/chromium');
    expect(chromiumExecutable({ CHROMIUM_PATH: '/opt/chrome' })).toBe('/opt/chrome');
    expect(envOverride('NTM_BENCH_CHILD', { NTM_BENCH_CHILD: '' })).toBeUndefined();
  });

  it('never puts the data folder in a relative path when a base variable is empty', () => {
    expect(path.isAbsolute(defaultDataDir({ NTM_DATA_DIR: '', XDG_CONFIG_HOME: '', APPDATA: '' }))).toBe(true);
  });
});
