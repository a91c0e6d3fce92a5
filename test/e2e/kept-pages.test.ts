import { describe, it, expect } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startApp } from './harness';

/**
 * A visited section stays as the person left it while the data file is unchanged (no new read, no
 * new grid), is hidden while another section shows (nothing of it can be seen, focused or
 * reached by role), and reads its data again in place
 * once the data changed meanwhile (here by another program writing the file), keeping the person's
 * search and the grid.
 */
describe('Sections kept across switches in Chromium', () => {
  it('keeps Xã & tiêu chí while nothing changed and reads its data again in place after a change', async () => {
    const app = await startApp();
    const { page } = app;
    const count = page.getByTestId('matrix-count');
    const search = page.getByLabel('Tìm xã');
    const matrixReads: string[] = [];
    page.on('request', (r) => r.url().includes('/api/criteria.matrix') && matrixReads.push(r.url()));
    try {
      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      await count.filter({ hasText: '51 xã' }).waitFor();
      await search.fill('tan long');
      await count.filter({ hasText: /^1 xã$/ }).waitFor();
      const reads = matrixReads.length;
      expect(reads).toBeGreaterThan(0);

      await page.getByRole('link', { name: 'Hướng dẫn' }).click();
      await page.locator('main h1.page-title', { hasText: 'Hướng dẫn' }).waitFor();
      // The kept section is hidden: nothing of it can be seen, reached by role or focused.
      await expect.poll(() => count.isVisible()).toBe(false);
      expect(await page.getByRole('textbox', { name: 'Tìm xã' }).count()).toBe(0);
      expect(
        await search.evaluate((el) => {
          (el as unknown as { focus(): void }).focus();
          const doc = (globalThis as unknown as { document: { activeElement: unknown } }).document;
          return doc.activeElement === el;
        }),
      ).toBe(false);

      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      await count.filter({ hasText: /^1 xã$/ }).waitFor();
      expect(await search.inputValue()).toBe('tan long');
      expect(matrixReads.length).toBe(reads);
      await page
        .getByTestId('matrix-grid')
        .evaluate((el) => void ((el as unknown as { keptMark?: number }).keptMark = 1));

      // Another program renames a xã while the person reads the guide.
      await page.getByRole('link', { name: 'Hướng dẫn' }).click();
      await page.locator('main h1.page-title', { hasText: 'Hướng dẫn' }).waitFor();
      const db = new Database(path.join(app.dataDir, 'ntm-office.db'));
      try {
        db.prepare("UPDATE admin_units SET name = 'Tân Long Mới' WHERE name = 'Tân Long' AND kind = 'xa'").run();
      } finally {
        db.close();
      }
      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      // Read again in place: the person's search and the grid itself stay, the new name comes in.
      await expect.poll(() => page.locator('.ag-cell[col-id="name"]', { hasText: 'Tân Long Mới' }).count()).toBe(1);
      await expect.poll(() => page.locator('main .page-host[aria-busy]').count()).toBe(0);
      expect(matrixReads.length).toBeGreaterThan(reads);
      expect(await search.inputValue()).toBe('tan long');
      expect(
        await page.getByTestId('matrix-grid').evaluate((el) => (el as unknown as { keptMark?: number }).keptMark),
      ).toBe(1);
      await search.fill('tan long moi');
      await count.filter({ hasText: /^1 xã$/ }).waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
