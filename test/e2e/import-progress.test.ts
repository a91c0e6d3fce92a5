import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { screenshot, withApp } from './harness';

describe('import progress in Chromium', () => {
  it('shows a progress bar while a big workbook is read, and cancel stops it with nothing written', () =>
    withApp(async ({ page, errors }) => {
      // A big sheet: reading it takes long enough to see (and cancel) the job.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Năm 2022');
      ws.addRow(['Đơn vị cấp huyện', 'Tên xã', '1. Quy hoạch', '2. Giao thông']);
      for (let i = 1; i <= 30_000; i++) ws.addRow(['huyện Châu Thành', `Xã thử ${i}`, 'Đạt', 'Chưa đạt']);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-import-')), 'ket-qua-lon.xlsx');
      await wb.xlsx.writeFile(file);

      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      await page.getByRole('button', { name: 'Thêm' }).click();
      await page.getByRole('menuitem', { name: 'Nhập từ Excel' }).click();
      await page.getByLabel('Chọn tệp Excel').setInputFiles(file);
      const progress = page.getByTestId('job-progress');
      await progress.waitFor();
      expect(await progress.getByRole('progressbar').count()).toBe(1);
      await screenshot(page, 'import-progress-1280');
      await page.setViewportSize({ width: 1920, height: 1080 });
      if (await progress.isVisible()) await screenshot(page, 'import-progress-1920');
      await progress.getByRole('button', { name: 'Hủy nhập' }).click();
      await page.getByText('Đã hủy theo yêu cầu; chưa có dữ liệu nào được ghi.').waitFor();
      expect(await progress.count()).toBe(0);
      expect(await page.getByTestId('import-errors').count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});
