import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import JSZip from 'jszip';
import { screenshot, withApp } from './harness';

describe('Văn bản in Chromium', () => {
  it('creates the 2022 plan, previews it, downloads the Word file and issues it', () =>
    withApp(async ({ page, errors }) => {
      await page.getByRole('link', { name: 'Văn bản' }).click();
      await page.getByRole('button', { name: 'Tạo kế hoạch năm 2022' }).click();
      await page.getByText('Đã tạo kế hoạch năm 2022 (bản nháp).').waitFor();
      await page.getByLabel('Số', { exact: true }).fill('05');
      await page.getByLabel('Ngày ban hành').fill('11/07/2022');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText('Đã lưu văn bản.').waitFor();

      await page.getByRole('tab', { name: 'Xem trước' }).click();
      const preview = page.getByTestId('doc-preview');
      await preview.getByText('Số: 05/KH-BCĐ').waitFor();
      expect(await preview.innerText()).toContain(
        'Lũy kế đến cuối năm 2022, toàn tỉnh có 38/51 xã đạt chuẩn nông thôn mới (chiếm 74,5%).',
      );
      expect(await preview.innerText()).toContain('6.259.605 triệu đồng');
      await screenshot(page, 'documents-preview');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tạo tệp Word' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Ke-hoach-2022-so-5.docx');
      const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Phú Hữu (huyện Châu Thành)');

      // A missing signer is refused with a message, and nothing is issued.
      await page.getByRole('tab', { name: 'Người ký, nơi nhận' }).click();
      await page.getByLabel('Họ tên người ký').fill('');
      await page.getByRole('button', { name: 'Tạo tệp Word' }).click();
      await page.getByRole('alert').filter({ hasText: 'Chưa có họ tên người ký' }).waitFor();
      await page.getByLabel('Họ tên người ký').fill('Trương Cảnh Tuyên');

      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Ghi vào sổ (ban hành)' }).click();
      await page.getByText('Đã ghi vào sổ văn bản số 05/KH-BCĐ.').waitFor();
      const register = page.getByRole('table', { name: 'Sổ văn bản' });
      expect(await register.innerText()).toContain('05/KH-BCĐ');
      expect(await register.innerText()).toContain('Đã ban hành');
      expect(await register.innerText()).toContain('Trương Cảnh Tuyên');
      await screenshot(page, 'documents-register');
      expect(errors).toEqual([]);
    }));

  it('keeps an unwritten report from being issued and never drops an edited draft silently', () =>
    withApp(async ({ page, errors }) => {
      await page.getByRole('link', { name: 'Văn bản' }).click();
      await page.getByLabel('Kỳ báo cáo').selectOption('Y');
      await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
      const checks = page.getByLabel('Kiểm tra trước khi ban hành');
      await checks.getByText('Mục «I.1. Công tác chỉ đạo, điều hành» chưa viết', { exact: false }).waitFor();
      expect(await checks.innerText()).toContain('dữ liệu mẫu');

      // Issuing without a number sends the person to the number field instead of confirming.
      await page.getByRole('button', { name: 'Ghi vào sổ (ban hành)' }).click();
      await page.getByRole('alert').filter({ hasText: 'Nhập số văn bản' }).waitFor();

      await page.getByRole('tab', { name: 'Nội dung' }).click();
      await page
        .getByLabel('I.1. Công tác chỉ đạo, điều hành')
        .fill('- Ban hành Kế hoạch số 05/KH-BCĐ ngày 11/7/2022.');
      await screenshot(page, 'documents-report-unfinished');

      // Leaving with unsaved narrative asks; declining keeps the text on screen.
      let asked = '';
      page.once('dialog', (d) => ((asked = d.message()), void d.dismiss()));
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      await expect.poll(() => asked).toContain('chưa lưu');
      expect(await page.getByLabel('I.1. Công tác chỉ đạo, điều hành').inputValue()).toContain('Kế hoạch số 05/KH-BCĐ');

      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText('Đã lưu văn bản.').waitFor();
      await expect.poll(async () => checks.innerText()).not.toContain('Công tác chỉ đạo');
      expect(errors).toEqual([]);
    }));
});
