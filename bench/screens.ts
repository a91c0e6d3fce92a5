/**
 * Screens at national scale in Chromium (issue 14): the real pre-2025 list (10,035 xã) with 19
 * criteria results each for two years, recognitions, and 50,000 works with their figures, served by
 * the loopback bridge to the built renderer. Budgets: the first rows of the criteria grid after
 * opening the section ≤ 1,2 s; switching to each section ≤ 300 ms. The clock runs in the page, from
 * the click on the navigation link to the section showing its data (checked every frame).
 * Floors: switching to the help page, which reads no data (the cost of the click, routing and paint),
 * and per row the moment the last data answer arrived (the bare data requests).
 * Visited sections stay mounted (renderer/components/KeptPages.tsx): the switching rows measure
 * that, and the rows «sau một thay đổi dữ liệu» a section that re-reads its data in place; a section
 * counts as shown only once it is no longer marked busy (aria-busy), i.e. with the new data.
 * The CPU printed is the page's main-thread busy time (Chromium's TaskDuration); the bridge and
 * services' CPU is printed once for the whole part.
 */
import fs from 'node:fs';
import path from 'node:path';
import { count, machineLoad, ms, nationalDb, note, report } from './util';
import { seedCriteria, seedFunding } from './national-data';
import { openRenderer, rendererBuilt } from './browser';
import { profile } from './profile';

const YEAR = 2022;
const SHOTS = path.resolve('test-results', 'screenshots');

/**
 * Per section: what shows that its data is on screen (plain JavaScript evaluated in the page; `p` = the
 * shown section's host, kept hidden sections being in the document too; `total` = xã count).
 */
const READY: Record<string, string> = {
  'tong-quan': `p.querySelectorAll('canvas[data-points]').length >= 3 && !!p.querySelector('.drill .ag-row')`,
  xa: `!!p.querySelector('[data-testid="commune-count"]') && !p.querySelector('[data-testid="commune-count"]').textContent.includes('Đang tải') && !!p.querySelector('.ag-row')`,
  'tieu-chi': `Number((p.querySelector('[data-testid="matrix-count"]')?.textContent ?? '').replace(/[^0-9]/g, '')) >= total && !!p.querySelector('[data-testid="matrix-grid"] .ag-row')`,
  'nguon-von': `!!p.querySelector('[data-testid="works-count"]')?.textContent && !!p.querySelector('[data-testid="works-grid"] .ag-row') && !!p.querySelector('[data-testid="sources-grid"] .ag-row')`,
  ocop: `!!p.querySelector('.ag-row')`,
  'van-ban': `!!p.querySelector('section.docs-page') && !p.textContent.includes('Đang tải')`,
  'huong-dan': `!!p.querySelector('section, article, h2')`,
};
const LABEL: Record<string, string> = {
  'tong-quan': 'Tổng quan',
  xa: 'Danh sách xã',
  'tieu-chi': 'Xã & tiêu chí',
  'nguon-von': 'Nguồn vốn',
  ocop: 'OCOP',
  'van-ban': 'Văn bản',
  'huong-dan': 'Hướng dẫn',
};

