import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, withApp } from './harness';

/** Clicks a chart element where a mouse would: the canvas publishes each element's centre. */
export async function clickChartElement(page: Page, testId: string, category: number, series = 0) {
  const canvas = page.getByTestId(testId);
  await expect.poll(() => canvas.getAttribute('data-points')).toBeTruthy();
  const points = JSON.parse((await canvas.getAttribute('data-points'))!) as {
    c: number;
    s: number;
    x: number;
    y: number;
  }[];
  const p = points.find((q) => q.c === category && q.s === series);
  if (!p) throw new Error(`No element ${category}/${series} in ${testId}`);
  await canvas.click({ position: { x: p.x, y: p.y } });
}

/** The rows of the list under the charts, once read («Đang đọc…» while the list loads). */
async function drillCount(page: Page): Promise<number> {
  await expect.poll(() => page.getByTestId('drill-count').innerText()).toMatch(/dòng$/);
  return Number((await page.getByTestId('drill-count').innerText()).replace(/\D/g, ''));
}

describe('Tổng quan in Chromium', () => {
  it('shows plan against result, charts whose elements open their lists, and what is due', () =>
    withApp(async ({ page, errors }) => {
      await expect.poll(() => page.getByTestId('dashboard-title').innerText()).toContain('cuối năm 2022');
      // Default list: the province's communes.
      await expect.poll(() => page.locator('#drill-title').innerText()).toBe('Danh sách xã của tỉnh');
      const total = await drillCount(page);
      expect(total).toBeGreaterThan(40);

      // A bar of «Xã theo số tiêu chí đạt» opens the communes with that many criteria.
      const counts = await page.getByTestId('chart-criteria').getAttribute('data-points');
      expect(counts).toBeTruthy();
      await clickChartElement(page, 'chart-criteria', 19);
      await expect.poll(() => page.locator('#drill-title').innerText()).toBe('Xã đạt 19 tiêu chí năm 2022');
      const rows19 = await drillCount(page);
      expect(rows19).toBeGreaterThan(0);
      expect(rows19).toBeLessThan(total);
      await expect.poll(() => page.locator('.drill .ag-row [col-id="met"]').first().innerText()).toBe('19');

      // A funding bar opens that source's figures by xã (read when asked).
      await clickChartElement(page, 'chart-funding', 0, 0);
      await expect.poll(() => page.locator('#drill-title').innerText()).toMatch(/^Nguồn .+ năm 2022 theo xã$/);
      await expect.poll(() => page.locator('.drill .ag-row').count()).toBeGreaterThan(0);

      // A figure opens its list too.
      await page.getByTestId('stat-Xã đạt chuẩn NTM').click();
      await expect.poll(() => page.locator('#drill-title').innerText()).toBe('Xã đạt chuẩn NTM đến cuối năm 2022');

      // What is due.
      await expect
        .poll(() => page.getByRole('region', { name: 'Việc cần làm' }).innerText())
        .toContain('giấy chứng nhận OCOP hết hạn trong 6 tháng tới');
      expect(await page.getByRole('region', { name: 'Việc cần làm' }).innerText()).toContain(
        'Báo cáo 6 tháng đầu năm 2022',
      );

      // Grouping by district only when asked (2022: before the district level ended).
      await page.getByLabel('Nhóm theo đơn vị cấp huyện').check();
      await page.getByRole('button', { name: 'Danh sách tất cả xã' }).click();
      await expect.poll(() => page.locator('.drill .ag-header-cell-text').first().innerText()).toBe('Đơn vị cấp huyện');
      await page.getByLabel('Nhóm theo đơn vị cấp huyện').uncheck();

      // After 1/7/2025 there is no district level: no grouping toggle, the xã list.
      await page.getByLabel('Năm', { exact: true }).selectOption('2026');
      await expect.poll(() => page.getByTestId('dashboard-title').innerText()).toContain('cuối năm 2026');
      expect(await page.getByLabel('Nhóm theo đơn vị cấp huyện').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.getByLabel('Năm', { exact: true }).selectOption('2022');
      await expect.poll(() => page.getByTestId('dashboard-title').innerText()).toContain('cuối năm 2022');
      await screenshot(page, 'dashboard-1360');
    }));
});
