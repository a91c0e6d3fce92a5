import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, withApp } from './harness';

/** The grid row of a commune, found by its name cell (pinned and scrolling cells share one row). */
/** A row of the shown section's grid (kept sections are in the document too, hidden). */
const rowOf = (page: Page, name: string) =>
  page.locator('.ag-row:visible', {
    has: page.locator('.ag-cell[col-id="name"]', { hasText: new RegExp(`^${name}$`) }),
  });
const cellOf = (page: Page, name: string, colId: string) => rowOf(page, name).locator(`.ag-cell[col-id="${colId}"]`);

/** Column id of criterion number `no`, read from the headers (their tooltips carry the names). */
async function criterionCol(page: Page, no: number): Promise<string> {
  const headers = page.locator('.ag-header-cell[col-id^="c"]');
  const texts = await headers.allInnerTexts();
  const i = texts.findIndex((t) => t.trim() === String(no));
  const id = i < 0 ? null : await headers.nth(i).getAttribute('col-id');
  if (!id) throw new Error(`no header for criterion ${no}`);
  return id;
}

/** The browser globals the page scripts below use (this project compiles without the DOM library). */
interface PageGlobals {
  document: { activeElement: EventTarget | null; body: EventTarget };
  DataTransfer: new () => { setData(type: string, value: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => Event;
  navigator: { clipboard: { writeText(text: string): Promise<void> } };
}

/** A paste event carrying Excel's text, dispatched on the focused cell as the browser would. */
async function pasteInto(page: Page, text: string) {
  await page.evaluate((t) => {
    const w = globalThis as unknown as PageGlobals;
    const data = new w.DataTransfer();
    data.setData('text/plain', t);
    const target = w.document.activeElement ?? w.document.body;
    target.dispatchEvent(new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('Xã & tiêu chí in Chromium', () => {
  it('edits a cell, undoes it, pastes a block, refuses a broken import, and shows the figures', () =>
    withApp(async (app) => {
      const { page } = app;
      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      await page.getByTestId('matrix-count').filter({ hasText: '51 xã' }).waitFor();
      // The key help is folded away so the grid has the window; one click shows it.
      await page.getByText('Cách nhập: phím tắt và ký hiệu').click();
      await expect.poll(() => page.getByTestId('matrix-help').innerText()).toMatch(/«đ», «x», «1» hoặc «Đạt» → Đạt/);
      const c2 = await criterionCol(page, 2);

      // Edit: Tân Long misses criterion 2 (Giao thông) in 2022; "x" sets it to Đạt.
      await page.getByLabel('Tìm xã').fill('tan long');
      await page.getByTestId('matrix-count').filter({ hasText: '1 xã' }).waitFor();
      const cell = cellOf(page, 'Tân Long', c2);
      await expect.poll(() => cell.innerText()).toBe('—');
      await cell.click();
      await page.keyboard.press('x');
      await expect.poll(() => cell.innerText()).toBe('✓');
      const met = cellOf(page, 'Tân Long', 'met');
      await expect.poll(() => met.innerText()).toBe('15/19');

      // Undo (Ctrl+Z) and redo (Ctrl+Y) are saved changes too; Space toggles.
      await page.keyboard.press('Control+z');
      await expect.poll(() => cell.innerText()).toBe('—');
      await expect.poll(() => met.innerText()).toBe('14/19');
      await page.keyboard.press('Control+y');
      await expect.poll(() => cell.innerText()).toBe('✓');
      await page.keyboard.press(' ');
      await expect.poll(() => cell.innerText()).toBe('—');
      await expect.poll(() => met.innerText()).toBe('14/19');
      await page.getByRole('button', { name: 'Thêm' }).click();
      await page.getByRole('menuitem', { name: 'Lịch sử xã' }).click();
      const history = page.getByRole('complementary', { name: /Lịch sử thay đổi xã Tân Long/ });
      await expect.poll(() => history.locator('li').count()).toBe(4);
      const entries = await history.locator('li').allInnerTexts();
      expect(entries.map((e) => e.split('\n').slice(1).join(' | '))).toEqual([
        'Năm 2022 — tiêu chí 2. Giao thông | Đạt → Chưa đạt',
        'Năm 2022 — tiêu chí 2. Giao thông | Chưa đạt → Đạt',
        'Năm 2022 — tiêu chí 2. Giao thông | Đạt → Chưa đạt',
        'Năm 2022 — tiêu chí 2. Giao thông | Chưa đạt → Đạt',
      ]);
      await screenshot(page, 'criteria-history');
      await page.getByRole('button', { name: 'Đóng lịch sử' }).click();

      // Paste a 2 × 2 block copied from Excel onto Phú Hữu and the commune below it.
      await page.getByLabel('Tìm xã').fill('');
      // Kept sections are in the document too (hidden): the shown one's filter.
      await page.getByLabel('Đơn vị cấp huyện').filter({ visible: true }).selectOption({ label: 'huyện Châu Thành' });
      await page.getByTestId('matrix-count').filter({ hasText: '6 xã' }).waitFor();
      const c16 = await criterionCol(page, 16);
      const c17 = await criterionCol(page, 17);
      const start = cellOf(page, 'Phú Hữu', c16);
      await start.click();
      const index = Number(await rowOf(page, 'Phú Hữu').first().getAttribute('row-index'));
      // The commune shown just below Phú Hữu receives the block's second line.
      const below = (
        await page.locator(`.ag-row[row-index="${index + 1}"]:visible .ag-cell[col-id="name"]`).innerText()
      ).trim();
      // Real Ctrl+V from the system clipboard, as Excel leaves it.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.bridge.url });
      await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).navigator.clipboard.writeText('Đạt\tChưa đạt\r\n0\tx\r\n'),
      );
      await page.keyboard.press('Control+v');
      await page.getByText('Đã dán và lưu').waitFor();
      await expect.poll(() => cellOf(page, 'Phú Hữu', c17).innerText()).toBe('—');
      await expect.poll(() => cellOf(page, below, c16).innerText()).toBe('—');
      await expect.poll(() => cellOf(page, below, c17).innerText()).toBe('✓');
      await expect.poll(() => cellOf(page, 'Phú Hữu', 'warning').innerText()).toBe('Có nguy cơ rớt chuẩn');

      // A block with one bad value is refused whole, naming the commune and the column
      // (this time as a paste event carrying the text, the way the grid receives it).
      await start.click();
      await pasteInto(page, 'Đạt\tĐạt\r\nĐạt\tcó lẽ\r\n');
      await page.getByRole('alert').filter({ hasText: 'Không dán được' }).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'Không dán được' }).innerText()).toContain(
        `Xã ${below} (huyện Châu Thành), cột «17. Môi trường và an toàn thực phẩm»: «có lẽ»`,
      );
      await expect.poll(() => cellOf(page, 'Phú Hữu', c17).innerText()).toBe('—');
      await screenshot(page, 'criteria-grid');

      // Import a workbook with one bad cell: refused, the message names the row, nothing changes.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Năm 2022');
      ws.addRow(['Đơn vị cấp huyện', 'Tên xã', '1. Quy hoạch', '2. Giao thông']);
      ws.addRow(['huyện Châu Thành', 'Phú Tân', 'Chưa đạt', 'Chưa đạt']);
      ws.addRow(['huyện Phụng Hiệp', 'Tân Long', 'Đạt', 'gần đạt']);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-import-')), 'ket-qua-2022.xlsx');
      await wb.xlsx.writeFile(file);
      await page.getByRole('button', { name: 'Thêm' }).click();
      await page.getByRole('menuitem', { name: 'Nhập từ Excel' }).click();
      await page.getByLabel('Chọn tệp Excel').setInputFiles(file);
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      expect(await errors.innerText()).toMatch(
        /Sheet «Năm 2022», dòng 3, cột «2\. Giao thông»: xã Tân Long \(huyện Phụng Hiệp\): «gần đạt» không hợp lệ/,
      );
      expect(await page.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
      await screenshot(page, 'criteria-import-error');
      await page.getByRole('button', { name: 'Hủy' }).click();
      const phuTan = cellOf(page, 'Phú Tân', await criterionCol(page, 1));
      await expect.poll(() => phuTan.innerText()).toBe('✓');

      // The province's figures follow the data: Phú Hữu now misses 17, so it is at risk.
      await page.getByRole('tab', { name: 'Số liệu tỉnh' }).click();
      await page.getByTestId('criteria-figures').waitFor();
      expect(await page.getByTestId('criteria-figures').getByTestId('stat-Xã đạt chuẩn NTM').innerText()).toMatch(
        /38\/51[\s\S]*74,5%/,
      );
      expect(await page.getByTestId('at-risk').innerText()).toContain(
        'Phú Hữu (huyện Châu Thành): đã đạt NTM, năm 2022 chỉ đạt 18/19 tiêu chí',
      );
      await screenshot(page, 'criteria-figures');

      // Back on the grid, the rows are the saved ones (not those loaded when the page opened).
      await page.getByRole('tab', { name: 'Bảng tiêu chí' }).click();
      await page.getByLabel('Tìm xã').fill('phu huu');
      await expect.poll(() => cellOf(page, 'Phú Hữu', c17).innerText()).toBe('—');
      expect(await page.getByRole('button', { name: 'Hoàn tác' }).isEnabled()).toBe(true);

      await page.getByRole('tab', { name: 'Bộ tiêu chí' }).click();
      await page.getByText('chưa kiểm chứng').first().waitFor();
      await screenshot(page, 'criteria-set');
      expect(app.errors).toEqual([]);
    }));
});
