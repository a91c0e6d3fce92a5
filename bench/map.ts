/**
 * The province map in Chromium (issue 15): the largest boundary files (most points, most units) with
 * a full data file of that province, served by the loopback bridge to Debian's Chromium. Budget: a
 * map drawn with its figures (request → service → JSON → React → painted) ≤ 300 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { startApp } from '../test/e2e/harness';
import { provinceDataFile } from '../test/helpers/geo-province';
import { readProvinceTopology, SOURCE_GEO_DIR } from '../db/geo';
import { projectTopology } from '../shared/domain/topojson';
import { ms, report } from './util';

const BUDGET = 300;

/** Province codes of the boundary files with the most arc points and with the most units. */
function largestProvinces(): { code: string; points: number; units: number }[] {
  const files = fs.readdirSync(SOURCE_GEO_DIR).filter((f) => f.endsWith('.topo.json.gz'));
  const stats = files.map((f) => {
    const t = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(SOURCE_GEO_DIR, f))).toString('utf8')) as { arcs: unknown[][]; objects: { units: { geometries: unknown[] } } };
    return { code: f.slice(0, 2), points: t.arcs.reduce((s, a) => s + a.length, 0), units: t.objects.units.geometries.length };
  });
  const byPoints = [...stats].sort((a, b) => b.points - a.points)[0]!;
  const byUnits = [...stats].sort((a, b) => b.units - a.units)[0]!;
  return byPoints.code === byUnits.code ? [byPoints] : [byPoints, byUnits];
}

/**
 * Clicks a switch button and waits until the map shows the new figures and the frame is painted.
 * Plain JavaScript text: tsx would wrap named functions with a helper the page does not have.
 */
const SWITCH_AND_PAINT = `async (label) => {
  const svg = () => document.querySelector('[data-testid="province-map"]');
  const before = svg()?.getAttribute('data-map-key');
  const button = [...document.querySelectorAll('.map-switch button')].find((b) => b.textContent === label);
  if (!button) throw new Error('no button ' + label);
  const t0 = performance.now();
  button.click();
  let drawn = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const s = svg();
      if (s && s.getAttribute('data-map-key') !== before) {
        drawn = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      } else requestAnimationFrame(tick);
    };
    tick();
  });
  const total = performance.now() - t0;
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('map.province')).pop();
  return [total, api ? api.responseEnd - t0 : 0, drawn - t0];
}`;

export async function run(): Promise<void> {
  if (!fs.existsSync(path.resolve('dist', 'renderer', 'index.html'))) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  for (const p of largestProvinces()) {
    const t0 = performance.now();
    projectTopology(readProvinceTopology(SOURCE_GEO_DIR, p.code)!);
    const projectMs = performance.now() - t0;
    const file = await provinceDataFile(p.code);
    const app = await startApp(file.dataDir);
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.locator('[data-testid="province-map"] path.map-unit').nth(p.units - 1).waitFor({ timeout: 60_000 });
      const samples: number[] = [];
      const requests: number[] = [];
      for (let i = 0; i < 12; i++) {
        const [total, request, drawn] = await page.evaluate<[number, number, number]>(`(${SWITCH_AND_PAINT})(${JSON.stringify(i % 2 ? 'Đạt chuẩn NTM' : 'Số tiêu chí đạt')})`);
        samples.push(total);
        requests.push(request);
        if (process.env.MAP_BENCH_DEBUG) console.log(`    ${ms(total)}: yêu cầu xong ${ms(request)}, DOM ${ms(drawn)}`);
      }
      const warm = samples.slice(2).sort((a, b) => a - b);
      const warmRequests = requests.slice(2).sort((a, b) => a - b);
      const p50 = warm[Math.floor(warm.length / 2)]!;
      const worst = warm[warm.length - 1]!;
      const drawn = await page.locator('[data-testid="province-map"] path.map-unit').count();
      console.log(`  tỉnh mã ${p.code}: ${p.units} đơn vị (${drawn} hình vẽ), ${p.points.toLocaleString('vi-VN')} điểm; đọc và chiếu tệp ranh giới lần đầu ${ms(projectMs)}`);
      report({ name: `Vẽ bản đồ tỉnh ${p.code} kèm số liệu (trung vị, ${warm.length} lần)`, value: p50, budget: BUDGET, extra: `trong đó yêu cầu ${ms(warmRequests[Math.floor(warmRequests.length / 2)]!)}` });
      report({ name: `Vẽ bản đồ tỉnh ${p.code} kèm số liệu (chậm nhất)`, value: worst, budget: BUDGET });
      if (app.errors.length) console.log('  lỗi trong trang:', app.errors.join('; '));
    } finally {
      await app.stop();
    }
  }
}
