import { describe, it, expect } from 'vitest';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { withApp } from './harness';

const sourceCell = (page: Page, code: string, col: string) =>
  page.getByTestId('sources-grid').locator(`.ag-row[row-id="${code}"] [col-id="${col}"]`);

describe('Everyday comfort in Chromium', () => {
  it('a date typed «11/07/2022» round-trips everywhere; a half-typed one is refused with a message', () =>
    withApp(async ({ page, errors }) => {
      // Văn bản: Ngày ban hành.
      await page.getByRole('link', { name: 'Văn bản' }).click();
      await page.getByRole('button', { name: 'Tạo kế hoạch năm 2022' }).click();
      await page.getByText('Đã tạo kế hoạch năm 2022 (bản nháp).').waitFor();
      const issued = page.getByLabel('Ngày ban hành');
      await issued.fill('11/07');
      await issued.press('Tab');
      await page.getByRole('alert').filter({ hasText: '«11/07» chưa phải một ngày' }).waitFor();
      expect(await issued.getAttribute('aria-invalid')).toBe('true');
      await issued.fill('11/07/2022');
      await issued.press('Tab');
      expect(await page.getByRole('alert').filter({ hasText: 'chưa phải một ngày' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText('Đã lưu văn bản.').waitFor();
      await page.getByRole('tab', { name: 'Xem trước' }).click();
      await expect.poll(() => page.getByTestId('doc-preview').innerText()).toContain('ngày 11 tháng 7 năm 2022');
      await page.getByRole('tab', { name: 'Thông tin chung' }).click();
      expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('11/07/2022');

      // The calendar picks a day of the shown month.
      await page.getByLabel('Ngày ban hành').locator('xpath=..').getByRole('button', { name: 'Mở lịch' }).click();
      await page
        .getByRole('dialog', { name: 'Lịch: Ngày ban hành' })
        .getByRole('button', { name: '15/07/2022' })
        .click();
      expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('15/07/2022');

      // Nguồn vốn: the disbursement cut-off. The picked day is not saved, so leaving asks first.
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('link', { name: 'Nguồn vốn' }).click();
      const asOf = page.getByLabel('Giải ngân đến ngày');
      await asOf.waitFor();
      await asOf.fill('11/07/2022');
      await asOf.press('Enter');
      await expect.poll(() => page.getByTestId('sources-grid').innerText()).toContain('Giải ngân đến 11/07/2022');
      expect(await asOf.inputValue()).toBe('11/07/2022');
      // Out of the year's range: refused, said why.
      await asOf.fill('11/07/2030');
      await asOf.press('Enter');
      await page.getByRole('alert').filter({ hasText: 'Ngày phải trước hoặc bằng 31/12/2023' }).waitFor();

      // OCOP: the status date.
      await page.getByRole('link', { name: 'OCOP' }).click();
      const ocopDate = page.getByLabel('Tình trạng tính đến ngày');
      await ocopDate.fill('11/07/2022');
      await ocopDate.press('Tab');
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      await page.getByRole('link', { name: 'OCOP' }).click();
      expect(await page.getByLabel('Tình trạng tính đến ngày').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(errors).toEqual([]);
    }));

  it('undoes and redoes an amount in Nguồn vốn, by button and by keyboard', () =>
    withApp(async ({ page }) => {
      await page.getByRole('link', { name: 'Nguồn vốn' }).click();
      const cell = sourceCell(page, 'doanh_nghiep', 'total.need');
      await expect.poll(() => cell.innerText()).not.toBe('');
      const before = await cell.innerText();
      await cell.dblclick();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('17.000');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell.innerText()).toBe('17.000');
      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      await expect.poll(() => cell.innerText()).toBe(before);
      await page.getByRole('button', { name: 'Làm lại' }).click();
      await expect.poll(() => cell.innerText()).toBe('17.000');
      await cell.click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => cell.innerText()).toBe(before);
      expect(await page.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true);
    }));

  it('records who made a change: the account and the display name set in Cài đặt', () =>
    withApp(async ({ page }) => {
      await page.getByRole('link', { name: 'Cài đặt' }).click();
      await page.getByLabel('Tên hiển thị').fill('Nguyễn Văn An');
      await page.getByRole('button', { name: 'Lưu tên' }).click();
      await page.getByText('Đã lưu tên người sử dụng.').waitFor();

      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      await page.getByTestId('matrix-count').filter({ hasText: '51 xã' }).waitFor();
      await page.getByLabel('Tìm xã').fill('tan long');
      await page.getByTestId('matrix-count').filter({ hasText: '1 xã' }).waitFor();
      const row = page.locator('.ag-row', { has: page.locator('.ag-cell[col-id="name"]', { hasText: /^Tân Long$/ }) });
      const cell = row.locator('.ag-cell[col-id^="c"]').nth(1);
      await cell.click();
      await page.keyboard.press(' ');
      await page.getByRole('button', { name: 'Thêm' }).click();
      await page.getByRole('menuitem', { name: 'Lịch sử xã' }).click();
      const history = page.getByRole('complementary', { name: /Lịch sử thay đổi xã Tân Long/ });
      await expect.poll(() => history.locator('li').count()).toBe(1);
      expect(await history.locator('li').first().innerText()).toContain(`Nguyễn Văn An (${os.userInfo().username})`);
    }));
});
