import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { smashPages } from '../helpers/db-files';
import { tempDataDir, withDemo } from '../helpers/temp';
import { screenshotsAtSizes, withApp } from './harness';

/** A data file opened on three days in a row: three daily backups in its sao-luu folder. */
async function dataWithBackups(): Promise<string> {
  const dir = tempDataDir();
  for (const day of ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01']) {
    const ctx = await createServiceContext({
      dbPath: path.join(dir, 'ntm-office.db'),
      dataDir: dir,
      migrationsDir: SOURCE_MIGRATIONS_DIR,
      appVersion: 'e2e',
      now: () => new Date(`${day}T01:30:00Z`),
    });
    withDemo(ctx);
    ctx.close();
  }
  return dir;
}

describe('backups and recovery in Chromium', () => {
  it('Cài đặt › Khôi phục lists backups with what they hold and restores one', async () =>
    withApp({ dataDir: await dataWithBackups() }, async (app) => {
      const { page } = app;
      await page.goto(`${app.bridge.url}#/cai-dat`);
      const table = page.getByRole('table', { name: 'Các bản sao lưu' });
      await table.waitFor();
      const rows = table.locator('tbody tr');
      // Three days of backups, and today's (the test clock says 11/07/2022) taken when the app opened.
      await expect.poll(() => rows.count()).toBe(4);
      expect(await rows.first().innerText()).toMatch(
        /51 xã · [\d.]+ kết quả tiêu chí · [\d.]+ công trình · [\d.]+ sản phẩm OCOP · 0 văn bản/,
      );
      expect(await rows.first().innerText()).toContain('Tự động đầu ngày');
      await page.getByRole('heading', { name: 'Sao lưu và khôi phục' }).scrollIntoViewIfNeeded();
      await screenshotsAtSizes(page, 'khoi-phuc');

      page.once('dialog', (d) => void d.accept());
      await rows
        .last()
        .getByRole('button', { name: /^Khôi phục bản/ })
        .click();
      // The page reloads on the restored file; the file in use before is now a listed backup.
      await page.getByText(/^Đã khôi phục dữ liệu về bản sao lưu lúc/).waitFor();
      await page.getByRole('cell', { name: 'Tệp đang dùng trước khi khôi phục' }).waitFor();
      expect(app.errors).toEqual([]);
    }));

  it('a damaged data file opens on the recovery screen and the newest good backup brings the app back', async () => {
    const dir = await dataWithBackups();
    const file = path.join(dir, 'ntm-office.db');
    smashPages(file, Math.floor(fs.statSync(file).size / 4096 / 2), 8);
    await withApp({ dataDir: dir, recoverDamaged: true }, async ({ page, errors }) => {
      await page.getByRole('heading', { name: 'Không mở được tệp dữ liệu' }).waitFor();
      const message = await page.getByTestId('damage-message').innerText();
      expect(message).toMatch(/Tệp dữ liệu «ntm-office\.db» \(thư mục .*\) bị hỏng/);
      expect(message).toMatch(/chuyển nguyên vẹn sang «ntm-office-hong-/);
      expect(message).not.toMatch(/SQLITE|database|malformed/i);
      await page.getByText('Bản sao lưu tốt gần nhất:').waitFor();
      await screenshotsAtSizes(page, 'tep-hong');

      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
      await page.getByRole('link', { name: 'Danh sách xã' }).waitFor();
      await page.getByRole('link', { name: 'Danh sách xã' }).click();
      await page.getByTestId('commune-count').filter({ hasText: '51 xã' }).waitFor();
      expect(errors).toEqual([]);
    });
  });
});
