import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { screenshot, withApp } from './harness';
import { tempDataDir } from '../helpers/temp';

describe('OCOP: Hoàn tác / Làm lại in Chromium', () => {
  it('undoes and redoes an edit of a product and of a producer, each a saved, audited change', async () => {
    const dataDir = tempDataDir();
    await withApp({ dataDir }, async ({ page, errors }) => {
      const nameCell = (text: string) => page.locator('.ocop-grid .ag-row .ag-cell[col-id="name"]', { hasText: text });
      await page.getByRole('link', { name: 'OCOP' }).click();
      await page.getByLabel('Tìm sản phẩm').fill('bot chuoi xiem');
      await nameCell('Bột chuối xiêm').first().click();
      await page.getByRole('button', { name: 'Sửa thông tin' }).click();
      await page.getByRole('form', { name: 'Sửa sản phẩm' }).getByLabel('Tên sản phẩm').fill('Bột chuối xiêm sấy lạnh');
      await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
      await page.getByText('Đã lưu sản phẩm Bột chuối xiêm sấy lạnh.').waitFor();
      await page.getByLabel('Tìm sản phẩm').fill('');
      await nameCell('Bột chuối xiêm sấy lạnh').waitFor();

      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      await page.getByText('Đã khôi phục sản phẩm Bột chuối xiêm.').waitFor();
      await expect.poll(() => nameCell('Bột chuối xiêm sấy lạnh').count()).toBe(0);
      await nameCell('Bột chuối xiêm').first().waitFor();
      // Ctrl+Y (outside a text box) redoes.
      await page
        .locator('h1, .page')
        .first()
        .click({ position: { x: 2, y: 2 } });
      await page.keyboard.press('Control+y');
      await nameCell('Bột chuối xiêm sấy lạnh').waitFor();
      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      await expect.poll(() => nameCell('Bột chuối xiêm sấy lạnh').count()).toBe(0);

      // A producer edit, undone from the same history.
      await page.getByRole('tab', { name: 'Chủ thể' }).click();
      await page.getByLabel('Tìm chủ thể').fill('ky nhu');
      const rep = page.locator('.ocop-grid .ag-row .ag-cell[col-id="representative"]').first();
      const before = await rep.innerText();
      await page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Hợp tác xã Kỳ Như' }).dblclick();
      await page.getByLabel('Người đại diện').fill('Trần Văn Bảy');
      await page.getByRole('button', { name: 'Lưu chủ thể' }).click();
      await expect.poll(() => rep.innerText()).toBe('Trần Văn Bảy');
      await screenshot(page, 'ocop-undo');
      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      await expect.poll(() => rep.innerText()).toBe(before);
      expect(errors).toEqual([]);
    });
    // Each undo and redo went through the service: audited like the edits.
    const file = fs.readdirSync(dataDir).find((f) => f.endsWith('.db'))!;
    const db = new Database(path.join(dataDir, file), { readonly: true });
    try {
      const names = db
        .prepare("SELECT new_value FROM audit_log WHERE entity LIKE '%product%' AND field = 'name' ORDER BY id")
        .pluck()
        .all() as string[];
      expect(names.map((n) => n.replace(/^"|"$/g, '')).filter((n) => n.includes('Bột chuối xiêm'))).toEqual([
        'Bột chuối xiêm sấy lạnh',
        'Bột chuối xiêm',
        'Bột chuối xiêm sấy lạnh',
        'Bột chuối xiêm',
      ]);
    } finally {
      db.close();
    }
  });
});
