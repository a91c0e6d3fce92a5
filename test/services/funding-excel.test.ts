import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/services/dispatch';
import { tempContext } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';
import { base64Of, headerColumn, workbookOf } from '../helpers/excel';
import type { FilePayload } from '../../shared/models/files';
import type { FundingImportPreview, FundingOverview, WorksList } from '../../shared/models/funding';

const ctxWithData = closedAfterEach(() => tempContext());
type Ctx = Awaited<ReturnType<typeof ctxWithData>>;

const ok = <T>(r: Awaited<ReturnType<typeof dispatch>>): T => {
  if (!r.ok) throw new Error(r.error.message + JSON.stringify(r.error.details ?? []));
  return r.value as T;
};

async function exported(ctx: Ctx): Promise<ExcelJS.Workbook> {
  const file = ok<FilePayload>(await dispatch(ctx, 'funding.export', { year: 2022 }));
  expect(file.fileName).toBe('Nguon-von-2022.xlsx');
  return workbookOf(file);
}
const rowOf = (ws: ExcelJS.Worksheet, col: number, text: string) => {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === text) return ws.getRow(r);
  throw new Error(`no row ${text}`);
};
/** Everything the import could touch, to prove a refused import changed nothing. */
const snapshot = (ctx: Ctx) =>
  JSON.stringify([
    ctx.sqlite.prepare('SELECT * FROM works ORDER BY id').all(),
    ctx.sqlite.prepare('SELECT * FROM funding_amounts ORDER BY id').all(),
    ctx.sqlite.prepare('SELECT count(*) FROM audit_log').get(),
  ]);

