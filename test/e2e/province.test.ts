import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotsAtSizes, type RunningApp, withApp } from './harness';
import { chooseDownloadedWorkbook } from './page-io';

/** One API call over the bridge with the session token, as the renderer makes it. */
async function call<T>(app: RunningApp, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${app.bridge.url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-ntm-token': app.bridge.token },
    body: JSON.stringify(input),
  });
  const r = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.value;
}

/** A row of the shown section's grid (kept sections are in the document too, hidden). */
const rowOf = (page: Page, name: RegExp) =>
  page.locator('.ag-row:visible', { has: page.locator('.ag-cell[col-id="name"]', { hasText: name }) });
/** The national list spells it with the old-style tone mark («Hoả»), the resolution with the new one. */
const HOA_LUU = /^(Hỏa|Hoả) Lựu$/;
const XA_HOA_LUU = /Xã (Hỏa|Hoả) Lựu/;

describe('Any province in Chromium: first start, units, successions', () => {
  it('creates a province on an empty file, settles an unclear succession and shows a new xã its inherited history', () =>
    withApp({ empty: true }, async (app) => {
      const { page } = app;
      // First start: nothing but the choice.
      await page.getByRole('heading', { name: 'Bắt đầu' }).waitFor();
      await expect.poll(() => page.getByRole('radio').count()).toBe(34);
      expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).count()).toBe(0);
      await screenshotsAtSizes(page, 'first-start');

      await page.getByLabel('Tìm tỉnh/thành phố').fill('can tho');
      await expect.poll(() => page.getByRole('radio').count()).toBe(1);
      await page.getByRole('radio', { name: 'Thành phố Cần Thơ' }).check();
      expect(await page.getByRole('checkbox', { name: /Kèm cấu trúc trước 01\/7\/2025/ }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Tạo dữ liệu cho Thành phố Cần Thơ' }).click();
      await page.getByTestId('brand-province').filter({ hasText: 'Thành phố Cần Thơ' }).waitFor();
      await page.getByText(/Đã tạo dữ liệu cho .*103 đơn vị \(72 xã, 31 phường\)/).waitFor();
      expect(await page.title()).toBe('NTM Office – Thành phố Cần Thơ');
      expect(await page.locator('.sidebar').innerText()).not.toContain('Hậu Giang');

      // A 2021 recognition of the old xã Hỏa Lựu (former Vị Thanh), as the office would record it.
      const now = await call<{ units: { id: number; name: string }[] }>(app, 'units.list', {
        year: 2026,
        search: 'hoa luu',
      });
      const newHoaLuu = now.units.find((u) => HOA_LUU.test(u.name));
      expect(newHoaLuu, JSON.stringify(now.units)).toBeTruthy();
      const view = await call<{ formedFrom: { unit: { id: number; name: string; districtFullName: string } }[] }>(
        app,
        'successions.forUnit',
        { unitId: newHoaLuu!.id },
      );
      const oldHoaLuu = view.formedFrom.find((p) => HOA_LUU.test(p.unit.name));
      expect(oldHoaLuu, JSON.stringify(view.formedFrom)).toBeTruthy();
      await call(app, 'criteria.recognize', {
        communeId: oldHoaLuu!.unit.id,
        level: 'ntm',
        year: 2021,
        decisionNo: '2045/QĐ-UBND',
        decisionDate: '2021-12-20',
        issuer: 'UBND tỉnh Hậu Giang',
        exceptionReason: 'Kết quả từng tiêu chí năm 2021 chưa nhập vào ứng dụng',
      });

      // Danh sách xã for 2026: today's units, with their kind; only xã are assessed.
      await page.getByRole('link', { name: 'Danh sách xã' }).click();
      await page.getByLabel('Năm', { exact: true }).filter({ visible: true }).selectOption('2026');
      await page.getByTestId('commune-count').filter({ hasText: '103 đơn vị: 72 xã, 31 phường' }).waitFor();
      await page.getByText(/Chỉ xã thuộc phạm vi đánh giá nông thôn mới/).waitFor();
      await page.getByLabel('Tìm xã').fill('hoa luu');
      await rowOf(page, HOA_LUU).locator('.ag-cell[col-id="code"]').click();
      await page.getByTestId('unit-panel-title').filter({ hasText: XA_HOA_LUU }).waitFor();
      const predecessor = page.getByTestId('predecessor').filter({ hasText: XA_HOA_LUU });
      await expect
        .poll(() => predecessor.innerText())
        .toMatch(/Đạt chuẩn NTM năm 2021.*QĐ số 2045\/QĐ-UBND ngày 20\/12\/2021/s);
      await expect.poll(() => page.getByTestId('predecessor').count()).toBe(3);
      await expect.poll(() => page.getByTestId('inherited-summary').innerText()).toMatch(/(Hỏa|Hoả) Lựu/);
      await screenshotsAtSizes(page, 'units-inherited');

      // An old unit says where it went.
      await predecessor.getByRole('button', { name: XA_HOA_LUU }).click();
      await page.getByTestId('went-to').filter({ hasText: XA_HOA_LUU }).waitFor();

      // The transition year shows both structures.
      await page.getByLabel('Tìm xã').fill('');
      await page.getByLabel('Năm', { exact: true }).filter({ visible: true }).selectOption('2025');
      await page.getByRole('tab', { name: 'Từ 01/07/2025 (cấu trúc mới)', selected: true }).waitFor();
      await page.getByRole('tab', { name: 'Đến 30/06/2025 (cấu trúc cũ)' }).click();
      await page.getByTestId('commune-count').filter({ hasText: 'thị trấn' }).waitFor();
      await page.locator('.ag-header-cell', { hasText: 'Đơn vị cấp huyện' }).waitFor();
      await screenshotsAtSizes(page, 'units-2025-old');

      // A new unit is refused with a Vietnamese message until it has a name.
      await page.getByLabel('Năm', { exact: true }).filter({ visible: true }).selectOption('2026');
      await page.getByRole('button', { name: 'Thêm đơn vị…' }).click();
      await page.getByLabel('Văn bản quyết định').fill('NQ 99/NQ-UBTVQH15');
      await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'Tên đơn vị không được để trống' }).waitFor();
      await screenshotsAtSizes(page, 'unit-add');
      // Then added, renamed from a date and retired, each with its deciding document.
      await page.getByLabel('Tên đơn vị').fill('Tân Mới');
      await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click();
      await page.getByText('Đã thêm Xã Tân Mới.').waitFor();
      await page.getByTestId('commune-count').filter({ hasText: '104 đơn vị: 73 xã, 31 phường' }).waitFor();
      const panel = page.getByRole('complementary', { name: 'Thông tin đơn vị' });
      await panel.getByRole('button', { name: 'Đổi tên…' }).click();
      await page.getByLabel('Tên mới').fill('Tân Mới Một');
      await page.getByLabel('Đổi tên từ ngày').fill('01/01/2026');
      await page.getByLabel('Văn bản đổi tên').fill('NQ 100/NQ-UBTVQH15');
      await screenshotsAtSizes(page, 'unit-rename');
      await panel.getByRole('button', { name: 'Đổi tên', exact: true }).click();
      await page.getByText('Đã đổi tên Xã Tân Mới thành Xã Tân Mới Một.').waitFor();
      await page.getByLabel('Tìm xã').fill('tan moi');
      await rowOf(page, /^Tân Mới Một$/).waitFor();
      await page.getByLabel('Tìm xã').fill('');
      await panel.getByRole('button', { name: 'Thôi hiệu lực…' }).click();
      await page.getByLabel('Hết hiệu lực từ ngày').fill('01/12/2026');
      await page.getByLabel('Văn bản thôi hiệu lực').fill('NQ 101/NQ-UBTVQH15');
      await panel.getByRole('button', { name: 'Thôi hiệu lực', exact: true }).click();
      await page.getByText('Xã Tân Mới Một hết hiệu lực từ ngày 01/12/2026.').waitFor();
      await page.getByTestId('commune-count').filter({ hasText: '103 đơn vị: 72 xã, 31 phường' }).waitFor();

      // The list goes out to Excel and comes back through the preview as no change.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Xuất Excel' }).click(),
      ]);
      await chooseDownloadedWorkbook(page.getByLabel('Nhập đơn vị từ Excel'), download);
      const preview = page.getByRole('dialog', { name: 'Xem trước khi nhập đơn vị' });
      await expect.poll(() => preview.innerText()).toMatch(/thêm 0, sửa 0, giữ nguyên 103 đơn vị/);
      await preview.getByRole('button', { name: 'Hủy' }).click();

      // «Cần xác nhận»: settle the first unclear succession with a few clicks.
      await page.getByRole('tab', { name: /Cần xác nhận/ }).click();
      const count = page.getByTestId('pending-count');
      await expect.poll(() => count.innerText()).toMatch(/\d+ trường hợp cần xác nhận/);
      const before = Number((await count.innerText()).replace(/\D/g, ''));
      await screenshotsAtSizes(page, 'pending');
      // A name found in several old units (Cần Thơ's «Tân Long»): tick the right one.
      const card = page.locator('.pending-card', { has: page.getByRole('checkbox') }).first();
      const unitName = await card.locator('.pending-unit').innerText();
      await card.getByRole('checkbox').first().check();
      await card.getByRole('button', { name: 'Xác nhận 1 đơn vị cũ' }).click();
      await page.getByText(new RegExp(`^Đã xác nhận: ${unitName} hình thành từ`)).waitFor();
      await expect.poll(async () => Number((await count.innerText()).replace(/\D/g, '') || 0)).toBe(before - 1);
      await expect
        .poll(() => page.getByRole('tab', { name: /Cần xác nhận/ }).innerText())
        .toContain(before - 1 > 0 ? `(${before - 1})` : 'Cần xác nhận');

      // Province figures for 2026 with nothing entered yet: «chưa có kết quả», never 0/72.
      await page.getByRole('link', { name: 'Xã & tiêu chí' }).click();
      await page.getByRole('tab', { name: 'Số liệu tỉnh' }).click();
      await page
        .getByTestId('figures-no-results')
        .filter({ hasText: 'Năm 2026: chưa có kết quả trên 72 xã' })
        .waitFor();
      expect(await page.getByTestId('criteria-figures').innerText()).not.toMatch(/\b0\/72\b/);

      // Cài đặt: the province's names, proposed for it, no trace of the demo.
      await page.getByRole('link', { name: 'Cài đặt' }).click();
      await page.getByTestId('settings-province').filter({ hasText: 'Thành phố Cần Thơ (mã 92)' }).waitFor();
      await expect.poll(() => page.getByLabel('Tên tỉnh trong câu').inputValue()).toMatch(/Cần Thơ/);
      expect(await page.locator('main').innerText()).not.toContain('Hậu Giang');
      for (const input of await page.locator('main input[type=text], main textarea').all())
        expect(await input.inputValue()).not.toContain('Hậu Giang');
      // The proposal comes back after an edit, into the form (saved only with «Lưu cài đặt»).
      const place = page.getByLabel('Địa danh ghi ở văn bản');
      const proposed = await place.inputValue();
      await place.fill('Nơi khác');
      await page.getByRole('button', { name: 'Điền tên đề xuất theo tỉnh/thành phố' }).click();
      await expect.poll(() => place.inputValue()).toBe(proposed);
      await screenshotsAtSizes(page, 'settings-province');
      expect(app.errors).toEqual([]);
    }));

  it('opens the demo from the first-start choice, still marked «Dữ liệu mẫu»', () =>
    withApp({ empty: true }, async ({ page, errors }) => {
      await page.getByRole('button', { name: /^Mở dữ liệu mẫu .+ 2022$/ }).click();
      await page.getByTestId('stat-Xã đạt chuẩn NTM').filter({ hasText: '38/51' }).waitFor();
      await page.locator('.brand-tag', { hasText: 'Dữ liệu mẫu' }).waitFor();
      expect(await page.getByText('Dữ liệu mẫu.').count()).toBe(1);
      expect(await page.title()).toMatch(/\(dữ liệu mẫu\)$/);
      expect(errors).toEqual([]);
    }));

  it('a new province without figures says «chưa có số liệu» on Nguồn vốn, Tổng quan and OCOP, with no district level in 2026', () =>
    withApp({ empty: true }, async ({ page, errors }) => {
      await page.getByRole('heading', { name: 'Bắt đầu' }).waitFor();
      await page.getByLabel('Tìm tỉnh/thành phố').fill('an giang');
      await page.getByRole('radio', { name: 'Tỉnh An Giang' }).check();
      await page.getByRole('button', { name: 'Tạo dữ liệu cho Tỉnh An Giang' }).click();
      await page.getByTestId('brand-province').filter({ hasText: 'An Giang' }).waitFor();

      await page.getByRole('link', { name: 'Nguồn vốn' }).click();
      for (const stat of ['need', 'allocated', 'disbursed', 'rate'])
        await expect.poll(() => page.getByTestId(`funding-stat-${stat}`).innerText()).toContain('chưa có số liệu');
      const total = page.getByTestId('sources-grid').locator('.ag-row-pinned [col-id="total.need"]');
      expect(await total.innerText()).toBe('chưa có số liệu');
      // Since 01/7/2025 the xã sum straight up to the province.
      await page.getByTestId('works-count').filter({ hasText: '0 công trình' }).waitFor();
      expect(await page.getByRole('table', { name: 'Theo đơn vị cấp huyện' }).count()).toBe(0);
      expect(await page.getByLabel('Lọc theo đơn vị cấp huyện').count()).toBe(0);

      await page.getByRole('link', { name: 'Tổng quan' }).click();
      const ocop = page.getByRole('region', { name: 'Sản phẩm OCOP còn hiệu lực theo số sao' });
      await ocop.getByText('Cuối năm 2026 chưa có sản phẩm OCOP nào còn hiệu lực.').waitFor();
      expect(await page.getByTestId('chart-funding').count()).toBe(0);
      const due = page.getByRole('region', { name: 'Việc cần làm' });
      expect(await due.innerText()).toContain('Xã có nguy cơ không giữ chuẩn: chưa có số liệu');
      // No recognition recorded yet: no «0/…» xã holding a level, no empty progress chart.
      expect(await page.getByTestId('stat-Xã đạt chuẩn NTM').innerText()).toContain('chưa có số liệu');
      expect(await page.getByTestId('chart-progress').count()).toBe(0);
      await page
        .getByText(/Chưa nhập quyết định công nhận xã đạt chuẩn nào/)
        .first()
        .waitFor();

      // The demo's public OCOP registry is not this office's: no banner about it.
      await page.getByRole('link', { name: 'OCOP' }).click();
      await page.getByRole('button', { name: 'Thêm sản phẩm' }).waitFor();
      expect(await page.getByText('Dữ liệu từ nguồn công khai.').count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});
