import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot, withApp } from './harness';

interface PdfFacts {
  pages: { width: number; height: number }[];
  text: string[];
}

/** Renders the page as the print CSS lays it out (as Chromium prints it) and reads the PDF back with poppler. */
async function printToPdf(page: Page): Promise<PdfFacts> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-print-')), 'out.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', ['-l', '1000', file], { encoding: 'utf8' });
  const pages = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((t) => t.trim());
  return { pages, text };
}

// A4 in PostScript points: 595 × 842.
const isA4Landscape = (p: { width: number; height: number }) =>
  Math.abs(p.width - 842) < 2 && Math.abs(p.height - 595) < 2;
const isA4Portrait = (p: { width: number; height: number }) =>
  Math.abs(p.width - 595) < 2 && Math.abs(p.height - 842) < 2;

describe('Printing in Chromium', () => {
  it('prints a grid view on A4 landscape pages with title, date, filter, sort and page numbers', () =>
    withApp(async (app) => {
      const { page } = app;
      await page.getByRole('link', { name: 'Danh sách xã' }).click();
      await expect.poll(() => page.locator('.ag-row').count()).toBeGreaterThan(5);
      // Sort by name, descending, as a person would (two clicks on the header).
      const header = page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label').filter({ visible: true });
      await header.click();
      await header.click();
      await page.getByRole('button', { name: 'In…' }).click();
      const sheet = page.getByTestId('print-sheet');
      await sheet.getByText('Danh sách xã').first().waitFor();
      expect(await sheet.innerText()).toContain('Sắp xếp: Tên đơn vị (giảm dần)');
      await screenshot(page, 'print-grid-view');
      const pdf = await printToPdf(page);
      expect(pdf.pages.length).toBeGreaterThan(1);
      expect(pdf.pages.every(isA4Landscape)).toBe(true);
      expect(pdf.text[0]).toContain('Danh sách xã');
      expect(pdf.text[0]).toMatch(/Ngày in: \d{2}\/\d{2}\/\d{4}/);
      expect(pdf.text[0]).toContain('Sắp xếp: Tên đơn vị (giảm dần)');
      pdf.text.forEach((t, i) => expect(t).toContain(`Trang ${i + 1}/${pdf.pages.length}`));
      // The app itself is not on paper.
      expect(pdf.text.join('')).not.toContain('Điều hướng');
      await page.getByRole('button', { name: 'Đóng' }).click();
      expect(await sheet.count()).toBe(0);
    }));

  it('prints the criteria grid and an OCOP grid with their filter on A4 landscape', () =>
    withApp(async ({ page, errors }) => {
      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      await page.getByLabel('Tìm xã').fill('phu');
      await expect.poll(() => page.getByTestId('matrix-count').innerText()).not.toBe('0 xã');
      const shown = Number((await page.getByTestId('matrix-count').innerText()).replace(/\D/g, ''));
      await page.getByRole('button', { name: 'In…' }).click();
      const sheet = page.getByTestId('print-sheet');
      await sheet.getByText('Kết quả tiêu chí nông thôn mới năm 2022').first().waitFor();
      // Every commune shown, none other; the criteria columns as ✓ / —.
      expect(await sheet.locator('tbody tr').count()).toBe(shown);
      expect(await sheet.locator('thead th').allInnerTexts()).toEqual(
        expect.arrayContaining(['Tên xã', '1', '19', 'TC đạt']),
      );
      await screenshot(page, 'print-criteria-grid');
      const matrix = await printToPdf(page);
      expect(matrix.pages.every(isA4Landscape)).toBe(true);
      expect(matrix.text[0]).toContain('Kết quả tiêu chí nông thôn mới năm 2022');
      expect(matrix.text[0]).toContain('Lọc: tìm «phu»');
      expect(matrix.text[0]).toMatch(/Ngày in: \d{2}\/\d{2}\/\d{4}/);
      expect(matrix.text.join('\n')).toContain('✓');
      matrix.text.forEach((t, i) => expect(t).toContain(`Trang ${i + 1}/${matrix.pages.length}`));
      await page.getByRole('button', { name: 'Đóng' }).click();

      await page.getByRole('link', { name: 'OCOP' }).click();
      await expect.poll(() => page.locator('.ocop-grid .ag-row').count()).toBeGreaterThan(3);
      await page.getByLabel('Lọc theo tình trạng').selectOption({ label: 'Đã công nhận' });
      await expect.poll(() => page.getByTestId('ocop-product-count').innerText()).not.toBe('0 sản phẩm');
      await page.getByRole('button', { name: 'In…' }).click();
      await sheet.getByText('Sản phẩm OCOP').first().waitFor();
      expect(await sheet.innerText()).toContain('tình trạng Đã công nhận');
      const ocop = await printToPdf(page);
      expect(ocop.pages.every(isA4Landscape)).toBe(true);
      expect(ocop.text[0]).toContain('Sản phẩm OCOP');
      // Rendered cells (stars, badges) print as words.
      expect(ocop.text.join('\n')).toMatch(/\d sao/);
      expect(await sheet.locator('thead th').allInnerTexts()).toEqual(
        expect.arrayContaining(['Tên sản phẩm', 'Số sao', 'Tình trạng']),
      );
      ocop.text.forEach((t, i) => expect(t).toContain(`Trang ${i + 1}/${ocop.pages.length}`));
      expect(errors).toEqual([]);
    }));

  it('prints a document preview: portrait body, landscape annexes, page numbers from page 2', () =>
    withApp(async ({ page }) => {
      await page.getByRole('link', { name: 'Văn bản' }).click();
      await page.getByRole('button', { name: 'Tạo kế hoạch năm 2022' }).click();
      await page.getByText('Đã tạo kế hoạch năm 2022 (bản nháp).').waitFor();
      await page.getByRole('tab', { name: 'Xem trước' }).click();
      await page.getByTestId('doc-preview').waitFor();
      await page.getByRole('button', { name: 'In / Xuất PDF…' }).click();
      const sheet = page.getByTestId('print-sheet');
      await sheet.getByText('KẾ HOẠCH').first().waitFor();
      const pdf = await printToPdf(page);
      const portrait = pdf.pages.filter(isA4Portrait).length;
      const landscape = pdf.pages.filter(isA4Landscape).length;
      expect(portrait).toBeGreaterThan(1);
      expect(landscape).toBeGreaterThan(0);
      expect(portrait + landscape).toBe(pdf.pages.length);
      // Body first, annexes after it.
      expect(isA4Portrait(pdf.pages[0]!)).toBe(true);
      expect(isA4Landscape(pdf.pages.at(-1)!)).toBe(true);
      expect(pdf.text[0]).toContain('KẾ HOẠCH');
      expect(pdf.text[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      // Nghị định 30: the number at the top of every page but the first.
      expect(pdf.text[1]!.trimStart().startsWith('2')).toBe(true);
      const annex = pdf.text.findIndex((t) => /Phụ lục 1/.test(t));
      expect(annex).toBeGreaterThan(0);
      expect(isA4Landscape(pdf.pages[annex]!)).toBe(true);
      expect(isA4Portrait(pdf.pages[annex - 1]!)).toBe(true);
    }));
});
