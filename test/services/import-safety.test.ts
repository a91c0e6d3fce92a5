/**
 * Imports that cannot hurt the app and are safe to retry: formula problems and duplicates named
 * by place, form limits applied, a file applied twice changes nothing, and the job mechanism.
 */
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { call, followJob, refused, tempContexts } from '../helpers/dispatch';
import { base64Of, headerColumn, workbookOf } from '../helpers/excel';
import type { ServiceContext } from '../../electron/services/context';
import { checksums } from '../../scripts/torture/run';
import { beginWrite, runInJob } from '../../electron/services/io/job-context';
import { AppError } from '../../shared/errors';

const ctxOf = tempContexts();

async function workbook(
  ctx: ServiceContext,
  channel: 'criteria.export' | 'funding.export' | 'ocop.export',
  input: object,
) {
  return workbookOf((await call(ctx, channel, input as never)) as { base64: string });
}
const audits = (ctx: ServiceContext) => ctx.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

describe('criteria import: formulas, huge dimensions and duplicate headers are refused by place', () => {
  it('names a formula error, a formula without its result, and a stray cell in row 1.048.576', async () => {
    const ctx = await ctxOf();
    const wb = await workbook(ctx, 'criteria.export', {});
    const ws = wb.getWorksheet('Năm 2022')!;
    const c1 = headerColumn(ws, ws.getRow(1).getCell(4).value as string);
    ws.getRow(3).getCell(c1).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    ws.getRow(4).getCell(c1).value = { formula: 'A1&""' } as ExcelJS.CellValue;
    ws.getCell('B1048576').value = 'lạc';
    const before = checksums(ctx.sqlite);
    const err = await refused(ctx, 'criteria.importApply', { fileName: 'tc.xlsx', base64: await base64Of(wb) });
    const places = err.details!.map((d) => d.message);
    const header = String(ws.getRow(1).getCell(c1).value);
    expect(places).toContain(
      `Sheet «Năm 2022», dòng 3, cột «${header}»: công thức cho kết quả lỗi #DIV/0!; hãy sửa công thức.`,
    );
    expect(
      places.some((m) => m.startsWith(`Sheet «Năm 2022», dòng 4, cột «${header}»: ô có công thức chưa có kết quả`)),
    ).toBe(true);
    expect(places.some((m) => m.includes('dòng 1048576'))).toBe(true);
    expect(err.message).not.toContain('[object Object]');
    expect(checksums(ctx.sqlite)).toEqual(before);
  });

  it('refuses the same criterion header twice, naming both columns', async () => {
    const ctx = await ctxOf();
    const wb = await workbook(ctx, 'criteria.export', {});
    const ws = wb.getWorksheet('Năm 2022')!;
    const first = ws.getRow(1).getCell(4).value as string;
    const last = ws.getRow(1).cellCount;
    ws.getRow(1).getCell(last + 1).value = first;
    ws.getRow(2).getCell(last + 1).value = 'Chưa đạt';
    const err = await refused(ctx, 'criteria.importApply', { fileName: 'tc.xlsx', base64: await base64Of(wb) });
    expect(err.message).toMatch(new RegExp(`cột «${first.replace('.', '\\.')}» có hai lần \\(cột D và cột [A-Z]+\\)`));
  });

  it('applying its own export changes nothing and writes no audit row', async () => {
    const ctx = await ctxOf();
    const wb = await workbook(ctx, 'criteria.export', {});
    const before = checksums(ctx.sqlite);
    const r = await call(ctx, 'criteria.importApply', { fileName: 'tc.xlsx', base64: await base64Of(wb) });
    expect(r.added + r.changed).toBe(0);
    expect(checksums(ctx.sqlite)).toEqual(before);
  });
});

