import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { CHANNELS } from '../../shared/api/contract';

/**
 * The desktop shell cannot be launched here, so the BUILT main and preload bundles are loaded
 * against a stand-in `electron` module in a child process and their wiring is checked.
 */
const root = process.cwd();
const built = path.join(root, 'dist-electron');
// The driver reports a loose JSON shape; the assertions below pin what matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let report: Record<string, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let packaged: Record<string, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let damaged: Record<string, any>;
let damagedFile = '';
let savedPdf = '';

beforeAll(() => {
  // Always rebuild: a stale bundle would check yesterday's wiring.
  execFileSync('npx', ['tsx', 'scripts/build-electron.ts'], { cwd: root });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-shell-'));
  fs.cpSync(built, path.join(dir, 'dist-electron'), { recursive: true });
  fs.copyFileSync(path.join(root, 'test/fixtures/shell-driver.mjs'), path.join(dir, 'driver.mjs'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const nm = path.join(dir, 'node_modules');
  fs.mkdirSync(nm);
  for (const name of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (name !== 'electron' && name !== '.bin')
      fs.symlinkSync(path.join(root, 'node_modules', name), path.join(nm, name));
  }
  fs.cpSync(path.join(root, 'test/fixtures/electron-stand-in'), path.join(nm, 'electron'), { recursive: true });
  const run = (userData: string, env: Record<string, string> = {}) => {
    const stdout = execFileSync(process.execPath, ['driver.mjs'], {
      cwd: dir,
      env: {
        ...process.env,
        STAND_IN_APP_PATH: root,
        STAND_IN_USER_DATA: userData,
        NTM_DATA_DIR: '',
        NTM_DB_PATH: '',
        ...env,
      },
      encoding: 'utf8',
    });
    return JSON.parse(stdout.trim().split('\n').pop()!);
  };
  savedPdf = path.join(dir, 'ban-in.pdf');
  report = run(path.join(dir, 'Nguyễn Văn Á'), { STAND_IN_SAVE_PATH: savedPdf });
  packaged = run(path.join(dir, 'Đã cài đặt'), { STAND_IN_PACKAGED: '1' });
  const damagedData = path.join(dir, 'Tệp hỏng', 'data');
  fs.mkdirSync(damagedData, { recursive: true });
  damagedFile = path.join(damagedData, 'ntm-office.db');
  fs.writeFileSync(damagedFile, 'không phải cơ sở dữ liệu '.repeat(100));
  damaged = run(path.join(dir, 'Tệp hỏng'), { STAND_IN_PACKAGED: '1' });
}, 120_000);

describe('desktop shell wiring (built bundles, stand-in electron)', () => {
  it('opens one secure window on the app protocol', () => {
    expect(report.errors).toEqual([]);
    expect(report.singleInstance).toBe(true);
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(fs.existsSync(report.webPreferences.preload)).toBe(true);
    expect(report.webPreferences.preload.endsWith('preload.cjs')).toBe(true);
    expect(report.loadedUrls).toEqual(['app://ntm/index.html']);
    expect(report.switches).toEqual([['lang', 'vi']]);
    expect(report.privilegedSchemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('registers every contract channel, checks the sender and validates input', () => {
    expect(report.channels).toEqual([...CHANNELS].sort());
    expect(report.foreignCall).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.fileCall).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A new data folder starts empty (the renderer shows the first-start choice): no xã yet.
    expect(report.appCallCount).toBe(0);
    expect(report.invalidCall).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(report.invalidCall.error.message).toMatch(/Tên xã không được để trống/);
    // A read carries main's token for its answer; the same read naming it gets only what changed.
    expect(report.readCall).toMatchObject({ ok: true, value: { units: [] } });
    expect(report.readAgain).toEqual({
      ok: true,
      delta: { k: {} },
      since: report.readCall.token,
      token: expect.any(String),
    });
  });

  it('prints the rendered page and saves it as PDF with the page CSS deciding A4 and orientation', () => {
    expect(report.printCall).toEqual({ ok: true, value: { handled: true, savedPath: null } });
    expect(report.printed).toEqual([{ printBackground: true }]);
    expect(report.pdfOptions).toEqual([{ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }]);
    expect(report.saveDialogs).toEqual(['Ke-hoach-05-KH-BCD.pdf']);
    expect(report.pdfCall).toEqual({ ok: true, value: { handled: true, savedPath: savedPdf } });
    expect(fs.readFileSync(savedPdf, 'utf8')).toBe('%PDF-1.7 stand-in');
  });

  it('refuses navigation away, new windows and permissions', () => {
    expect(report.navigateAwayPrevented).toBe(true);
    expect(report.navigateInsidePrevented).toBe(false);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.windowOpenFile).toEqual({ action: 'deny' });
    expect(report.opened).toEqual(['https://example.com/']);
    expect(report.permissionGranted).toBe(false);
    expect(report.permissionCheck).toBe(false);
  });

  it('serves the renderer with a strict CSP and no path traversal', () => {
    expect(report.indexStatus).toBe(200);
    expect(report.indexCsp).toMatch(/default-src 'none'/);
    expect(report.indexCsp).toMatch(/script-src 'self'(;|$)/);
    expect(report.indexCsp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(report.indexCsp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(report.indexHasNonceMeta).toBe(true);
    expect(report.traversalStatus).toBe(404);
    expect(report.otherHostStatus).toBe(404);
  });

  it('ships a CommonJS preload that exposes only an allow-listed invoke', async () => {
    const code = fs.readFileSync(path.join(built, 'preload.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const exposed: { key?: string; value?: { invoke(c: string, i: unknown, since?: unknown): Promise<unknown> } } = {};
    const calls: string[] = [];
    const args: unknown[][] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: never) => Object.assign(exposed, { key, value }) },
      ipcRenderer: {
        invoke: async (c: string, ...rest: unknown[]) => (calls.push(c), args.push(rest), { ok: true, value: c }),
      },
    };
    const module = { exports: {} };
    vm.runInNewContext(code, {
      require: (id: string) => (id === 'electron' ? fakeElectron : undefined),
      module,
      exports: module.exports,
      Set,
      Promise,
    });
    expect(exposed.key).toBe('api');
    expect(Object.keys(exposed.value!)).toEqual(['invoke']);
    expect(await exposed.value!.invoke('communes.list', {})).toEqual({ ok: true, value: 'communes.list' });
    expect(await exposed.value!.invoke('fs.readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(calls).toEqual(['communes.list']);
    // The token of a held answer is forwarded only when it is a short plain word.
    await exposed.value!.invoke('units.list', { year: 2022 }, 'aB3_-x');
    await exposed.value!.invoke('units.list', {}, '../../x');
    await exposed.value!.invoke('units.list', {}, { toString: () => 'x' });
    expect(args.slice(1)).toEqual([[{ year: 2022 }, 'aB3_-x'], [{}], [{}]]);
  });

  it('DevTools and the reload shortcut only in a development build', () => {
    expect(report.devToolsPref).toBe(true);
    expect(report.menuRoles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(report.keysPrevented.ctrlR).toBe(false);
    expect(packaged.errors).toEqual([]);
    expect(packaged.devToolsPref).toBe(false);
    expect(packaged.menuRoles).toEqual(expect.arrayContaining(['copy', 'paste']));
    expect(packaged.menuRoles.filter((r: string) => /reload|devtools/i.test(r))).toEqual([]);
    expect(packaged.keysPrevented).toEqual({
      ctrlR: true,
      f5: true,
      f12: true,
      ctrlShiftI: true,
      ctrlC: false,
      typing: false,
    });
  });

  it('a damaged data file still opens the window, on the recovery screen, in Vietnamese', () => {
    expect(damaged.errors).toEqual([]);
    expect(damaged.loadedUrls).toEqual(['app://ntm/index.html']);
    expect(damaged.systemInfo).toMatchObject({
      ok: true,
      value: { dataState: 'damaged', damage: { kind: 'not-sqlite' } },
    });
    expect(damaged.systemInfo.value.damage.message).toMatch(/không phải tệp dữ liệu NTM Office/);
    expect(damaged.systemInfo.value.damage.message).not.toMatch(/SQLITE|database/i);
    expect(damaged.appCallCount).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
    // Set aside untouched, never refilled.
    expect(fs.existsSync(damagedFile)).toBe(false);
    expect(fs.readFileSync(damaged.systemInfo.value.damage.setAsideTo, 'utf8')).toBe(
      'không phải cơ sở dữ liệu '.repeat(100),
    );
  });
});
