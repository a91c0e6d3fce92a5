import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, withApp, SCREEN_SIZES } from './harness';

/** The rows a toolbar's items take (distinct tops of its visible children), read in the page. */
async function toolbarRows(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(`(() => {
    const bar = document.querySelector(${JSON.stringify(selector)});
    if (!bar) return [];
    const tops = new Set();
    for (const el of bar.children) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top + r.height / 2));
    }
    return [...tops];
  })()`) as Promise<number[]>;
}

/** True when every row of the toolbar's items sits on one line (centres within a few pixels). */
const oneLine = (centres: number[]) => centres.length > 0 && Math.max(...centres) - Math.min(...centres) <= 6;

describe('Toolbars at 1280×720: one line, nothing cut', () => {
  it('keeps the criteria grid and OCOP toolbars on one line, every action reachable', () =>
    withApp(async ({ page, bridge, errors }) => {
      for (const [w, h] of SCREEN_SIZES) {
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`${bridge.url}#/tieu-chi`);
        await page.getByTestId('matrix-count').waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(page, `toolbar-criteria-${w}x${h}`);
        expect(oneLine(await toolbarRows(page, '.matrix-toolbar')), `tiêu chí ${w}×${h}`).toBe(true);
        // The secondary actions are in «Thêm»: open it, every one is there and works from the keyboard.
        await page.getByRole('button', { name: 'Thêm' }).first().click();
        const menu = page.getByRole('menu');
        expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(
          expect.arrayContaining(['Lịch sử xã', 'Nhập từ Excel', 'Chỉ tiêu của ô']),
        );
        // Arrow keys move through the items; the first one has focus when the menu opens.
        await expect
          .poll(() => page.evaluate('document.activeElement && document.activeElement.textContent'))
          .toBe('Lịch sử xã');
        await page.keyboard.press('ArrowDown');
        await expect
          .poll(() => page.evaluate('document.activeElement && document.activeElement.textContent'))
          .toBe('Nhập từ Excel');
        await screenshot(page, `toolbar-criteria-menu-${w}x${h}`);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('menu').count()).toBe(0);

        await page.goto(`${bridge.url}#/ocop`);
        await page.getByTestId('ocop-product-count').waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(page, `toolbar-ocop-${w}x${h}`);
        expect(oneLine(await toolbarRows(page, '.ocop > .toolbar')), `OCOP ${w}×${h}`).toBe(true);
        expect(oneLine(await toolbarRows(page, '.ocop-products-toolbar')), `OCOP sản phẩm ${w}×${h}`).toBe(true);
      }
      expect(errors).toEqual([]);
    }));
});