describe('funding import: safe to retry, validated like the form', () => {
  async function withNewWorks(ctx: ServiceContext) {
    const wb = await workbook(ctx, 'funding.export', { year: 2022 });
    const ws = wb.getWorksheet('Công trình')!;
    const src = ws.getRow(2);
    for (const name of ['Cống mới A', 'Cống mới B']) {
      const row = ws.addRow((src.values as unknown[]).slice(1));
      row.getCell(headerColumn(ws, 'Mã công trình')).value = null;
      row.getCell(headerColumn(ws, 'Tên công trình')).value = name;
    }
    return wb;
  }

  it('adds new works once: the same file applied again adds nothing, changes nothing and writes no audit row', async () => {
    const ctx = await ctxOf();
    const file = { fileName: 'nv.xlsx', base64: await base64Of(await withNewWorks(ctx)) };
    const first = await call(ctx, 'funding.importApply', file);
    expect(first.worksAdded).toBe(2);
    const before = checksums(ctx.sqlite);
    const auditBefore = audits(ctx);
    const preview = await call(ctx, 'funding.importPreview', file);
    expect(preview).toMatchObject({ worksAdded: 0, worksChanged: 0, worksExisting: 2, provinceChanges: 0 });
    const again = await call(ctx, 'funding.importApply', file);
    expect(again).toMatchObject({ worksAdded: 0, worksChanged: 0, worksExisting: 2 });
    expect(checksums(ctx.sqlite)).toEqual(before);
    expect(audits(ctx)).toBe(auditBefore);
  });

  it('refuses two identical new rows and a cut-off outside the year, each with its place', async () => {
    const ctx = await ctxOf();
    const wb = await withNewWorks(ctx);
    const ws = wb.getWorksheet('Công trình')!;
    const lastNo = ws.rowCount;
    const dup = ws.getRow(lastNo + 1);
    dup.values = ws.getRow(lastNo).values as ExcelJS.CellValue[];
    wb.getWorksheet('Thông tin')!.getRow(2).getCell(2).value = '30/06/2019';
    const before = checksums(ctx.sqlite);
    const err = await refused(ctx, 'funding.importApply', { fileName: 'nv.xlsx', base64: await base64Of(wb) });
    const messages = err.details!.map((d) => d.message);
    expect(messages).toContain(
      'Sheet «Thông tin», dòng 2, cột «B»: ngày giải ngân 30/06/2019 không thuộc năm 2022 của tệp (phải từ 01/01/2022 đến 31/12/2022).',
    );
    expect(
      messages.some((m) =>
        m.startsWith(
          `Sheet «Công trình», dòng ${dup.number}, cột «Tên công trình»: công trình «Cống mới B» của xã này đã có ở dòng`,
        ),
      ),
    ).toBe(true);
    expect(checksums(ctx.sqlite)).toEqual(before);
  });
});

describe('OCOP import: form limits and retries', () => {
  it('refuses a phone number longer than the form allows and a 100.000-character cell, by place', async () => {
    const ctx = await ctxOf();
    const wb = await workbook(ctx, 'ocop.export', { asOf: '2022-12-31' });
    const ws = wb.getWorksheet('Chủ thể')!;
    ws.getRow(2).getCell(headerColumn(ws, 'Điện thoại')).value = '0'.repeat(41);
    ws.getRow(3).getCell(headerColumn(ws, 'Điện thoại')).value = '9'.repeat(100_000);
    const before = checksums(ctx.sqlite);
    const err = await refused(ctx, 'ocop.importApply', { fileName: 'ocop.xlsx', base64: await base64Of(wb) });
    const messages = err.details!.map((d) => d.message);
    expect(messages).toContain('Sheet «Chủ thể», dòng 2, cột «Điện thoại»: Số điện thoại quá dài (tối đa 40 ký tự).');
    expect(messages).toContain(
      'Sheet «Chủ thể», dòng 3, cột «Điện thoại»: ô dài 100.000 ký tự, quá giới hạn 32.767 ký tự của một ô Excel.',
    );
    expect(checksums(ctx.sqlite)).toEqual(before);
  });

  it('applying its own export writes nothing, not even an audit row', async () => {
    const ctx = await ctxOf();
    const wb = await workbook(ctx, 'ocop.export', { asOf: '2022-12-31' });
    const before = checksums(ctx.sqlite);
    await call(ctx, 'ocop.importApply', { fileName: 'ocop.xlsx', base64: await base64Of(wb) });
    expect(checksums(ctx.sqlite)).toEqual(before);
  });
});

