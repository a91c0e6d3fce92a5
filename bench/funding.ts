/**
 * Funding at national scale: 50,000 works in the 10,035 communes of the real pre-2025 list with
 * need, allocated and disbursed figures (two cut-offs). Budgets (issue 14): the roll-up commune →
 * province including the read ≤ 150 ms; the whole Nguồn vốn screen's data ≤ 200 ms. Floor: the
 * same roll-up over figures already in memory (no read at all).
 */
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { count, machineLoad, ms, nationalDb, note, report, time } from './util';
import { dispatch } from '../electron/services/dispatch';
import { seedFunding } from './national-data';
import { timeAfterChange } from './after-change';
import type { WorksList } from '../shared/models/funding';
import { figuresInForce, provinceRollup, yearRollup } from '../electron/services/funding/data';
import { Rollup, type RollupEntry } from '../electron/domain/funding-rollup';
import { importApply, importPreview } from '../electron/services/funding/excel-import';
import { loadSources, yearTree, yearTreeParts } from '../electron/services/funding/common';
import { loadWorkbook } from '../electron/services/io/excel';
import { listSources, workCommunes } from '../db/repositories/funding';
import {
  INFO_CUTOFF,
  INFO_YEAR,
  SHEET_INFO,
  SHEET_WORKS,
  WORK_FIXED_HEADERS,
  workAmountHeaders,
  WRK,
} from '../electron/services/funding/excel-layout';
import { STAGES } from '../shared/models/funding';
import { thousandVnd } from '../shared/models/units-of-measure';

const YEAR = 2022;
const CUTOFF = '2022-12-31';
const WORKS = 50_000;

