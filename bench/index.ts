/**
 * `npm run bench`: speed and memory figures at national scale. Budgets come from the issues;
 * they are printed, never asserted in the test suite. Each domain adds its file to BENCHES.
 */
const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: 'Xã & tiêu chí', run: () => import('./criteria').then((m) => m.run()) },
  { name: 'Nguồn vốn', run: () => import('./funding').then((m) => m.run()) },
  { name: 'OCOP', run: () => import('./ocop').then((m) => m.run()) },
  { name: 'Văn bản', run: () => import('./documents').then((m) => m.run()) },
  { name: 'Bản đồ', run: () => import('./map').then((m) => m.run()) },
];

console.log(`NTM Office — đo tốc độ (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
if (!BENCHES.length) console.log('Chưa có phép đo nào.');
for (const b of BENCHES) {
  console.log(`\n== ${b.name} ==`);
  await b.run();
}
export {};
