import { describe, it, expect } from 'vitest';
import { screenshot, withApp } from './harness';
import { chooseDownloadedWorkbook } from './page-io';

describe('OCOP in Chromium over the loopback bridge', () => {
  it('scores a product, shows its stars, records its recognition and attaches a dossier file', () =>
    withApp(async ({ page, errors }) => {
      await page.getByRole('link', { name: 'OCOP' }).click();
      await page.getByText('Dữ liệu từ nguồn công khai.').waitFor();
      await page.getByTestId('ocop-product-count').filter({ hasText: '36 sản phẩm' }).waitFor();
      await page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Bột chuối xiêm' }).click();
      await page
        .getByTestId('ocop-status-note')
        .filter({ hasText: 'Đã công nhận 4 sao theo QĐ 1358/QĐ-UBND ngày 20/07/2021' })
        .waitFor();
      await screenshot(page, 'ocop-list');

      // The register goes out to Excel and comes back unchanged, through the preview.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', { name: 'Thêm', exact: true })
          .click()
          .then(() => page.getByRole('menuitem', { name: 'Xuất Excel' }).click()),
      ]);
      expect(download.suggestedFilename()).toBe('OCOP-2022-12-31.xlsx');
      await chooseDownloadedWorkbook(page.getByLabel('Chọn tệp Excel OCOP'), download);
      const preview = page.getByRole('dialog', { name: 'Xem trước nhập Excel' });
      await expect.poll(() => preview.innerText()).toMatch(/Sản phẩm: thêm 0, cập nhật 0, giữ nguyên 36/);
      await preview.getByRole('button', { name: 'Nhập dữ liệu' }).click();
      await page.getByText('Đã nhập dữ liệu OCOP từ tệp OCOP-2022-12-31.xlsx.').waitFor();
      await page.getByLabel('Tìm sản phẩm').fill('tra gac');
      await page.getByTestId('ocop-product-count').filter({ hasText: '1 sản phẩm' }).waitFor();
      await page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Trà gấc Ng7' }).click();
      const panel = page.getByTestId('ocop-product-panel');
      await expect
        .poll(() => page.getByTestId('ocop-status-note').innerText())
        .toMatch(/Cấp tỉnh: 61,5 điểm, 3 sao; chưa có quyết định công nhận/);

      // A new provincial round in 2022: QĐ 1048 applies (A max 35); 38 is refused on the spot.
      await panel.getByRole('button', { name: 'Chấm điểm đợt mới' }).click();
      await page.getByLabel('Ngày đánh giá').fill('15/09/2022');
      await page.getByLabel('Đợt đánh giá').fill('Đợt 2 năm 2022');
      await expect
        .poll(() => page.getByTestId('ocop-version').innerText())
        .toMatch(/QĐ 1048\/QĐ-TTg .*A 35 \/ B 25 \/ C 40/);
      await page.getByLabel('Điểm phần A').fill('38');
      await page.getByLabel('Điểm phần B').fill('20');
      await page.getByLabel('Điểm phần C').fill('28,5');
      await page.getByText('Điểm phần A (38) vượt điểm tối đa 35 của phần A theo QĐ 1048/QĐ-TTg.').waitFor();
      expect(await page.getByRole('button', { name: 'Lưu kết quả đánh giá' }).isDisabled()).toBe(true);
      await page.getByLabel('Điểm phần A').fill('30');
      await expect
        .poll(() => page.getByTestId('ocop-score-result').innerText())
        .toMatch(/Tổng điểm 78,5 → ★★★★★ 4 sao/);
      await page.getByRole('button', { name: 'Lưu kết quả đánh giá' }).click();
      await page.getByText('Đã lưu kết quả: 78,5 điểm, 4 sao.').waitFor();
      const row = panel.locator('tr', { hasText: 'Đợt 2 năm 2022' });
      await row.getByLabel('4 sao').waitFor();

      // The recognition decision: expiry 36 months later.
      await row.getByRole('button', { name: 'Ghi quyết định' }).click();
      await page.getByLabel('Số quyết định').fill('125/QĐ-UBND');
      await page.getByLabel('Ngày quyết định').fill('01/10/2022');
      await page.getByText('Giấy chứng nhận hết hạn ngày 01/10/2025').waitFor();
      await page.getByRole('button', { name: 'Lưu quyết định' }).click();
      await page.getByText('Đã ghi quyết định công nhận 4 sao; giấy chứng nhận hết hạn ngày 01/10/2025.').waitFor();
      await expect
        .poll(() => page.getByTestId('ocop-status-note').innerText())
        .toBe('Đã công nhận 4 sao theo 125/QĐ-UBND ngày 01/10/2022; giấy chứng nhận có hiệu lực đến 01/10/2025.');
      await expect
        .poll(() => page.locator('.ag-row .ag-cell[col-id="statusLabel"]').first().innerText())
        .toBe('Đã công nhận');

      // A dossier document, copied into the data folder, counted in the checklist.
      await page.getByLabel('Đính kèm Câu chuyện sản phẩm').setInputFiles({
        name: 'Câu chuyện trà gấc.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 câu chuyện'),
      });
      await page.getByText('Đã đính kèm «Câu chuyện trà gấc.pdf» vào câu chuyện sản phẩm.').waitFor();
      await expect
        .poll(() => page.getByTestId('ocop-dossier-count').innerText())
        .toMatch(/^Có 1\/17 loại giấy tờ; còn thiếu 5 giấy tờ bắt buộc/);
      await page.getByRole('button', { name: 'Câu chuyện trà gấc.pdf' }).waitFor();
      await panel.getByText('Lịch sử đánh giá, công nhận').scrollIntoViewIfNeeded();
      await screenshot(page, 'ocop-product');

      // The expiry calendar six months before the 2021 certificates run out.
      await page.getByLabel('Tình trạng tính đến ngày').fill('01/03/2024');
      await page.getByRole('tab', { name: 'Hết hạn & đánh giá lại' }).click();
      await page.getByTestId('ocop-month-2024-07').waitFor();
      await expect.poll(() => page.getByTestId('ocop-month-2024-07').getByRole('row').count()).toBe(18);
      await screenshot(page, 'ocop-calendar');

      await page.getByLabel('Tình trạng tính đến ngày').fill('31/12/2022');
      await page.getByRole('tab', { name: 'Chỉ tiêu & tổng hợp' }).click();
      const province = page.locator('table[aria-label="Chỉ tiêu OCOP"] tr', {
        hasText: 'Sản phẩm đạt 3 - 4 sao cấp tỉnh',
      });
      await expect.poll(() => province.innerText()).toMatch(/ít nhất 40 sản phẩm\s+1\s+Chưa đạt \(còn 39\)/);
      await screenshot(page, 'ocop-targets');

      await page.getByRole('tab', { name: 'Chủ thể' }).click();
      await page.getByLabel('Tìm chủ thể').fill('ky nhu');
      await page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Hợp tác xã Kỳ Như' }).dblclick();
      await page.getByLabel('Người đại diện').fill('Nguyễn Thị Như');
      await page.getByRole('button', { name: 'Lưu chủ thể' }).click();
      await page.getByText('Đã lưu chủ thể Hợp tác xã Kỳ Như.').waitFor();
      await expect
        .poll(() => page.locator('.ag-row .ag-cell[col-id="representative"]').first().innerText())
        .toBe('Nguyễn Thị Như');
      await page.getByLabel('Tìm chủ thể').fill('');
      await screenshot(page, 'ocop-producers');
      expect(errors).toEqual([]);
    }));
});
