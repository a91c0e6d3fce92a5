import { describe, it, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { screenshot, withApp } from './harness';
import { dispatchPaste } from './page-io';

/** A row of an AG Grid (by the text of one of its cells), as people find it. */
const gridRow = (page: Page, grid: string, colId: string, text: string | RegExp) =>
  page
    .getByTestId(grid)
    .locator('.ag-row:not(.ag-row-pinned)', { has: page.locator(`.ag-cell[col-id="${colId}"]`, { hasText: text }) });
/** A source's row of the province grid (by its id: the source code). */
const sourceRow = (page: Page, code: string) => page.getByTestId('sources-grid').locator(`.ag-row[row-id="${code}"]`);
const pinnedRow = (page: Page, grid: string) => page.getByTestId(grid).locator('.ag-row-pinned');

/** What Excel puts on the clipboard, delivered as a real paste event on the focused grid. */
async function paste(page: Page, cell: Locator, text: string) {
  await cell.click();
  await dispatchPaste(cell, text);
}

describe('Nguồn vốn in Chromium', () => {
  it('shows the 2022 funding, edits amounts with totals following, and refuses an invalid paste', () =>
    withApp({ failureScreenshot: 'funding-failure' }, async ({ page, errors }) => {
      await page.getByRole('link', { name: 'Nguồn vốn' }).click();
      await expect.poll(() => page.getByTestId('funding-stat-need').innerText()).toContain('6.259.605');
      expect(await page.getByTestId('funding-stat-rate').innerText()).toContain('%');
      expect(await page.getByText('(đơn vị: triệu đồng)').count()).toBe(1);
      expect(await page.getByText('Dữ liệu mẫu.').filter({ visible: true }).count()).toBe(1);

      // The province grid: the plan's need by source, and what the works do not break down.
      const tu = sourceRow(page, 'trung_uong');
      expect(await tu.locator('[col-id="total.need"]').innerText()).toBe('170.914');
      expect(await tu.locator('[col-id="detail.need"]').innerText()).toBe('17.000');
      expect(await tu.locator('[col-id="unallocated.need"]').innerText()).toBe('153.914');
      expect(await tu.locator('[col-id="rate"]').innerText()).toBe('60,8%');
      await expect
        .poll(() => page.getByRole('list', { name: 'Cảnh báo nguồn vốn' }).innerText())
        .toContain('nợ đọng xây dựng cơ bản');

      // Typing a Vietnamese amount into a work: works total, province detail and "chưa phân bổ" follow.
      const hall = gridRow(page, 'works-grid', 'name', 'Xây dựng nhà văn hóa ấp');
      await hall.locator('[col-id="amt.trung_uong"]').dblclick();
      await page.keyboard.type('1.234,5');
      await page.keyboard.press('Enter');
      await expect.poll(() => tu.locator('[col-id="detail.need"]').innerText()).toBe('18.234,5');
      expect(await tu.locator('[col-id="unallocated.need"]').innerText()).toBe('152.679,5');
      await expect.poll(() => hall.locator('[col-id="stageTotal"]').innerText()).toBe('2.234,5');
      expect(await pinnedRow(page, 'works-grid').locator('[col-id="amt.trung_uong"]').innerText()).toBe('18.234,5');

      // A province-level figure: the headline total moves.
      const dn = sourceRow(page, 'doanh_nghiep');
      await dn.locator('[col-id="total.need"]').dblclick();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('17000');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('funding-stat-need').innerText()).toContain('6.259.687');
      await expect
        .poll(() => pinnedRow(page, 'sources-grid').locator('[col-id="total.need"]').innerText())
        .toBe('6.259.687');

      // A typed amount that mixes conventions is refused, naming the cell; nothing changes.
      await dn.locator('[col-id="total.allocated"]').dblclick();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('1,234.5');
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .filter({ hasText: 'Dòng «Doanh nghiệp», cột «Kế hoạch giao»: «1,234.5» viết theo kiểu tiếng Anh' })
        .waitFor();
      expect(await dn.locator('[col-id="total.allocated"]').innerText()).toBe('9.350');

      // Pasting a block with one invalid value: refused whole, the cell named, nothing saved.
      const road = gridRow(page, 'works-grid', 'name', 'Bê tông hóa đường ấp');
      const before = await road.locator('[col-id="stageTotal"]').innerText();
      await paste(page, road.locator('[col-id="amt.trung_uong"]'), '2.100\t-5\n');
      await page
        .getByRole('alert')
        .filter({
          hasText: 'Dòng «Bê tông hóa đường ấp (xã Tân Phú)», cột «Nhu cầu – Địa phương»: «-5»: số tiền không được âm.',
        })
        .waitFor();
      expect(await road.locator('[col-id="amt.trung_uong"]').innerText()).toBe('2.000');
      expect(await road.locator('[col-id="stageTotal"]').innerText()).toBe(before);

      // A valid block goes in at once: two rows, two columns.
      await paste(page, road.locator('[col-id="amt.long_ghep"]'), '10\t20,5\r\n30\t40\r\n');
      await page.getByText('Đã lưu 4 ô.').waitFor();
      await expect.poll(() => road.locator('[col-id="amt.long_ghep"]').innerText()).toBe('10');
      expect(await road.locator('[col-id="amt.tin_dung"]').innerText()).toBe('20,5');
      await screenshot(page, 'funding-works');
      await page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));
      await screenshot(page, 'funding');
      expect(errors).toEqual([]);
    }));

  it('shows the district totals, filters the works by district and xã, and adds a work to the chosen xã', () =>
    withApp(async ({ page, bridge, errors }) => {
      await page.goto(`${bridge.url}#/nguon-von`);
      const districts = page.getByRole('table', { name: 'Theo đơn vị cấp huyện' });
      const chauThanh = districts
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: 'huyện Châu Thành', exact: true }) });
      await expect.poll(() => chauThanh.locator('td').nth(1).innerText()).toBe('7.350');
      expect(await districts.locator('tbody tr').count()).toBe(8);
      // The demo's works have no allocation: the table says so instead of 0; Vị Thủy has no works at all.
      expect(await chauThanh.locator('td').nth(2).innerText()).toBe('chưa có số liệu');
      const viThuy = districts.getByRole('row').filter({ has: page.getByRole('cell', { name: 'huyện Vị Thủy' }) });
      expect(await viThuy.locator('td').nth(1).innerText()).toBe('chưa có số liệu');
      const tuDetail = sourceRow(page, 'trung_uong').locator('[col-id="detail.allocated"]');
      expect(await tuDetail.innerText()).toBe('chưa có số liệu');

      await page.getByLabel('Lọc theo đơn vị cấp huyện').selectOption({ label: 'huyện Châu Thành' });
      await page.getByLabel('Lọc theo xã').selectOption({ label: 'Phú Hữu' });
      await expect.poll(() => page.getByTestId('works-count').innerText()).toBe('3 công trình');
      const rows = page.getByTestId('works-grid').locator('.ag-row:not(.ag-row-pinned)');
      await expect.poll(() => rows.count()).toBe(3);
      expect(await rows.locator('[col-id="communeName"]').allInnerTexts()).toEqual(['Phú Hữu', 'Phú Hữu', 'Phú Hữu']);

      // A figure of 0 typed into one work is a measured 0, everywhere it sums up to.
      await page.getByLabel('Giai đoạn').selectOption('allocated');
      const hall = gridRow(page, 'works-grid', 'name', 'Xây dựng nhà văn hóa ấp');
      expect(await hall.locator('[col-id="stageTotal"]').innerText()).toBe('chưa có số liệu');
      await hall.locator('[col-id="amt.trung_uong"]').dblclick();
      await page.keyboard.type('0');
      await page.keyboard.press('Enter');
      await expect.poll(() => hall.locator('[col-id="stageTotal"]').innerText()).toBe('0');
      await expect.poll(() => chauThanh.locator('td').nth(2).innerText()).toBe('0');
      expect(await tuDetail.innerText()).toBe('0');
      expect(await rows.locator('[col-id="stageTotal"]').allInnerTexts()).toContain('chưa có số liệu');

      await page.getByLabel('Tên công trình mới').fill('Nhà văn hóa ấp Phú Lợi');
      await page.getByRole('button', { name: 'Thêm công trình vào xã Phú Hữu' }).click();
      await expect.poll(() => page.getByTestId('works-count').innerText()).toBe('4 công trình');
      expect(await gridRow(page, 'works-grid', 'name', 'Nhà văn hóa ấp Phú Lợi').count()).toBe(1);
      expect(errors).toEqual([]);
    }));

  it('exports the year to Excel and previews importing it back as no change', () =>
    withApp(async ({ page, bridge, errors }) => {
      await page.goto(`${bridge.url}#/nguon-von`);
      await expect.poll(() => page.getByTestId('funding-stat-need').innerText()).toContain('6.259.605');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Xuất Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Nguon-von-2022.xlsx');
      await page.getByLabel('Nhập từ Excel').setInputFiles(await download.path());
      const preview = page.getByRole('dialog', { name: 'Xem trước khi nhập' });
      await expect.poll(() => preview.innerText()).toContain('Công trình: thêm 0, sửa 0, giữ nguyên 16');
      expect(await preview.getByRole('button', { name: 'Không có gì thay đổi' }).isDisabled()).toBe(true);
      await screenshot(page, 'funding-import-preview');
      expect(errors).toEqual([]);
    }));
});
