import { describe, it, expect } from 'vitest';
import { screenshot, withApp, SCREEN_SIZES } from './harness';

/** The few browser globals used inside page.evaluate (tests compile without the DOM library). */
interface PageDoc {
  document: {
    activeElement: { textContent: string | null; id: string } | null;
    documentElement: { scrollWidth: number; clientWidth: number };
    querySelector(s: string): { scrollWidth: number; clientWidth: number };
  };
}

/** Sections of the app, for screenshots at the two window sizes people use. */
const SECTIONS = ['tong-quan', 'xa', 'tieu-chi', 'nguon-von', 'ocop', 'van-ban', 'cai-dat', 'huong-dan'];

describe('Help, keyboard and screens in Chromium', () => {
  it('has a guide, an F1 shortcut sheet, «Giới thiệu», a skippable tour, a skip link and arrow keys in tab strips', () =>
    withApp(async ({ page, errors }) => {
      // The first-run tour shows once; skipping it is remembered.
      await page.evaluate(() => {
        const w = globalThis as unknown as {
          sessionStorage: { setItem(k: string, v: string): void };
          localStorage: { removeItem(k: string): void };
        };
        w.sessionStorage.setItem('ntm.tour.show', '1');
        w.localStorage.removeItem('ntm.tour.done');
      });
      await page.reload();
      const tour = page.getByRole('dialog', { name: 'Chào mừng đến NTM Office' });
      await tour.waitFor();
      await page.getByRole('button', { name: 'Tiếp' }).click();
      await page.getByRole('dialog', { name: 'Tổng quan' }).waitFor();
      await page.getByRole('button', { name: 'Bỏ qua' }).click();
      expect(await page.locator('.tour').count()).toBe(0);
      await page.reload();
      await page.getByTestId('dashboard-title').waitFor();
      expect(await page.locator('.tour').count()).toBe(0);

      // Skip link: the first Tab stop, it moves focus to the main content.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (globalThis as unknown as PageDoc).document.activeElement?.textContent)).toBe(
        'Bỏ qua đến nội dung chính',
      );
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (globalThis as unknown as PageDoc).document.activeElement?.id)).toBe('noi-dung');

      // F1: the shortcut sheet; Esc closes it.
      await page.keyboard.press('F1');
      const sheet = page.getByRole('dialog', { name: 'Phím tắt' });
      await sheet.waitFor();
      expect(await sheet.innerText()).toContain('Ctrl+Z / Ctrl+Y');
      await page.keyboard.press('Escape');
      expect(await sheet.count()).toBe(0);

      // Hướng dẫn: tasks step by step; arrow keys move along the tab strip.
      await page.getByRole('link', { name: 'Hướng dẫn' }).click();
      for (const t of [
        'Bắt đầu với tỉnh của văn phòng',
        'Nhập kết quả tiêu chí của các xã',
        'Nhập số liệu từ Excel',
        'Lập Kế hoạch năm',
        'Ban hành và vào sổ văn bản',
        'In và xuất PDF',
      ]) {
        await page.getByRole('heading', { name: new RegExp(t) }).waitFor();
      }
      await page.getByRole('tab', { name: 'Các việc chính' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByRole('tab', { name: 'Phím tắt' }).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByRole('tab', { name: 'Giới thiệu' }).getAttribute('aria-selected')).toBe('true');
      expect(await page.getByTestId('about-db').innerText()).toMatch(/\.db$/);
      expect(await page.getByLabel('Giấy phép MIT của danh mục đơn vị hành chính').innerText()).toContain(
        'Copyright (c) 2021 Thang Le Quoc',
      );
      expect(await page.locator('.help-about').innerText()).toContain('thanglequoc/vietnamese-provinces-database');
      expect(errors).toEqual([]);
    }));

  it('takes screenshots of every section at 1280×720 and 1920×1080 with nothing cut', () =>
    withApp(async ({ page, bridge, errors }) => {
      for (const [w, h] of SCREEN_SIZES) {
        await page.setViewportSize({ width: w, height: h });
        for (const id of SECTIONS) {
          await page.goto(`${bridge.url}#/${id}`);
          await page.locator('.page-title').waitFor();
          await page.waitForLoadState('networkidle');
          // Nothing is wider than the window: no horizontal scroll of the page itself.
          const overflow = await page.evaluate(() => {
            const d = (globalThis as unknown as PageDoc).document;
            const c = d.querySelector('.content');
            return {
              page: d.documentElement.scrollWidth - d.documentElement.clientWidth,
              content: c.scrollWidth - c.clientWidth,
            };
          });
          expect(overflow, `${id} at ${w}×${h}`).toEqual({ page: 0, content: 0 });
          await screenshot(page, `section-${id}-${w}x${h}`);
        }
      }
      expect(errors).toEqual([]);
    }));
});