export async function run(): Promise<void> {
  const national = await nationalDb();
  const { ctx, communeIds } = national;
  try {
    const sources = listSources(ctx.db);
    const t0 = performance.now();
    seedFunding(national, YEAR, WORKS, CUTOFF);
    const rows = (ctx.sqlite.prepare('SELECT count(*) AS n FROM funding_amounts').get() as { n: number }).n;
    note(
      `Dữ liệu: ${count(communeIds.length)} xã (danh sách toàn quốc trước 2025), ${count(WORKS)} công trình, ${count(rows)} số liệu (dựng, kể cả bảng tổng hợp theo xã, trong ${ms(performance.now() - t0)}).`,
    );

    // Floor: the 50,000 works' figures already in memory (as a service would hold them), summed up the unit tree.
    const tree = yearTree(ctx, YEAR);
    const codes = sources.map((s) => s.code);
    const communeOfWork = workCommunes(ctx.sqlite);
    const entries: RollupEntry[] = [];
    figuresInForce(ctx, YEAR, CUTOFF, (holder, _unit, sourceId, stage, amount) => {
      entries.push({
        unitId: communeOfWork.get(holder)!,
        direct: false,
        sourceCode: codes[sources.findIndex((s) => s.id === sourceId)]!,
        stage: STAGES[stage]!,
        amount: thousandVnd(amount),
      });
    });
    const pure = await time(() => {
      const r = Rollup.of(codes, tree.units, entries);
      r.figures(tree.province.id);
      for (const d of tree.districts) r.figures(d.id);
    }, 10);
    const rollup = await time(() => {
      // As the screen reads it: the province and its district-level units, not the 10^4 xã.
      const { tree, rollup } = provinceRollup(ctx, YEAR, CUTOFF, yearTreeParts(ctx, YEAR));
      rollup.figures(tree.province.id);
      for (const d of tree.districts) rollup.figures(d.id);
    }, 10);
    const perCommune = await time(() => yearRollup(ctx, YEAR, CUTOFF), 5);
    report({
      name: `Tổng hợp vốn ${count(WORKS)} công trình xã → tỉnh, kể cả đọc SQLite, p50`,
      value: rollup.p50,
      budget: 150,
      floor: pure.p50,
      floorName: `cộng ${count(entries.length)} số đã nằm trong bộ nhớ`,
      cpu: rollup.cpu,
      extra: `tổng hợp giữ cả từng xã (bản đồ, văn bản): ${ms(perCommune.p50)}, CPU ${ms(perCommune.cpu)}`,
    });
    // What the screen loads on opening: the overview (roll-up and warnings) and the first page of
    // works; then choosing one xã loads that xã's works.
    const call = async (channel: 'funding.overview' | 'funding.works', input: object) => {
      const r = await dispatch(ctx, channel, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const opened = (await call('funding.works', { year: YEAR })) as WorksList;
    const overview = await time(() => call('funding.overview', { year: YEAR }), 3, 1);
    const firstPage = await time(() => call('funding.works', { year: YEAR }), 3, 1);
    const screen = { p50: overview.p50 + firstPage.p50, cpu: overview.cpu + firstPage.cpu };
    report({
      name: `Dữ liệu màn hình Nguồn vốn khi mở (tổng hợp, cảnh báo, ${count(opened.rows.length)}/${count(opened.total)} công trình đầu), p50`,
      value: screen.p50,
      budget: 200,
      floor: rollup.p50,
      floorName: 'chỉ phần tổng hợp',
      cpu: screen.cpu,
      extra: `tổng hợp + cảnh báo ${ms(overview.p50)}, trang công trình ${ms(firstPage.p50)}`,
    });
    // Right after a data change (one xã's notes: the data version moves, every read model is read again),
    // as the kept Nguồn vốn section re-reads: the overview, then the first page, one after the other.
    const changed = await timeAfterChange(national, [
      () => call('funding.overview', { year: YEAR }),
      () => call('funding.works', { year: YEAR }),
    ]);
    report({
      name: 'Dữ liệu màn hình Nguồn vốn ngay sau một thay đổi dữ liệu (tổng hợp, cảnh báo, trang đầu), p50',
      value: changed.wall,
      budget: 200,
      floor: rollup.p50,
      floorName: 'chỉ phần tổng hợp',
      cpu: changed.cpu,
      extra: `funding.overview ${ms(changed.each[0]!.wall)} (CPU ${ms(changed.each[0]!.cpu)}), funding.works ${ms(changed.each[1]!.wall)} (CPU ${ms(changed.each[1]!.cpu)}); ${machineLoad()}`,
    });
    const commune = communeIds[1234]!;
    const oneCommune = await time(() => call('funding.works', { year: YEAR, communeId: commune }), 10, 1);
    const works = ((await call('funding.works', { year: YEAR, communeId: commune })) as WorksList).rows.length;
    report({
      name: `Chọn một xã trên màn hình Nguồn vốn (${works} công trình của xã), p50`,
      value: oneCommune.p50,
      budget: 200,
      floor: rollup.p50,
      floorName: 'chỉ phần tổng hợp',
      cpu: oneCommune.cpu,
    });
    note(machineLoad());

    const base64 = await worksSheet(ctx, 10_000, communeIds.length);
    // The floor: exceljs alone reading the same bytes, in this thread.
    const load = await time(
      async () => new ExcelJS.Workbook().xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer),
      3,
      1,
    );
    const read = await time(() => loadWorkbook(base64, 'bench.xlsx'), 3, 1);
    const preview = await time(() => importPreview(ctx, { fileName: 'bench.xlsx', base64 }), 3, 1);
    const rss0 = process.memoryUsage().rss;
    // Three imports of 10,000 new works each (other names), each right after the floor read once
    // more, so each pair sees the same moment of a shared machine; the medians are reported.
    const applies: { wall: number; cpu: number; floor: number; floorCpu: number }[] = [];
    for (const prefix of ['', 'Đợt 2 — ', 'Đợt 3 — ']) {
      const file = prefix ? await worksSheet(ctx, 10_000, communeIds.length, prefix) : base64;
      const floor = await time(
        async () => new ExcelJS.Workbook().xlsx.load(Buffer.from(file, 'base64') as unknown as ExcelJS.Buffer),
        1,
        0,
      );
      // Between two imports a person makes, the app has been idle and its idle checkpoint has emptied
      // the WAL (db/wal-keeper.ts); without it SQLite's own backstop checkpoint of 64 MB would land
      // inside whichever import crosses it.
      ctx.sqlite.pragma('wal_checkpoint(PASSIVE)');
      const c1 = process.cpuUsage();
      const t1 = performance.now();
      const applied = await importApply(ctx, { fileName: 'bench.xlsx', base64: file });
      const wall = performance.now() - t1;
      // The process's CPU, so the reading worker's thread counts too (the floor reads in this thread).
      const cpu = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(c1));
      if (applied.worksAdded !== 10_000) throw new Error(`nhập được ${applied.worksAdded} công trình`);
      applies.push({ wall, cpu, floor: floor.p50, floorCpu: floor.cpu });
    }
    const median = (f: (a: (typeof applies)[number]) => number) => applies.map(f).sort((a, b) => a - b)[1]!;
    ctx.sqlite.pragma('wal_checkpoint(PASSIVE)');
    const t2 = performance.now();
    const again = await importApply(ctx, { fileName: 'bench.xlsx', base64 });
    const reapply = performance.now() - t2;
    if (again.worksAdded !== 0 || again.worksExisting !== 10_000)
      throw new Error(`nhập lần hai thêm ${again.worksAdded} công trình`);
    const ratio = (x: number) => `${(x / load.p50).toFixed(2).replace('.', ',')}×`;
    const mb = (x: number) => `${Math.round(x / 1024 / 1024)} MB`;
    report({
      name: 'Nhập sheet 10.000 công trình (đọc, kiểm tra, ghi), trung vị',
      value: median((a) => a.wall),
      budget: 1.5 * median((a) => a.floor),
      floor: median((a) => a.floor),
      floorName: 'exceljs chỉ đọc tệp; ngân sách 1,5×',
      cpu: median((a) => a.cpu),
      floorCpu: median((a) => a.floorCpu),
      extra: `trung vị 3 lần nhập; từng lần ${applies.map((a) => `${ms(a.wall)}/${ms(a.floor)}`).join(', ')}; RSS ${mb(rss0)} → ${mb(process.memoryUsage().rss)}`,
    });
    console.log(
      `      Chỉ đọc qua worker có giới hạn (kiểm tra zip + đọc XML của sheet + lấy giá trị), p50 ${ms(read.p50)} = ${ratio(read.p50)}, CPU ${ms(read.cpu)}`,
    );
    console.log(`      Xem trước cùng tệp (đọc + kiểm tra, không ghi), p50 ${ms(preview.p50)} = ${ratio(preview.p50)}`);
    console.log(`      Nhập lại cùng tệp (không thay đổi gì, không ghi), ${ms(reapply)} = ${ratio(reapply)}`);
  } finally {
    ctx.close();
  }
}

/** A works sheet as the export writes it, for new works in communes of the national list. */
async function worksSheet(
  ctx: Parameters<typeof loadSources>[0],
  n: number,
  communes: number,
  prefix = '',
): Promise<string> {
  const sources = loadSources(ctx).list;
  const names = ctx.sqlite
    .prepare(
      "SELECT d.name, d.kind, u.name FROM admin_units u JOIN admin_units d ON d.id = u.parent_id WHERE u.code LIKE 'N%' AND u.kind = 'xa' ORDER BY u.id",
    )
    .raw()
    .all() as [string, string, string][];
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
    const [district, , commune] = names[(i * 7) % Math.min(communes, names.length)]!;
    const amounts = amountHeaders.map((h) =>
      h.startsWith('Nhu cầu - Trung')
        ? 1200 + (i % 100)
        : h.startsWith('Nhu cầu - Dân')
          ? '150,5'
          : h.startsWith('Kế hoạch giao - Trung')
            ? 800
            : null,
    );
    ws.addRow([
      null,
      district,
      commune,
      `${prefix}Công trình nhập ${i + 1}`,
      '2 - Giao thông',
      YEAR,
      YEAR + 1,
      'Dự kiến',
      2000,
      ...amounts,
      '',
    ]);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}
