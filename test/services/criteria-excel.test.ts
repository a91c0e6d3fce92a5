import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { call, refused, tempContexts } from '../helpers/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { base64Of, headerColumn, workbookOf } from '../helpers/excel';

const ctxOf = tempContexts();

async function exported(ctx: ServiceContext) {
  const file = await call(ctx, 'criteria.export', {});
  return { file, wb: await workbookOf(file) };
}

/** Row number of a commune in a sheet, found by district and name. */
function rowOf(ws: ExcelJS.Worksheet, district: string, name: string): number {
  for (let r = 2; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 2).text === district && ws.getCell(r, 3).text === name) return r;
  }
  throw new Error(`no row ${name}`);
}

const state = (ctx: ServiceContext) => ({
  results: ctx.sqlite
    .prepare('SELECT year, commune_id, criterion_id, met, source FROM criterion_results ORDER BY 1, 2, 3')
    .all(),
  audit: (ctx.sqlite.prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n,
});

describe('criteria matrix to and from Excel', () => {
  it('exports one sheet per year with results, with Vietnamese headers and unambiguous communes', async () => {
    const ctx = await ctxOf();
    const { file, wb } = await exported(ctx);
    expect(file.fileName).toBe('Ket-qua-tieu-chi-NTM-2021-2022.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Năm 2021', 'Năm 2022', 'Hướng dẫn']);
    const ws = wb.getWorksheet('Năm 2022')!;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining([
        'Mã xã',
        'Đơn vị cấp huyện',
        'Tên xã',
        '1. Quy hoạch',
        '19. Quốc phòng và An ninh',
        'Số tiêu chí đạt',
        'Mức đạt chuẩn',
      ]),
    );
    expect(ws.rowCount).toBe(52);
    const r = rowOf(ws, 'huyện Phụng Hiệp', 'Tân Long');
    expect(ws.getCell(r, headerColumn(ws, '2. Giao thông')).text).toBe('Chưa đạt');
    expect(ws.getCell(r, headerColumn(ws, '1. Quy hoạch')).text).toBe('Đạt');
    expect(ws.getCell(r, headerColumn(ws, 'Số tiêu chí đạt')).value).toBe(14);
    expect(ws.getCell(rowOf(ws, 'huyện Châu Thành A', 'Thạnh Xuân'), headerColumn(ws, 'Mức đạt chuẩn')).text).toBe(
      'NTM kiểu mẫu',
    );
  });

  it('previews and applies an edited workbook in one go, audited as an import', async () => {
    const ctx = await ctxOf();
    const { wb } = await exported(ctx);
    const ws = wb.getWorksheet('Năm 2022')!;
    const r = rowOf(ws, 'huyện Phụng Hiệp', 'Tân Long');
    ws.getCell(r, headerColumn(ws, '2. Giao thông')).value = 'x';
    ws.getCell(r, headerColumn(ws, '5. Trường học')).value = 1;
    ws.getCell(rowOf(ws, 'huyện Vị Thủy', 'Vị Bình'), headerColumn(ws, '10. Thu nhập')).value = 'Đạt';
    // The derived count is ignored on import.
    ws.getCell(r, headerColumn(ws, 'Số tiêu chí đạt')).value = 99;
    const input = { fileName: 'ket-qua.xlsx', base64: await base64Of(wb) };
    const preview = await call(ctx, 'criteria.importPreview', input);
    expect(preview).toMatchObject({
      added: 0,
      changed: 3,
      sheets: [
        { sheet: 'Năm 2021', year: 2021, rows: 51 },
        { sheet: 'Năm 2022', year: 2022, rows: 51 },
      ],
    });
    expect(preview.unchanged).toBe(2 * 51 * 19 - 3);
    expect(preview.sample).toContainEqual({
      sheet: 'Năm 2022',
      row: r,
      commune: 'Tân Long (huyện Phụng Hiệp)',
      criterion: '2. Giao thông',
      oldValue: 'Chưa đạt',
      newValue: 'Đạt',
    });
    // A preview writes nothing.
    const tanLong = () =>
      (
        ctx.sqlite
          .prepare(
            "SELECT count(*) n FROM criterion_results r JOIN admin_units u ON u.id = r.commune_id WHERE u.name = 'Tân Long' AND r.year = 2022 AND r.met = 1",
          )
          .get() as { n: number }
      ).n;
    expect(tanLong()).toBe(14);
    const applied = await call(ctx, 'criteria.importApply', input);
    expect(applied).toEqual({ added: 0, changed: 3, unchanged: preview.unchanged });
    expect(tanLong()).toBe(16);
    const audit = ctx.sqlite
      .prepare("SELECT action, old_value, new_value FROM audit_log WHERE entity = 'criterion_result'")
      .all();
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => (a as { action: string }).action === 'import')).toBe(true);
    const f = await call(ctx, 'criteria.figures', { year: 2022 });
    expect(f.province.minCriteria).toBe(15);
  });

  it('identifies communes by GSO code, or by district when names repeat', async () => {
    const ctx = await ctxOf();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2023');
    ws.addRow(['Mã xã', 'Đơn vị cấp huyện', 'Tên xã', '1. Quy hoạch', '2']);
    const m = await call(ctx, 'criteria.matrix', { year: 2023 });
    const phuHuu = m.rows.find((x) => x.name === 'Phú Hữu')!;
    ws.addRow([phuHuu.code, '', 'Phú Hữu', 'Đạt', 'Chưa đạt']);
    ws.addRow(['', 'thị xã Long Mỹ', 'Tân Phú', 'x', '']);
    ws.addRow(['', 'huyen chau thanh', 'phu tan', '0', '1']);
    const input = { fileName: 'nam-2023.xlsx', base64: await base64Of(wb) };
    expect(await call(ctx, 'criteria.importPreview', input)).toMatchObject({ added: 5, changed: 0, unchanged: 0 });
    await call(ctx, 'criteria.importApply', input);
    const after = await call(ctx, 'criteria.matrix', { year: 2023 });
    expect(after.rows.find((x) => x.name === 'Phú Hữu')!.results.slice(0, 2)).toBe('10');
    expect(after.rows.find((x) => x.name === 'Tân Phú')!.results.slice(0, 2)).toBe('1-');
    expect(after.rows.find((x) => x.name === 'Phú Tân')!.results.slice(0, 2)).toBe('01');
  });

  it('refuses a broken file whole, naming sheet, row and column, and changes nothing', async () => {
    const ctx = await ctxOf();
    const { wb } = await exported(ctx);
    const ws = wb.getWorksheet('Năm 2022')!;
    const good = rowOf(ws, 'huyện Phụng Hiệp', 'Tân Long');
    ws.getCell(good, headerColumn(ws, '2. Giao thông')).value = 'Đạt';
    const bad = rowOf(ws, 'huyện Vị Thủy', 'Vị Bình');
    ws.getCell(bad, headerColumn(ws, '10. Thu nhập')).value = 'gần đạt';
    const unknown = ws.addRow(['', 'huyện Châu Thành', 'Phú An', 'Đạt']).number;
    const dup = ws.addRow(ws.getRow(good).values as ExcelJS.CellValue[]).number;
    const before = state(ctx);
    const err = await refused(ctx, 'criteria.importApply', { fileName: 'hong.xlsx', base64: await base64Of(wb) });
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.message).toMatch(
      /^Tệp có 3 lỗi, chưa nhập dữ liệu nào\. Sheet «Năm 2022», dòng \d+, cột «10\. Thu nhập»: xã Vị Bình \(huyện Vị Thủy\): «gần đạt» không hợp lệ/,
    );
    expect(err.details!.map((d) => [d.sheet, d.row, d.column])).toEqual([
      ['Năm 2022', bad, '10. Thu nhập'],
      ['Năm 2022', unknown, 'Tên xã'],
      ['Năm 2022', dup, 'Tên xã'],
    ]);
    expect(err.details![1]!.message).toMatch(/không tìm thấy xã «Phú An» thuộc «huyện Châu Thành»/);
    expect(err.details![2]!.message).toMatch(new RegExp(`xã Tân Long \\(huyện Phụng Hiệp\\) trùng với dòng ${good}`));
    expect(state(ctx)).toEqual(before);
    expect(
      (await refused(ctx, 'criteria.importPreview', { fileName: 'hong.xlsx', base64: await base64Of(wb) })).code,
    ).toBe('IMPORT_INVALID');
  });

  it('refuses unknown criteria columns and sheets, and files that are not workbooks', async () => {
    const ctx = await ctxOf();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2022');
    ws.addRow(['Đơn vị cấp huyện', 'Tên xã', '20. Du lịch', '3. Giao thông']);
    wb.addWorksheet('Ghi chép');
    const err = await refused(ctx, 'criteria.importPreview', { fileName: 'x.xlsx', base64: await base64Of(wb) });
    expect(err.details!.map((d) => d.message)).toEqual([
      'Sheet «Năm 2022», dòng 1, cột «20. Du lịch»: không phải tiêu chí của Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (năm 2022).',
      'Sheet «Năm 2022», dòng 1, cột «3. Giao thông»: không phải tiêu chí của Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (năm 2022).',
      'Sheet «Ghi chép»: tên sheet phải có dạng «Năm 2022».',
    ]);
    const csv = Buffer.from('Tên xã;1. Quy hoạch\nPhú Hữu;Đạt\n').toString('base64');
    const notXlsx = await refused(ctx, 'criteria.importPreview', { fileName: 'ket-qua.csv', base64: csv });
    expect(notXlsx).toMatchObject({
      code: 'IMPORT_INVALID',
      message: 'Tệp «ket-qua.csv» không phải sổ Excel (.xlsx). Hãy mở tệp trong Excel và lưu lại dạng .xlsx.',
    });
    const zipButBroken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]).toString(
      'base64',
    );
    expect(
      (await refused(ctx, 'criteria.importApply', { fileName: 'hong.xlsx', base64: zipButBroken })).message,
    ).toMatch(/bị hỏng hoặc không phải sổ Excel/);
  });
});
