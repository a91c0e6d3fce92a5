import { describe, it, expect } from 'vitest';
import http from 'node:http';
import { startApp, screenshot, withApp } from './harness';

describe('foundation in Chromium over the loopback bridge', () => {
  it('shows the dashboard, edits a commune, and the edit survives a reload and a restart', async () => {
    let app = await startApp();
    const { page } = app;
    try {
      await page.getByTestId('stat-Xã đạt chuẩn NTM').waitFor();
      await expect.poll(() => page.getByTestId('stat-Xã đạt chuẩn NTM').innerText()).toContain('38/51');
      expect(await page.getByTestId('stat-Xã đạt chuẩn NTM').innerText()).toContain('74,5%');
      expect(await page.getByTestId('stat-Bình quân tiêu chí/xã').innerText()).toContain('18,2');
      expect(await page.getByText('Dữ liệu mẫu.').count()).toBe(1);
      await screenshot(page, 'dashboard');

      await page.getByRole('link', { name: 'Danh sách xã' }).click();
      await page.getByTestId('commune-count').filter({ hasText: '51 xã' }).waitFor();
      await page.getByLabel('Tìm xã').fill('vi binh');
      await page.getByTestId('commune-count').filter({ hasText: '1 xã' }).waitFor();
      const row = page.locator('.ag-row', { has: page.locator('.ag-cell[col-id="name"]', { hasText: /^Vị Bình$/ }) });
      const notes = row.locator('.ag-cell[col-id="notes"]');
      await notes.dblclick();
      await page.keyboard.type('Phấn đấu 19/19 tiêu chí');
      await page.keyboard.press('Enter');
      await page.getByText('Đã lưu xã Vị Bình.').waitFor();

      // A bad value is refused with a message and the old name comes back.
      const name = row.locator('.ag-cell[col-id="name"]');
      await name.dblclick();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: 'Tên xã không được để trống' }).waitFor();
      await expect.poll(() => name.innerText()).toBe('Vị Bình');

      await page.reload();
      await page.getByLabel('Tìm xã').fill('vi binh');
      await expect.poll(() => notes.innerText()).toBe('Phấn đấu 19/19 tiêu chí');
      await page.getByLabel('Tìm xã').fill('');
      await page.getByTestId('commune-count').filter({ hasText: '51 xã' }).waitFor();
      await screenshot(page, 'communes');
      expect(app.errors).toEqual([]);
    } finally {
      await app.stop();
    }
    // Restart on the same data folder: the edit is in the file.
    app = await startApp(app.dataDir);
    try {
      await app.page.getByRole('link', { name: 'Danh sách xã' }).click();
      await app.page.getByLabel('Tìm xã').fill('vị bình');
      const row2 = app.page.locator('.ag-row', {
        has: app.page.locator('.ag-cell[col-id="name"]', { hasText: /^Vị Bình$/ }),
      });
      await expect.poll(() => row2.locator('.ag-cell[col-id="notes"]').innerText()).toBe('Phấn đấu 19/19 tiêu chí');
    } finally {
      await app.stop();
    }
  });

  it('refuses API calls without the session token', () =>
    withApp(async ({ bridge }) => {
      const res = await fetch(`${bridge.url}api/communes.list`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
        /Phiên làm việc không hợp lệ/,
      );
      // A page on another name that resolves here (DNS rebinding) is refused by its Host header.
      const port = new URL(bridge.url).port;
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/communes.list',
            method: 'POST',
            headers: { host: `evil.example:${port}`, 'x-ntm-token': bridge.token },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(status).toBe(421);
    }));
});
