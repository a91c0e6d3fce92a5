import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { tempDataDir } from '../helpers/temp';

/**
 * A person's environment with a fresh home folder: no NTM_* override (set empty, which counts as
 * unset), so the commands use the app's own data file in that home.
 */
const personEnv = (home: string): NodeJS.ProcessEnv => ({
  ...process.env,
  HOME: home,
  USERPROFILE: home,
  APPDATA: '',
  XDG_CONFIG_HOME: '',
  NTM_DATA_DIR: '',
  NTM_DB_PATH: '',
});

/** The data file Electron's userData gives productName "NTM Office" in that home, written out by hand. */
const appDataFile = (home: string): string =>
  path.join(
    home,
    ...(process.platform === 'win32'
      ? ['AppData', 'Roaming']
      : process.platform === 'darwin'
        ? ['Library', 'Application Support']
        : ['.config']),
    'NTM Office',
    'data',
    'ntm-office.db',
  );

const unitCount = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM admin_units').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** A command line as a person runs it (`npm run …`): the real script against the default database of `home`. */
const command = (script: string) => (args: string[], home: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: personEnv(home),
    encoding: 'utf8',
  });

/** `npm run doc`: the plan and reports as .docx. */
const doc = command('electron/cli.ts');

describe('npm run doc', () => {
  it('writes the 2022 plan and a 6-month report, and refuses a bad period in Vietnamese', async () => {
    const dir = tempDataDir();
    const out = path.join(dir, 'ke-hoach-2022.docx');
    const dataFile = appDataFile(dir);
    expect(fs.existsSync(dataFile)).toBe(false);
    const plan = doc(['plan', '--year', '2022', '--number', '05', '--date', '11/07/2022', '--out', out], dir);
    expect(plan.status, plan.stderr).toBe(0);
    // The command worked on the app's own data file: created there, the demo seeded into it…
    expect(plan.stdout).toContain('Tệp dữ liệu còn trống: đã nạp dữ liệu mẫu');
    expect(plan.stdout).toContain(`Dữ liệu: ${dataFile}`);
    expect(unitCount(dataFile)).toBeGreaterThan(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Số: 05/KH-BCĐ');
    expect(xml).toContain('6.259.605 triệu đồng');
    const report = doc(['report', '--period', '2022-H1', '--out', path.join(dir, 'bc.docx')], dir);
    expect(report.status, report.stderr).toBe(0);
    // …and the next command finds the data there (an anonymous temporary database would be empty again).
    expect(report.stdout).not.toContain('Tệp dữ liệu còn trống');
    expect(report.stdout).toContain(`Dữ liệu: ${dataFile}`);
    expect(fs.existsSync(path.join(dir, 'bc.docx'))).toBe(true);
    const bad = doc(['report', '--period', '2022-H3', '--out', path.join(dir, 'x.docx')], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Kỳ báo cáo «2022-H3» không hợp lệ/);
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  }, 120_000);
});

/** `npm run data`: a province's data file for scripts and IT staff. */
const data = command('electron/cli-data.ts');

describe('npm run data', () => {
  it('makes a province file (refusing an existing one) that npm run doc then works on', async () => {
    const dir = tempDataDir();
    const db = path.join(dir, 'cần thơ.db');
    const made = data(['new', '--province', '92', '--db', db, '--with-pre2025'], dir);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Đã tạo dữ liệu Thành phố Cần Thơ: 103 đơn vị cấp xã (72 xã, 31 phường, 0 đặc khu).');
    expect(made.stdout).toMatch(/263 đơn vị cấp xã/);
    const again = data(['new', '--province', '92', '--db', db], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/đã có; lệnh này chỉ tạo tệp mới và không ghi đè/);
    const unknown = data(['new', '--province', '93', '--db', path.join(dir, 'x.db')], dir);
    expect(unknown.stderr).toMatch(/Không có tỉnh\/thành phố mã «93»/);
    expect(fs.existsSync(path.join(dir, 'x.db'))).toBe(false);
    const out = path.join(dir, 'ke-hoach-2026.docx');
    const plan = doc(['plan', '--year', '2026', '--db', db, '--out', out], dir);
    expect(plan.status, plan.stderr).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('UBND THÀNH PHỐ CẦN THƠ');
    expect(xml).not.toContain('Hậu Giang');
    // --db names the file: the app's own data file is left alone.
    expect(fs.existsSync(appDataFile(dir))).toBe(false);
  }, 120_000);
});
