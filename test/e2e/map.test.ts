import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { screenshot, SCREENSHOT_DIR, withApp } from './harness';
import { tempContext, tempDataDir } from '../helpers/temp';
import { provinceDataFile } from '../helpers/geo-province';
import { expectLegendMatches, fileCodes, pointInside, readMap, type PageDoc } from './map-helpers';
import type { Page } from 'playwright-core';

interface PrintWindow {
  printed: number;
  print(): void;
  dispatchEvent(e: Event): boolean;
}

async function showMap(page: Page, width: number, height: number, name: string) {
  await page.setViewportSize({ width, height });
  await page.getByTestId('map-panel').scrollIntoViewIfNeeded();
  await page.evaluate(() =>
    (globalThis as unknown as { document: PageDoc }).document
      .querySelector('[data-testid="map-panel"]')!
      .scrollIntoView({ block: 'start' }),
  );
  await screenshot(page, name);
}

describe('the province map on Tổng quan', () => {
  it('draws every unit of the demo province, colours match the legend, a click opens the right commune, prints and exports', () =>
    withApp(async ({ page, errors }) => {
      const codes = fileCodes('92');
      const map = page.getByTestId('province-map');
      await map.waitFor();
      await expect.poll(async () => (await readMap(page)).keys.length, { timeout: 30_000 }).toBe(codes.length);
      let drawn = await readMap(page);
      expect(new Set(drawn.keys)).toEqual(new Set(codes));
      expectLegendMatches(drawn);
      // 2022 on the 2025 units: the demo holds all 103 units; the 21 xã of former Hậu Giang carry its 2022 results.
      const legend = Object.fromEntries(drawn.legend.map((l) => [l.key, l.count]));
      expect(legend.absent ?? 0).toBe(0);
      expect(legend.outside).toBe(31);
      expect(
        (legend.ntm ?? 0) +
          (legend.nang_cao ?? 0) +
          (legend.kieu_mau ?? 0) +
          (legend.partial ?? 0) +
          (legend.none ?? 0),
      ).toBe(21);
      await page.getByText('kết quả của xã cũ được tính cho đơn vị mới đã nhận xã đó').waitFor();

      // Hover shows the name and figure; a click inside the shape opens that unit's card.
      const p = await pointInside(page, '31338');
      await page.mouse.move(p.x, p.y);
      await expect.poll(() => page.getByTestId('map-hover').innerText()).toContain('xã Hỏa Lựu');
      expect(await page.getByTestId('map-hover').innerText()).toContain('3/3 xã cũ đạt chuẩn NTM');
      await page.mouse.click(p.x, p.y);
      const card = page.getByTestId('map-card');
      await card.getByRole('heading', { name: 'xã Hỏa Lựu' }).waitFor();
      await card.getByText('xã Tân Tiến (thành phố Vị Thanh)').first().waitFor();
      await card.getByText('Hình thành từ').waitFor();
      expect(await card.innerText()).toContain('xã Hỏa Lựu (thành phố Vị Thanh): 19/19 tiêu chí');
      await showMap(page, 1280, 720, 'map-demo-1280');
      await showMap(page, 1920, 1080, 'map-demo-1920');

      // The criteria scale, then OCOP and funding: the legend still counts what is drawn.
      await page.getByTestId('map-panel').getByRole('button', { name: 'Số tiêu chí đạt' }).click();
      await page.locator('.map-legend-title', { hasText: 'bộ 19 tiêu chí' }).waitFor();
      expectLegendMatches(await readMap(page));
      await page.getByTestId('map-panel').getByRole('button', { name: 'OCOP' }).click();
      await page.locator('.map-legend-title', { hasText: 'Sản phẩm OCOP' }).waitFor();
      drawn = await readMap(page);
      expectLegendMatches(drawn);
      expect(drawn.legend.find((l) => l.key === 'o1')!.count).toBeGreaterThan(0);
      await page.getByTestId('map-panel').getByRole('button', { name: 'Nguồn vốn' }).click();
      await page.getByTestId('map-panel').getByRole('button', { name: 'Nhu cầu' }).click();
      await page.locator('.map-legend-title', { hasText: 'Nhu cầu năm 2022' }).waitFor();
      expectLegendMatches(await readMap(page));
      await page.getByText('ghi ở cấp tỉnh hoặc cấp huyện').waitFor();

      // Print: the A4 document replaces the page for the printer.
      await page.getByTestId('map-panel').getByRole('button', { name: 'Nông thôn mới' }).click();
      await page.getByTestId('map-panel').getByRole('button', { name: 'Đạt chuẩn NTM' }).click();
      await page.locator('.map-legend-title', { hasText: 'Mức đạt chuẩn' }).waitFor();
      await page.evaluate(() => {
        const w = globalThis as unknown as PrintWindow;
        w.printed = 0;
        w.print = () => {
          w.printed++;
        };
      });
      await page.getByTestId('map-panel').getByRole('button', { name: 'In bản đồ' }).click();
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as PrintWindow).printed)).toBe(1);
      await expect.poll(() => page.locator('body.print-map').count()).toBe(1);
      expect(await page.locator('body > img.map-print-img').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      await page.pdf({ path: path.join(SCREENSHOT_DIR, 'map-print.pdf'), format: 'A4' });
      await page.evaluate(() => (globalThis as unknown as PrintWindow).dispatchEvent(new Event('afterprint')));
      await expect.poll(() => page.locator('img.map-print-img').count()).toBe(0);

      // SVG and PNG files (downloads in the browser).
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('map-panel').getByRole('button', { name: 'Lưu SVG' }).click(),
      ]);
      const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
      expect(svgDownload.suggestedFilename()).toBe('ban-do-ntm-status-thanh-pho-can-tho-2022.svg');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.match(/<path d=/g)?.length).toBe(codes.length);
      expect(
        ['Ngày in:', 'vietnamese-provinces-database', 'giấy phép MIT', 'Đạt chuẩn NTM: 10'].filter(
          (t) => !svg.includes(t),
        ),
      ).toEqual([]);
      fs.writeFileSync(path.join(SCREENSHOT_DIR, 'map-export.svg'), svg);
      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('map-panel').getByRole('button', { name: 'Lưu PNG' }).click(),
      ]);
      const png = fs.readFileSync((await pngDownload.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(2240);
      fs.writeFileSync(path.join(SCREENSHOT_DIR, 'map-export.png'), png);

      // After 1/7/2025 the units carry their own results: none yet in the demo, and nothing is inherited.
      await page.getByLabel('Năm', { exact: true }).selectOption('2026');
      await page.getByTestId('map-panel').getByRole('button', { name: 'Số tiêu chí đạt' }).click();
      await page.locator('.map-legend-title', { hasText: 'bộ 10 tiêu chí' }).waitFor();
      drawn = await readMap(page);
      expectLegendMatches(drawn);
      expect(drawn.legend.find((l) => l.key === 'nodata')!.count).toBe(72);
      expect(await page.getByText('kết quả của xã cũ được tính cho đơn vị mới').count()).toBe(0);
      expect(errors).toEqual([]);
    }));

  it('draws another province from its own data file', async () => {
    const file = await provinceDataFile('91');
    await withApp({ dataDir: file.dataDir }, async ({ page, errors }) => {
      const codes = fileCodes('91');
      await expect.poll(async () => (await readMap(page)).keys.length, { timeout: 30_000 }).toBe(codes.length);
      const drawn = await readMap(page);
      expectLegendMatches(drawn);
      const legend = Object.fromEntries(drawn.legend.map((l) => [l.key, l.count]));
      expect(legend.absent).toBe(0);
      expect(legend.ntm).toBeGreaterThan(0);
      await page.getByTestId('map-panel').getByRole('button', { name: 'Số tiêu chí đạt' }).click();
      await page.locator('.map-legend-title', { hasText: 'bộ 10 tiêu chí' }).waitFor();
      const criteria = await readMap(page);
      expectLegendMatches(criteria);
      expect(criteria.legend.find((l) => l.key === 'nodata')!.count).toBeGreaterThan(0);
      const key = drawn.keys[0]!;
      const p = await pointInside(page, key);
      await page.mouse.click(p.x, p.y);
      const name = await page.locator(`path.map-unit[data-key="${key}"]`).getAttribute('aria-label');
      await page
        .getByTestId('map-card')
        .getByRole('heading', { name: name!.split(':')[0]! })
        .waitFor();
      await showMap(page, 1280, 720, 'map-province-91-1280');
      await showMap(page, 1920, 1080, 'map-province-91-1920');

      // The share of the new set's indicators met, from the values and the commune groups' thresholds.
      await page.getByTestId('map-panel').getByRole('button', { name: 'Tỉ lệ chỉ tiêu (bộ mới)' }).click();
      await page.locator('.map-legend-title', { hasText: 'Tỉ lệ chỉ tiêu đạt' }).waitFor();
      const shares = await readMap(page);
      expectLegendMatches(shares);
      const byKey = Object.fromEntries(shares.legend.map((l) => [l.key, l.count]));
      expect(byKey.nodata).toBeGreaterThan(0);
      expect(['s1', 's2', 's3', 's4'].reduce((n, k) => n + (byKey[k] ?? 0), 0)).toBe(file.xa - byKey.nodata!);
      await page.getByText('Tỉ lệ chỉ tiêu đạt = số chỉ tiêu đạt ngưỡng của nhóm xã').waitFor();
      const measured = page.locator('path.map-unit[data-category^="s"]').first();
      expect(await measured.getAttribute('aria-label')).toMatch(/: \d+\/\d+ chỉ tiêu đạt \(\d+(,\d)?%\)/);
      // Keyboard: a focused unit opens its card with Enter.
      await measured.focus();
      await page.keyboard.press('Enter');
      const label = (await measured.getAttribute('aria-label'))!.split(':')[0]!;
      await page.getByTestId('map-card').getByRole('heading', { name: label }).waitFor();
      await page
        .getByTestId('map-card')
        .getByText(/^Chỉ tiêu: \d+\/\d+ chỉ tiêu đạt/)
        .waitFor();
      await showMap(page, 1280, 720, 'map-province-91-shares-1280');
      // The table under the map is built when opened: one row per unit.
      await page.getByText('Xem dạng bảng').click();
      await expect
        .poll(() => page.getByRole('table', { name: 'Số liệu theo đơn vị' }).locator('tbody tr').count())
        .toBe(codes.length);
      expect(errors).toEqual([]);
    });
  });

  it('a province without a boundary file shows the tables only, with a plain message', async () => {
    const dataDir = tempDataDir();
    const ctx = await tempContext(dataDir);
    ctx.sqlite.prepare("UPDATE admin_units SET code = '99' WHERE level = 'province' AND code = '92'").run();
    ctx.close();
    await withApp({ dataDir }, async ({ page, errors }) => {
      await page.getByText('Chưa có bản đồ ranh giới cho thành phố Cần Thơ (mã 99)').waitFor();
      expect(await page.getByTestId('province-map').count()).toBe(0);
      const rows = page.getByRole('table', { name: 'Số liệu theo đơn vị' }).locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(103);
      await page.getByRole('table', { name: 'Tỷ lệ giải ngân theo nguồn vốn' }).waitFor();
      await page.getByRole('button', { name: 'xã Hỏa Lựu' }).click();
      await page.getByTestId('map-card').getByRole('heading', { name: 'xã Hỏa Lựu' }).waitFor();
      await showMap(page, 1280, 720, 'map-missing-1280');
      expect(errors).toEqual([]);
    });
  });
});
