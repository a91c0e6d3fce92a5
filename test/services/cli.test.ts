import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { tempDataDir } from '../helpers/temp';

/** `npm run doc` as a person runs it: the real command line against a fresh default database. */
const doc = (args: string[], dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], { env: { ...process.env, NTM_DATA_DIR: dataDir, NTM_DB_PATH: '' }, encoding: 'utf8' });

describe('npm run doc', () => {
  it('writes the 2022 plan and a 6-month report, and refuses a bad period in Vietnamese', async () => {
    const dir = tempDataDir();
    const out = path.join(dir, 'ke-hoach-2022.docx');
    const plan = doc(['plan', '--year', '2022', '--number', '05', '--date', '11/07/2022', '--out', out], dir);
    expect(plan.status, plan.stderr).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Số: 05/KH-BCĐ');
    expect(xml).toContain('6.259.605 triệu đồng');
    const report = doc(['report', '--period', '2022-H1', '--out', path.join(dir, 'bc.docx')], dir);
    expect(report.status, report.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'bc.docx'))).toBe(true);
    const bad = doc(['report', '--period', '2022-H3', '--out', path.join(dir, 'x.docx')], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Kỳ báo cáo «2022-H3» không hợp lệ/);
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  }, 120_000);
});