/** Clicks the section's navigation link and resolves with the milliseconds until its data is on screen. */
const OPEN = (id: string, total: number) => `new Promise((resolve, reject) => {
  const d = document;
  const total = ${total};
  const link = d.querySelector('a.nav-item[href="#/${id}"]');
  if (!link) return reject(new Error('no link ${id}'));
  const t0 = performance.now();
  link.click();
  const tick = () => {
    const title = d.querySelector('main h1.page-title')?.textContent;
    const p = d.querySelector('main .page-host:not(.page-hidden)');
    const busy = !p || p.hasAttribute('aria-busy');
    if (title === ${JSON.stringify(LABEL[id])} && !busy && (${READY[id]})) {
      const t = performance.now() - t0;
      // The data requests of this opening: when the last answer arrived, and which took longest.
      const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= t0);
      performance.clearResourceTimings();
      const last = api.reduce((m, e) => Math.max(m, e.responseEnd - t0), 0);
      const slow = api.reduce((m, e) => (e.duration > m.duration ? e : m), { duration: 0, name: '' });
      if (window.__ntmBenchSizes) console.log('api ' + api.map((e) => decodeURIComponent(e.name.split('/api/')[1] || '').slice(0, 40) + ' ' + Math.round(e.duration) + 'ms ' + Math.round(e.decodedBodySize / 1024) + 'kB').join('; '));
      resolve([t, last, decodeURIComponent(slow.name.split('/api/')[1] || ''), slow.duration]);
    }
    else if (performance.now() - t0 > 60000) reject(new Error('timeout ${id}'));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  if (!rendererBuilt()) {
    console.log('Bỏ qua: chưa dựng giao diện (chạy `npm run build:renderer` trước).');
    return;
  }
  const national = await nationalDb();
  const { ctx, communeIds } = national;
  seedCriteria(national, [YEAR, YEAR + 1]);
  seedFunding(national, YEAR, 50_000, `${YEAR}-12-31`);
  const total = communeIds.length;
  note(
    `Dữ liệu: ${count(total)} xã (danh sách toàn quốc trước 2025) × 19 tiêu chí hai năm, công nhận, ${count(50_000)} công trình; năm ${YEAR}`,
  );
  const app = await openRenderer(ctx);
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  /** Busy time of the page's main thread so far (ms): Chromium's own CPU for the screen. */
  const pageBusy = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const detail = new Map<string, { busy: number[]; answered: number[]; slow: string[] }>();
  const open = async (id: string): Promise<number> => {
    const b0 = await pageBusy();
    const [t, answered, slowName, slowMs] = (await page.evaluate(OPEN(id, total))) as [number, number, string, number];
    const d = detail.get(id) ?? { busy: [], answered: [], slow: [] };
    d.busy.push((await pageBusy()) - b0);
    d.answered.push(answered);
    d.slow.push(slowName ? `${slowName} ${ms(slowMs)}` : '');
    detail.set(id, d);
    return t;
  };
  /** Medians of the page's busy time and of when the last data answer arrived, for the report line. */
  const how = (id: string, value: number, from = 0) => {
    const d = detail.get(id)!;
    const answered = median(d.answered.slice(from));
    const rss = app.rendererRss();
    const ratio = answered > 0 ? ` → ×${(value / answered).toFixed(1).replace('.', ',')} so với dữ liệu` : '';
    return `trang bận ${ms(median(d.busy.slice(from)))}, dữ liệu về sau ${ms(answered)}${ratio} (chậm nhất: ${d.slow.at(-1)})${rss ? `; RSS trang ${count(rss.now)} MB, đỉnh ${count(rss.peak)} MB` : ''}`;
  };
  // A real write (the notes of one xã): the data version moves, so every kept section reads again; the
  // answers of most sections are the same, Danh sách xã's has one changed row.
  const noteOf = ctx.sqlite.prepare('UPDATE admin_units SET notes = ? WHERE id = ?');
  let writes = 0;
  const touch = () => noteOf.run(`ghi chú đo ${++writes}`, communeIds[0]);
  try {
    await page.goto(`${app.url}#/huong-dan`);
    await page.locator('main h1.page-title').waitFor({ timeout: 60_000 });
    const cpu0 = process.cpuUsage();
    // NTM_BENCH_PROFILE=xa,tong-quan: only where the time of those switches goes (a developer's aid).
    const profiled = (process.env.NTM_BENCH_PROFILE ?? '').split(',').filter((s) => s in LABEL);
    if (profiled.length) {
      page.on('console', (m) => m.text().startsWith('api ') && note(m.text()));
      await page.evaluate('window.__ntmBenchSizes = true');
      for (const s of profiled) await open(s);
      for (const s of profiled) {
        await open('huong-dan');
        await profile(cdp, `chuyển sang ${LABEL[s]}`, () => open(s));
      }
      for (const s of profiled) {
        await open('huong-dan');
        touch();
        await profile(cdp, `chuyển sang ${LABEL[s]} sau thay đổi dữ liệu`, () => open(s));
      }
      return;
    }

    // The criteria grid opened right after a data change (the service reads the matrix afresh), from the help page.
    const firstRows: number[] = [];
    for (let i = 0; i < 5; i++) {
      await open('huong-dan');
      touch();
      firstRows.push(await open('tieu-chi'));
    }
    const help: number[] = [];
    for (let i = 0; i < 5; i++) {
      await open('tieu-chi');
      help.push(await open('huong-dan'));
    }
    const floor = median(help);
    report({
      name: `Mở Xã & tiêu chí → những dòng đầu của lưới ${count(total)} xã (sau thay đổi dữ liệu), p50`,
      value: median(firstRows),
      budget: 1200,
      floor,
      floorName: 'chuyển sang trang Hướng dẫn (không đọc dữ liệu)',
      cpu: median(detail.get('tieu-chi')!.busy),
      extra: `lần mở đầu tiên (dựng lưới) ${ms(firstRows[0]!)}, chậm nhất ${ms(Math.max(...firstRows))}; ${how('tieu-chi', median(firstRows))}`,
    });

    // Every section in turn, six rounds, nothing changed meanwhile (a visited section is kept); the first round shows what a first visit costs.
    const sections = ['tong-quan', 'xa', 'tieu-chi', 'nguon-von', 'ocop', 'van-ban'];
    const samples = new Map(sections.map((s) => [s, [] as number[]]));
    detail.clear();
    for (let round = 0; round < 6; round++) for (const s of sections) samples.get(s)!.push(await open(s));
    for (const s of sections) {
      const xs = samples.get(s)!;
      report({
        name: `Chuyển sang ${LABEL[s]} với dữ liệu toàn quốc, p50 lần 2–6`,
        value: median(xs.slice(1)),
        budget: 300,
        floor,
        floorName: 'chuyển sang Hướng dẫn',
        cpu: median(detail.get(s)!.busy.slice(1)),
        extra: `lần đầu ${ms(xs[0]!)}; ${how(s, median(xs.slice(1)), 1)}`,
      });
    }
    // After a data change a kept section reads its data again (in place, keeping the grid).
    const changed = sections.filter((s) => s !== 'van-ban');
    const afresh = new Map(changed.map((s) => [s, [] as number[]]));
    detail.clear();
    for (let round = 0; round < 5; round++)
      for (const s of changed) {
        await open('huong-dan');
        touch();
        afresh.get(s)!.push(await open(s));
      }
    for (const s of changed) {
      const xs = afresh.get(s)!;
      report({
        name: `Chuyển sang ${LABEL[s]} sau một thay đổi dữ liệu (đọc lại), p50`,
        value: median(xs),
        budget: 300,
        floor,
        floorName: 'chuyển sang Hướng dẫn',
        cpu: median(detail.get(s)!.busy),
        extra: how(s, median(xs)),
      });
    }
    // The national-scale Nguồn vốn screen as a person sees it (first page of works and its note).
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      await open('huong-dan');
      await open('nguon-von');
      await page.locator('[data-testid="works-count"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `bench-nguon-von-${viewport.width}.png`) });
    }
    const cpu = process.cpuUsage(cpu0);
    note(
      `CPU của tiến trình Node (cầu nối + dịch vụ) trong cả phần đo: ${ms((cpu.user + cpu.system) / 1000)}; ${machineLoad()}`,
    );
    if (app.errors.length) note(`Lỗi trong trang: ${app.errors.join('; ')}`);
  } finally {
    await app.close();
    ctx.close();
  }
}
