import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/services/dispatch';
import type { ImportPreview, ProductDetail, ProductRow } from '../../shared/models/ocop';
import type { FilePayload } from '../../shared/models/files';
import { call, ctxNew, type Ctx } from '../helpers/ocop';
import { base64Of, headerColumn, workbookOf } from '../helpers/excel';

async function exported(ctx: Ctx): Promise<ExcelJS.Workbook> {
  const file = await call<FilePayload>(ctx, 'ocop.export', { asOf: '2022-12-31' });
  expect(file.fileName).toBe('OCOP-2022-12-31.xlsx');
  return workbookOf(file);
}

function rowOf(ws: ExcelJS.Worksheet, header: string, value: string): ExcelJS.Row {
  const c = headerColumn(ws, header);
  for (let n = 2; n <= ws.rowCount; n++) if (ws.getRow(n).getCell(c).value === value) return ws.getRow(n);
  throw new Error(`no row ${value}`);
}

/** Every OCOP table, to prove a refused import changed nothing. */
const snapshot = (ctx: Ctx) =>
  ['ocop_producers', 'ocop_products', 'ocop_evaluations', 'ocop_member_scores', 'audit_log'].map((t) =>
    ctx.sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all(),
  );

describe('OCOP Excel import and export', () => {
  it('reads its own export back as unchanged', async () => {
    const ctx = await ctxNew();
    const wb = await exported(ctx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chủ thể', 'Sản phẩm', 'Kết quả đánh giá']);
    const preview = await call<ImportPreview>(ctx, 'ocop.importPreview', {
      fileName: 'OCOP.xlsx',
      base64: await base64Of(wb),
    });
    expect(preview.counts).toEqual([
      { sheet: 'Chủ thể', added: 0, changed: 0, unchanged: 20 },
      { sheet: 'Sản phẩm', added: 0, changed: 0, unchanged: 36 },
      { sheet: 'Kết quả đánh giá', added: 0, changed: 0, unchanged: 36 },
    ]);
  });

  it('refuses a score above the part maximum, naming the cell, and changes nothing', async () => {
    const ctx = await ctxNew();
    const wb = await exported(ctx);
    const producers = wb.getWorksheet('Chủ thể')!;
    producers.addRow(['', 'Công ty TNHH Mới', 'Doanh nghiệp', '', '', 'huyện Vị Thủy']);
    const evals = wb.getWorksheet('Kết quả đánh giá')!;
    const row = rowOf(evals, 'Sản phẩm', 'Lạp xưởng Mỹ Yến');
    row.getCell(headerColumn(evals, 'Ngày đánh giá')).value = '15/06/2021';
    row.getCell(headerColumn(evals, 'Điểm A')).value = 38; // QĐ 1048: part A max 35
    const before = snapshot(ctx);
    for (const channel of ['ocop.importPreview', 'ocop.importApply']) {
      const r = await dispatch(ctx, channel, { fileName: 'OCOP.xlsx', base64: await base64Of(wb) });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('IMPORT_INVALID');
      expect(r.error.details).toEqual([
        {
          sheet: 'Kết quả đánh giá',
          row: row.number,
          column: 'Điểm A',
          message: `Sheet «Kết quả đánh giá», dòng ${row.number}, cột «Điểm A»: Điểm phần A (38) vượt điểm tối đa 35 của phần A theo QĐ 1048/QĐ-TTg.`,
        },
      ]);
      expect(r.error.message).toMatch(/^Tệp có 1 lỗi, chưa nhập dữ liệu nào\./);
    }
    expect(snapshot(ctx)).toEqual(before);
  });

  it('names every bad cell: unknown district, level, points, producer', async () => {
    const ctx = await ctxNew();
    const wb = await exported(ctx);
    wb.getWorksheet('Chủ thể')!.addRow(['', 'HTX Lỗi', 'Hợp tác xã', '', '', 'huyện Không Có']);
    wb.getWorksheet('Sản phẩm')!.addRow(['', 'Sản phẩm mồ côi', 'Chủ thể lạ']);
    wb.getWorksheet('Kết quả đánh giá')!.addRow([
      '',
      'Lạp xưởng Mỹ Yến',
      'Cơ sở sản xuất lạp xưởng Mỹ Yến',
      'Đợt 2022',
      'cấp xã',
      '01/09/2022',
      '30,555',
      20,
      30,
    ]);
    const r = await dispatch(ctx, 'ocop.importPreview', { fileName: 'OCOP.xlsx', base64: await base64Of(wb) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details!.map((d) => `${d.sheet}|${d.column}`)).toEqual([
      'Chủ thể|Đơn vị cấp huyện',
      'Sản phẩm|Chủ thể',
      'Kết quả đánh giá|Cấp đánh giá',
      'Kết quả đánh giá|Điểm A',
    ]);
    expect(r.error.details![0]!.message).toMatch(/không tìm thấy đơn vị cấp huyện «huyện Không Có»/);
    const notXlsx = await dispatch(ctx, 'ocop.importPreview', {
      fileName: 'ocop.csv',
      base64: Buffer.from('a;b').toString('base64'),
    });
    expect(notXlsx).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
  });

  it('adds a producer, its product and a recognised result in one go', async () => {
    const ctx = await ctxNew();
    const wb = await exported(ctx);
    wb.getWorksheet('Chủ thể')!.addRow([
      '',
      'Hợp tác xã Khóm Hỏa Tiến',
      '',
      'ấp Thạnh Lợi',
      'xã Hỏa Tiến',
      'thành phố Vị Thanh',
      'Phạm Văn D',
    ]);
    wb.getWorksheet('Sản phẩm')!.addRow([
      '',
      'Khóm mật Hỏa Tiến',
      'Hợp tác xã Khóm Hỏa Tiến',
      'I. Thực phẩm',
      'I.1.a',
      'xã Hỏa Tiến',
      '',
    ]);
    // Dates as Excel dates, points with the binary noise of a formula result.
    wb.getWorksheet('Kết quả đánh giá')!.addRow([
      '',
      'Khóm mật Hỏa Tiến',
      'Hợp tác xã Khóm Hỏa Tiến',
      'Đợt 1/2023',
      'Cấp tỉnh',
      new Date(Date.UTC(2023, 2, 10)),
      36,
      0.1 + 0.2 + 19.7,
      20,
      '',
      '55/QĐ-UBND',
      '01/04/2023',
      'UBND tỉnh Hậu Giang',
    ]);
    const products = wb.getWorksheet('Sản phẩm')!;
    rowOf(products, 'Tên sản phẩm', 'Bưởi da xanh').getCell(headerColumn(products, 'Nhóm sản phẩm')).value =
      'I. Thực phẩm';
    const base64 = await base64Of(wb);
    const preview = await call<ImportPreview>(ctx, 'ocop.importPreview', { fileName: 'OCOP.xlsx', base64 });
    expect(preview.counts.map((c) => [c.added, c.changed])).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
    ]);
    expect(preview.sample).toContain('Sản phẩm «Khóm mật Hỏa Tiến»: thêm mới');
    await call(ctx, 'ocop.importApply', { fileName: 'OCOP.xlsx', base64 });
    const [added] = await call<ProductRow[]>(ctx, 'ocop.products', { asOf: '2023-12-31', search: 'khom mat hoa tien' });
    expect(added).toMatchObject({
      status: 'recognised',
      stars: 4,
      districtName: 'thành phố Vị Thanh',
      communeName: 'xã Hỏa Tiến',
      groupLabel: 'I. Thực phẩm / I.1.a Thực phẩm tươi sống — rau, củ, quả, hạt tươi',
    });
    const detail = await call<ProductDetail>(ctx, 'ocop.product', { id: added!.id, asOf: '2023-12-31' });
    expect(detail.producer.kindLabel).toBe('Hợp tác xã');
    expect(detail.evaluations[0]).toMatchObject({
      versionDecision: 'QĐ 148/QĐ-TTg',
      total: 7600,
      expiryDate: '2026-04-01',
    });
    const [buoi] = await call<ProductRow[]>(ctx, 'ocop.products', { asOf: '2022-12-31', search: 'buoi da xanh' });
    expect(buoi!.groupCode).toBe('I');
    // The same file again changes nothing more.
    const again = await call<ImportPreview>(ctx, 'ocop.importPreview', { fileName: 'OCOP.xlsx', base64 });
    expect(again.counts.every((c) => c.added === 0 && c.changed === 0)).toBe(true);
  });
});