describe('funding Excel export and import', () => {
  it('exports the year with amounts in triệu đồng, and an unchanged file imports as no change', async () => {
    const ctx = await ctxWithData();
    const wb = await exported(ctx);
    const info = wb.getWorksheet('Thông tin')!;
    expect(info.getRow(1).values).toEqual([undefined, 'Năm', 2022]);
    expect(info.getRow(2).values).toEqual([undefined, 'Giải ngân đến ngày', '31/12/2022']);
    const src = wb.getWorksheet('Nguồn vốn')!;
    const tu = rowOf(src, 1, 'trung_uong');
    expect(tu.getCell(headerColumn(src, 'Nhu cầu (số cấp tỉnh)')).value).toBe(170914);
    expect(tu.getCell(headerColumn(src, 'Nhu cầu (chưa phân bổ chi tiết)')).value).toBe(153914);
    expect(tu.getCell(headerColumn(src, 'Tỷ lệ giải ngân')).value).toBe('60,8%');
    const total = rowOf(src, 2, 'Tổng cộng');
    expect(total.getCell(headerColumn(src, 'Nhu cầu (số cấp tỉnh)')).value).toMatchObject({
      formula: 'SUM(C2:C7)',
      result: 6259605,
    });
    const ws = wb.getWorksheet('Công trình')!;
    expect(ws.rowCount).toBe(17);
    const road = rowOf(ws, headerColumn(ws, 'Tên công trình'), 'Nâng cấp, mở rộng đường giao thông liên ấp');
    expect(road.getCell(headerColumn(ws, 'Tiêu chí')).value).toBe('2 - Giao thông');
    expect(road.getCell(headerColumn(ws, 'Nhu cầu - Trung ương')).value).toBe(2500);
    expect(road.getCell(headerColumn(ws, 'Nhu cầu - Tổng cộng')).value).toMatchObject({ result: 4150 });

    const preview = ok<FundingImportPreview>(
      await dispatch(ctx, 'funding.importPreview', { fileName: 'nv.xlsx', base64: await base64Of(wb) }),
    );
    expect(preview).toMatchObject({
      year: 2022,
      asOf: '2022-12-31',
      provinceChanges: 0,
      worksAdded: 0,
      worksChanged: 0,
      worksUnchanged: 16,
      amountsChanged: 0,
    });
  });

  it('previews and applies edits, new works and province figures in one go', async () => {
    const ctx = await ctxWithData();
    const wb = await exported(ctx);
    const src = wb.getWorksheet('Nguồn vốn')!;
    rowOf(src, 1, 'doanh_nghiep').getCell(headerColumn(src, 'Kế hoạch giao (số cấp tỉnh)')).value = '9.500,5';
    rowOf(src, 2, 'Tổng cộng').getCell(headerColumn(src, 'Kế hoạch giao (số cấp tỉnh)')).value = null;
    const ws = wb.getWorksheet('Công trình')!;
    const name = headerColumn(ws, 'Tên công trình');
    const road = rowOf(ws, name, 'Bê tông hóa đường ấp');
    road.getCell(headerColumn(ws, 'Kế hoạch giao - Trung ương')).value = 1800;
    road.getCell(headerColumn(ws, 'Tình trạng')).value = 'Hoàn thành';
    road.getCell(headerColumn(ws, 'Kế hoạch giao - Tổng cộng')).value = null;
    const added = ws.addRow([]);
    added.getCell(headerColumn(ws, 'Đơn vị cấp huyện')).value = 'huyện Vị Thủy';
    added.getCell(headerColumn(ws, 'Xã')).value = 'Vị Bình';
    added.getCell(name).value = 'Xây dựng cầu bê tông ấp 4';
    added.getCell(headerColumn(ws, 'Tiêu chí')).value = 2;
    added.getCell(headerColumn(ws, 'Năm bắt đầu')).value = 2022;
    added.getCell(headerColumn(ws, 'Năm kết thúc')).value = 2022;
    added.getCell(headerColumn(ws, 'Nhu cầu - Trung ương')).value = '1.234,5';
    added.getCell(headerColumn(ws, 'Nhu cầu - Dân góp')).value = 100;
    const base64 = await base64Of(wb);

    const preview = ok<FundingImportPreview>(
      await dispatch(ctx, 'funding.importPreview', { fileName: 'nv.xlsx', base64 }),
    );
    expect(preview).toMatchObject({
      provinceChanges: 1,
      worksAdded: 1,
      worksChanged: 1,
      worksUnchanged: 15,
      amountsChanged: 3,
    });
    expect(preview.sample).toContain('Số cấp tỉnh, kế hoạch giao nguồn «Doanh nghiệp»: 9.350 → 9.500,5 triệu đồng');
    expect(preview.sample).toContain('Thêm công trình «Xây dựng cầu bê tông ấp 4» (xã Vị Bình)');
    expect(preview.sample).toContain('Sửa công trình «Bê tông hóa đường ấp»: Tình trạng, Kế hoạch giao - Trung ương');
    // A preview writes nothing.
    expect(ctx.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });

    ok(await dispatch(ctx, 'funding.importApply', { fileName: 'nv.xlsx', base64 }));
    const o = ok<FundingOverview>(await dispatch(ctx, 'funding.overview', { year: 2022 }));
    expect(o.province.figures.allocated.bySource.doanh_nghiep!.direct).toBe(9_500_500);
    const list = ok<WorksList>(await dispatch(ctx, 'funding.works', { year: 2022 }));
    expect(list.rows.find((w) => w.name === 'Bê tông hóa đường ấp')).toMatchObject({
      status: 'done',
      amounts: { allocated: { trung_uong: 1_800_000 } },
    });
    expect(list.rows.find((w) => w.name === 'Xây dựng cầu bê tông ấp 4')).toMatchObject({
      communeName: 'Vị Bình',
      criterionNo: 2,
      amounts: { need: { trung_uong: 1_234_500, dan_gop: 100_000 } },
    });
    // Importing the same file again changes nothing more.
    const again = ok<FundingImportPreview>(
      await dispatch(ctx, 'funding.importPreview', {
        fileName: 'nv.xlsx',
        base64: await base64Of(await exported(ctx)),
      }),
    );
    expect(again).toMatchObject({ provinceChanges: 0, worksAdded: 0, worksChanged: 0, amountsChanged: 0 });
  });

  it('refuses a file with a bad row, naming sheet, row and column, and changes nothing', async () => {
    const ctx = await ctxWithData();
    const wb = await exported(ctx);
    const ws = wb.getWorksheet('Công trình')!;
    const name = headerColumn(ws, 'Tên công trình');
    // A good edit that must not be applied either.
    rowOf(ws, name, 'Xây dựng nhà văn hóa ấp').getCell(headerColumn(ws, 'Nhu cầu - Địa phương')).value = 900;
    rowOf(ws, name, 'Xây dựng nhà văn hóa ấp').getCell(headerColumn(ws, 'Nhu cầu - Tổng cộng')).value = null;
    const bad = rowOf(ws, name, 'Nâng cấp đường trục xã');
    bad.getCell(headerColumn(ws, 'Kế hoạch giao - Địa phương')).value = '1,234.5';
    bad.getCell(headerColumn(ws, 'Giải ngân - Trung ương')).value = -3;
    const other = rowOf(ws, name, 'Xây dựng chợ nông thôn');
    other.getCell(headerColumn(ws, 'Xã')).value = 'Xã Không Có';
    other.getCell(headerColumn(ws, 'Nhu cầu - Tổng cộng')).value = 1;
    const before = snapshot(ctx);

    for (const channel of ['funding.importPreview', 'funding.importApply'] as const) {
      const r = await dispatch(ctx, channel, { fileName: 'nv.xlsx', base64: await base64Of(wb) });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('IMPORT_INVALID');
      expect(r.error.message).toMatch(/^Tệp có 4 lỗi, chưa nhập dữ liệu nào\./);
      const messages = r.error.details!.map((d) => d.message);
      expect(messages).toContain(
        `Sheet «Công trình», dòng ${bad.number}, cột «Kế hoạch giao - Địa phương»: «1,234.5» viết theo kiểu tiếng Anh nên không rõ nghĩa: dùng dấu chấm phân cách hàng nghìn và dấu phẩy cho phần thập phân (ví dụ 1.234,5).`,
      );
      expect(messages).toContain(
        `Sheet «Công trình», dòng ${bad.number}, cột «Giải ngân - Trung ương»: -3: số tiền không được âm.`,
      );
      expect(messages).toContain(
        `Sheet «Công trình», dòng ${other.number}, cột «Xã»: không có xã «Xã Không Có» thuộc «huyện Phụng Hiệp» trong năm của tệp.`,
      );
      expect(messages).toContain(
        `Sheet «Công trình», dòng ${other.number}, cột «Nhu cầu - Tổng cộng»: ghi 1 nhưng tổng các nguồn là 3.500 triệu đồng.`,
      );
    }
    expect(snapshot(ctx)).toBe(before);
  });

  it('refuses a total row that is not the sum of the sources, unknown works and files that are not xlsx', async () => {
    const ctx = await ctxWithData();
    const wb = await exported(ctx);
    const src = wb.getWorksheet('Nguồn vốn')!;
    rowOf(src, 2, 'Tổng cộng').getCell(headerColumn(src, 'Nhu cầu (số cấp tỉnh)')).value = 6259600;
    const ws = wb.getWorksheet('Công trình')!;
    ws.getRow(2).getCell(1).value = 99999;
    const before = snapshot(ctx);
    const r = await dispatch(ctx, 'funding.importApply', { fileName: 'nv.xlsx', base64: await base64Of(wb) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const messages = r.error.details!.map((d) => d.message);
      expect(messages).toContain(
        'Sheet «Nguồn vốn», dòng 8, cột «Nhu cầu (số cấp tỉnh)»: dòng Tổng cộng ghi 6.259.600 nhưng tổng các nguồn là 6.259.605 triệu đồng.',
      );
      expect(messages).toContain(
        'Sheet «Công trình», dòng 2, cột «Mã công trình»: không có công trình mã 99999 (để trống mã nếu là công trình mới).',
      );
    }
    const csv = await dispatch(ctx, 'funding.importPreview', {
      fileName: 'nv.csv',
      base64: Buffer.from('a;b\n1;2').toString('base64'),
    });
    expect(csv).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID', message: expect.stringMatching(/không phải sổ Excel/) },
    });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    const noInfo = await dispatch(ctx, 'funding.importPreview', {
      fileName: 'trong.xlsx',
      base64: await base64Of(empty),
    });
    expect(noInfo).toMatchObject({ ok: false, error: { message: expect.stringMatching(/thiếu sheet «Thông tin»/) } });
    expect(snapshot(ctx)).toBe(before);
  });
});