describe('an empty workbook is refused by every import, saying what is missing', () => {
  /** Each sheet kept by name, with only its first `keep` rows (0: wholly empty). */
  function emptied(wb: ExcelJS.Workbook, keep: (sheet: string) => number): ExcelJS.Workbook {
    const out = new ExcelJS.Workbook();
    for (const ws of wb.worksheets) {
      const fresh = out.addWorksheet(ws.name);
      for (let r = 1; r <= keep(ws.name); r++) fresh.getRow(r).values = ws.getRow(r).values as ExcelJS.CellValue[];
    }
    return out;
  }
  const cases = [
    [
      'criteria',
      'criteria.export',
      {},
      /Sheet «Năm 2021»: sheet trống: cần dòng tiêu đề \(dòng 1\) với các cột «Đơn vị cấp huyện», «Tên xã»/,
      /Tệp «x\.xlsx» không có kết quả nào để nhập: sheet «Năm 2021», sheet «Năm 2022» chỉ có dòng tiêu đề/,
    ],
    [
      'funding',
      'funding.export',
      { year: 2022 },
      /Sheet «Thông tin»: thiếu dòng «Năm»/,
      /Tệp «x\.xlsx» không có số liệu nào để nhập: sheet «Nguồn vốn» không có dòng nguồn vốn và sheet «Công trình» không có dòng công trình/,
    ],
    [
      'ocop',
      'ocop.export',
      { asOf: '2022-12-31' },
      /Sheet «Chủ thể»: sheet trống: cần dòng tiêu đề \(dòng 1\) với các cột «Mã», «Tên chủ thể»/,
      /Tệp «x\.xlsx» không có dữ liệu OCOP nào để nhập: sheet «Chủ thể», «Sản phẩm», «Kết quả đánh giá» chỉ có dòng tiêu đề/,
    ],
  ] as const;
  for (const [kind, exporter, input, wholly, headersOnly] of cases) {
    it(`${kind}: every sheet empty, or only the header rows left`, async () => {
      const ctx = await ctxOf();
      const wb = await workbook(ctx, exporter, input);
      const before = checksums(ctx.sqlite);
      // Funding's «Thông tin» sheet holds the year and cut-off, not a table: it stays whole.
      const keepHeaders = (sheet: string) => (sheet === 'Thông tin' ? 100 : 1);
      for (const [keep, expected] of [
        [() => 0, wholly],
        [keepHeaders, headersOnly],
      ] as const) {
        for (const step of ['importPreview', 'importApply'] as const) {
          const err = await refused(ctx, `${kind}.${step}`, {
            fileName: 'x.xlsx',
            base64: await base64Of(emptied(wb, keep)),
          });
          expect(err.message).toMatch(expected);
        }
      }
      expect(checksums(ctx.sqlite)).toEqual(before);
    });
  }
});

describe('jobs: start, progress, outcome, cancel', () => {
  it('runs a preview as a job: progress rises to 1 and the outcome is the channel’s own', async () => {
    const ctx = await ctxOf();
    const base64 = await base64Of(await workbook(ctx, 'funding.export', { year: 2022 }));
    const { jobId } = await call(ctx, 'jobs.start', {
      channel: 'funding.importPreview',
      input: { fileName: 'nv.xlsx', base64 },
    });
    const seen = await followJob(ctx, jobId);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', progress: 1 });
    expect(last.result).toEqual(await call(ctx, 'funding.importPreview', { fileName: 'nv.xlsx', base64 }));
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // The outcome is handed over once.
    expect((await refused(ctx, 'jobs.status', { jobId })).code).toBe('NOT_FOUND');
  });

  it('a job refused by the channel’s schema or by the file fails with the channel’s message', async () => {
    const ctx = await ctxOf();
    const { jobId } = await call(ctx, 'jobs.start', {
      channel: 'ocop.importApply',
      input: { fileName: 'x.xlsx', base64: Buffer.from('not a workbook').toString('base64') },
    });
    const last = (await followJob(ctx, jobId)).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.error).toMatchObject({ code: 'IMPORT_INVALID' });
    expect(last.error!.message).toMatch(/Tệp «x\.xlsx» không phải sổ Excel/);
    expect((await refused(ctx, 'jobs.start', { channel: 'units.list' as never, input: {} })).code).toBe('VALIDATION');
  });

  it('cancel while reading stops the job and writes nothing', async () => {
    const ctx = await ctxOf();
    const wb = await workbook(ctx, 'criteria.export', {});
    const ws = wb.getWorksheet('Năm 2022')!;
    ws.getRow(2).getCell(4).value = ws.getRow(2).getCell(4).value === 'Đạt' ? 'Chưa đạt' : 'Đạt';
    const base64 = await base64Of(wb);
    const before = checksums(ctx.sqlite);
    const { jobId } = await call(ctx, 'jobs.start', {
      channel: 'criteria.importApply',
      input: { fileName: 'tc.xlsx', base64 },
    });
    const c = await call(ctx, 'jobs.cancel', { jobId });
    expect(c).toEqual({ cancelled: true, message: 'Đã hủy theo yêu cầu; chưa có dữ liệu nào được ghi.' });
    const last = (await followJob(ctx, jobId)).at(-1)!;
    expect(last).toMatchObject({ state: 'cancelled', cancellable: false, error: { code: 'CANCELLED' } });
    // The same file applies normally afterwards: the cancelled job left nothing behind.
    expect(checksums(ctx.sqlite)).toEqual(before);
    const r = await call(ctx, 'criteria.importApply', { fileName: 'tc.xlsx', base64 });
    expect(r.added + r.changed).toBe(1);
  });

  it('once writing has begun the job cannot be cancelled; before it, a cancelled job never writes', () => {
    const controller = new AbortController();
    let writing = false;
    const job = { signal: controller.signal, progress: () => {}, markWriting: () => (writing = true) };
    runInJob(job, () => beginWrite());
    expect(writing).toBe(true);
    const aborted = new AbortController();
    aborted.abort();
    expect(() => runInJob({ ...job, signal: aborted.signal }, () => beginWrite())).toThrow(AppError);
  });
});
