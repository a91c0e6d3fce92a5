/**
 * `npm run bench`: speed and memory figures at national scale. Budgets come from the issues;
 * they are printed, never asserted in the test suite. Each domain runs in its own process, so
 * the peak memory printed beside its figures is its own. `npm run bench -- <domain>` runs one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { envOverride } from '../electron/data-dir';

const BENCHES: { key: string; name: string; run: () => Promise<void> }[] = [
  { key: 'units', name: 'Đơn vị hành chính toàn quốc', run: () => import('./units').then((m) => m.run()) },
  { key: 'criteria', name: 'Xã & tiêu chí', run: () => import('./criteria').then((m) => m.run()) },
  { key: 'funding', name: 'Nguồn vốn', run: () => import('./funding').then((m) => m.run()) },
  { key: 'ocop', name: 'OCOP', run: () => import('./ocop').then((m) => m.run()) },
  { key: 'documents', name: 'Văn bản', run: () => import('./documents').then((m) => m.run()) },
  { key: 'indicators', name: 'Chỉ tiêu 2026–2030', run: () => import('./indicators').then((m) => m.run()) },
  { key: 'dashboard', name: 'Tổng quan', run: () => import('./dashboard').then((m) => m.run()) },
  { key: 'map', name: 'Bản đồ', run: () => import('./map').then((m) => m.run()) },
  { key: 'screens', name: 'Màn hình trong Chromium', run: () => import('./screens').then((m) => m.run()) },
];

/** Benches that drive the built renderer in Chromium. */
const IN_BROWSER = new Set(['dashboard', 'map', 'screens']);

/** Newest modification time of the files under these paths (ms). */
function newestChange(paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) if (fs.existsSync(p)) walk(p);
  return newest;
}

/** The browser benches measure the built renderer: build it when it is missing or older than its sources. */
function ensureRendererBuilt(): boolean {
  const built = path.resolve('dist', 'renderer', 'index.html');
  const sources = newestChange(['renderer', 'shared', 'vite.config.ts', 'package.json']);
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return true;
  console.log('Dựng lại giao diện (vite build) vì bản dựng cũ hơn mã nguồn…');
  const vite = path.resolve('node_modules', 'vite', 'bin', 'vite.js');
  return spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status === 0;
}

const child = envOverride('NTM_BENCH_CHILD');
if (child) {
  await BENCHES.find((b) => b.key === child)!.run();
} else {
  const wanted = process.argv.slice(2);
  console.log(`NTM Office — đo tốc độ (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
  console.log(
    'Mỗi dòng: số đo | ngân sách | sàn đo cùng lần chạy và tỉ lệ | thời gian CPU | bộ nhớ đỉnh (RSS) của phần đo.',
  );
  let failed = false;
  const chosen = BENCHES.filter((x) => !wanted.length || wanted.includes(x.key));
  if (chosen.some((b) => IN_BROWSER.has(b.key)) && !ensureRendererBuilt()) failed = true;
  for (const b of chosen) {
    console.log(`\n== ${b.name} ==`);
    const r = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1, 2)], {
      stdio: 'inherit',
      env: { ...process.env, NTM_BENCH_CHILD: b.key },
    });
    if (r.status !== 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}
export {};
