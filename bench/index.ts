/**
 * `npm run bench`: speed and memory figures at national scale. Budgets come from the issues;
 * they are printed, never asserted in the test suite. Each domain runs in its own process, so
 * the peak memory printed beside its figures is its own. `npm run bench -- <domain>` runs one.
 */
import { spawnSync } from 'node:child_process';
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
  for (const b of BENCHES.filter((x) => !wanted.length || wanted.includes(x.key))) {
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
