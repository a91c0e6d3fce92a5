import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { screenshot, withApp } from './harness';

describe('import progress in Chromium', () => {
  it('shows a progress bar while a big workbook is read, and cancel stops it with nothing written', () =>
    withApp(async ({ page, errors }) => {
      // A big sheet (6 million cells, written straight as XML): reading it takes long enough to
      // see and cancel the job even with the fast reader on an idle machine.
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-import-')), 'ket-qua-lon.xlsx');
      fs.writeFileSync(file, bigWorkbook(99_000, 60));
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

/** A one-sheet workbook of `rows` × `cols` cells (xã names, then numbers), its XML written directly. */
function bigWorkbook(rows: number, cols: number): Uint8Array {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const text = (s: string) => `<c t="inlineStr"><is><t>${s}</t></is></c>`;
  const numbers = Array.from({ length: cols - 2 }, (_, i) => `<c><v>${i % 2}</v></c>`).join('');
  const parts = [`<worksheet ${ns}><sheetData><row r="1">`, text('Đơn vị cấp huyện'), text('Tên xã'), '</row>'];
  for (let r = 2; r <= rows; r++)
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>huyện Châu Thành</t></is></c>${text(`Xã thử ${r}`)}${numbers}</row>`,
    );
  parts.push('</sheetData></worksheet>');
  return zipSync(
    {
      'xl/workbook.xml': strToU8(
        `<workbook ${ns}><sheets><sheet name="Năm 2022" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(parts.join('')),
    },
    { level: 1 },
  );
}
