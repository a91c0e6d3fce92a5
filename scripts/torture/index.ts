/**
 * `npm run torture [-- --short]`: the fault harness. Prints a table of figures per part and exits
 * non-zero on any failure. The short run (also inside `npm test`) uses fewer kills and files.
 */
import { corpusPart, damagedPart, killDocumentsPart, killImportsPart, type PartResult } from './run';

const short = process.argv.includes('--short');
const only = process.argv.find((a) => /^--part=/.test(a))?.slice(7);
const parts: [string, () => Promise<PartResult>][] = [
  ['a', () => killImportsPart(short ? 9 : 120)],
  ['b', () => killDocumentsPart(short ? 5 : 40)],
  ['c', () => corpusPart(short ? 30 : Infinity)],
  ['d', () => damagedPart()],
];
let failed = 0;
console.log(`NTM Office — thử chịu lỗi${short ? ' (bản ngắn)' : ''}, ${new Date().toISOString()}`);
for (const [key, run] of parts) {
  if (only && !only.includes(key)) continue;
  const t0 = Date.now();
  const r = await run();
  console.log(`\n${r.part}  (${((Date.now() - t0) / 1000).toFixed(1).replace('.', ',')} s)`);
  for (const [k, v] of r.figures) console.log(`  ${k.padEnd(44)} ${v}`);
  console.log(`  ${'kết quả'.padEnd(44)} ${r.failures.length ? `LỖI (${r.failures.length})` : 'ĐẠT'}`);
  for (const f of r.failures.slice(0, 20)) console.log(`    - ${f}`);
  failed += r.failures.length;
}
console.log(failed ? `\nTHẤT BẠI: ${failed} lỗi.` : '\nĐẠT: không có lỗi.');
process.exit(failed ? 1 : 0);
