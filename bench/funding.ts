/**
 * Funding at national scale: 50.000 works in 10.000 xã with need, allocated and disbursed
 * figures; the roll-up by source and stage, and importing a 10.000-row works sheet.
 */
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { nationalDb, ms, report, time } from './util';
import { fundingOverview } from '../electron/services/funding/overview';
import { figuresInForce, yearRollup } from '../electron/services/funding/data';
import { Rollup, type RollupEntry } from '../shared/domain/funding-rollup';
import { importFunding } from '../electron/services/funding/excel-import';
import { loadSources, yearTree } from '../electron/services/funding/common';
import { loadWorkbook } from '../electron/services/io/excel';
import { insertWorkFigures, insertWorks, listSources } from '../db/repositories/funding';
import { INFO_CUTOFF, INFO_YEAR, SHEET_INFO, SHEET_WORKS, WORK_FIXED_HEADERS, workAmountHeaders, WRK } from '../electron/services/funding/excel-layout';
import { STAGES, type FundingStage } from '../shared/models/funding';

const YEAR = 2022;
const CUTOFF = '2022-12-31';

export async function run(): Promise<void> {
  const { ctx, communeIds } = await nationalDb(10_000);
  try {
    const sources = listSources(ctx.db);
    const t0 = performance.now();
    ctx.db.transaction((tx) => {
      const workRows = communeIds.flatMap((communeId, c) =>
        Array.from({ length: 5 }, (_, k) => ({ communeId, name: `Công trình ${c * 5 + k + 1}`, criterionNo: 2 + (k % 5), startYear: YEAR, endYear: YEAR, committedValue: k === 0 ? 3_000_000 : null })),
      );
      const ids = insertWorks(tx, workRows);
      const figures: { year: number; workId: number; sourceId: number; stage: FundingStage; amount: number; asOf: string | null }[] = [];
      ids.forEach((workId, i) => {
        const a = sources[i % 3]!.id;
        const b = sources[3 + (i % 3)]!.id;
        figures.push(
          { year: YEAR, workId, sourceId: a, stage: 'need', amount: 2_000_000 + i, asOf: null },
          { year: YEAR, workId, sourceId: b, stage: 'need', amount: 500_000, asOf: null },
          { year: YEAR, workId, sourceId: a, stage: 'allocated', amount: 1_500_000, asOf: null },
          { year: YEAR, workId, sourceId: b, stage: 'allocated', amount: 400_000, asOf: null },
          { year: YEAR, workId, sourceId: a, stage: 'disbursed', amount: 900_000 + (i % 1000), asOf: CUTOFF },
          { year: YEAR, workId, sourceId: b, stage: 'disbursed', amount: 100_000, asOf: '2022-06-30' },
          { year: YEAR, workId, sourceId: b, stage: 'disbursed', amount: 300_000, asOf: CUTOFF },
        );
      });
      insertWorkFigures(tx, figures);
    });
    const rows = (ctx.sqlite.prepare('SELECT count(*) AS n FROM funding_amounts').get() as { n: number }).n;
    console.log(`Dữ liệu: 10.000 xã, 50.000 công trình, ${rows.toLocaleString('vi-VN')} số liệu (dựng trong ${ms(performance.now() - t0)}).`);

    // The roll-up itself: the 50.000 works' figures (as a service holds them) summed up the unit tree.
    const tree = yearTree(ctx, YEAR);
    const codes = sources.map((s) => s.code);
    const communeOfWork = new Map(ctx.sqlite.prepare('SELECT id, commune_id FROM works').raw().all() as [number, number][]);
    const entries: RollupEntry[] = [];
    figuresInForce(ctx, YEAR, CUTOFF, (holder, _unit, sourceId, stage, amount) => {
      entries.push({ unitId: communeOfWork.get(holder)!, direct: false, sourceCode: codes[sources.findIndex((s) => s.id === sourceId)]!, stage: STAGES[stage]!, amount });
    });
    const pure = await time(() => {
      const r = Rollup.of(codes, tree.units, entries);
      r.figures(tree.province.id);
      for (const d of tree.districts) r.figures(d.id);
    }, 10);
    report(`Tổng hợp ${entries.length.toLocaleString('vi-VN')} số liệu của 50.000 công trình lên xã, huyện, tỉnh (p50)`, pure.p50, 150, `p99 ${ms(pure.p99)}`);
    const rollup = await time(() => {
      const { tree, rollup } = yearRollup(ctx, YEAR, CUTOFF);
      rollup.figures(tree.province.id);
      for (const d of tree.districts) rollup.figures(d.id);
    }, 10);
    report('Cùng phép tổng hợp, kể cả đọc từ SQLite (dịch vụ, p50)', rollup.p50, 150, `p99 ${ms(rollup.p99)}`);
    const overview = await time(() => fundingOverview(ctx, YEAR), 3, 1);
    console.log(`      Màn hình Nguồn vốn đầy đủ (tổng hợp + cảnh báo từng công trình), p50 ${ms(overview.p50)} — để tham khảo, không có ngân sách`);

    const base64 = await worksSheet(ctx, 10_000);
    // The floor: exceljs alone reading the same bytes, in this thread.
    const load = await time(async () => new ExcelJS.Workbook().xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer), 3, 1);
    const read = await time(() => loadWorkbook(base64, 'bench.xlsx'), 3, 1);
    const preview = await time(() => importFunding(ctx, 'bench.xlsx', base64, false), 3, 1);
    const rss0 = process.memoryUsage().rss;
    const t1 = performance.now();
    const applied = await importFunding(ctx, 'bench.xlsx', base64, true);
    const apply = performance.now() - t1;
    if (applied.worksAdded !== 10_000) throw new Error(`nhập được ${applied.worksAdded} công trình`);
    const t2 = performance.now();
    const again = await importFunding(ctx, 'bench.xlsx', base64, true);
    const reapply = performance.now() - t2;
    if (again.worksAdded !== 0 || again.worksExisting !== 10_000) throw new Error(`nhập lần hai thêm ${again.worksAdded} công trình`);
    const ratio = (x: number) => `${(x / load.p50).toFixed(2).replace('.', ',')}×`;
    const mb = (x: number) => `${Math.round(x / 1024 / 1024)} MB`;
    report('Nhập sheet 10.000 công trình (đọc, kiểm tra, ghi)', apply, 1.5 * load.p50, `= ${ratio(apply)} sàn exceljs đọc tệp ${ms(load.p50)} (ngân sách 1,5×); RSS ${mb(rss0)} → ${mb(process.memoryUsage().rss)}`);
    console.log(`      Chỉ đọc qua worker có giới hạn (kiểm tra zip + exceljs + lấy giá trị), p50 ${ms(read.p50)} = ${ratio(read.p50)}`);
    console.log(`      Xem trước cùng tệp (đọc + kiểm tra, không ghi), p50 ${ms(preview.p50)} = ${ratio(preview.p50)}`);
    console.log(`      Nhập lại cùng tệp (không thay đổi gì, không ghi), ${ms(reapply)} = ${ratio(reapply)}`);
  } finally {
    ctx.close();
  }
}

/** A works sheet as the export writes it, for new works in the synthetic communes. */
async function worksSheet(ctx: Parameters<typeof loadSources>[0], n: number): Promise<string> {
  const sources = loadSources(ctx).list;
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet(SHEET_INFO);
  info.addRows([
    [INFO_YEAR, YEAR],
    [INFO_CUTOFF, '31/12/2022'],
  ]);
  const ws = wb.addWorksheet(SHEET_WORKS);
  const amountHeaders = workAmountHeaders(sources);
  ws.addRow([...WORK_FIXED_HEADERS, ...amountHeaders, WRK.notes]);
  for (let i = 0; i < n; i++) {
    const commune = (i * 7) % 10_000;
    const amounts = amountHeaders.map((h) => (h.startsWith('Nhu cầu - Trung') ? 1200 + (i % 100) : h.startsWith('Nhu cầu - Dân') ? '150,5' : h.startsWith('Kế hoạch giao - Trung') ? 800 : null));
    ws.addRow([null, `Huyện thử ${Math.floor(commune / 15) + 1}`, `Xã thử ${commune + 1}`, `Công trình nhập ${i + 1}`, '2 - Giao thông', YEAR, YEAR + 1, 'Dự kiến', 2000, ...amounts, '']);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}
