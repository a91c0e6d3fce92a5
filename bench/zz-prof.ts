import { dispatch } from '../electron/services/dispatch';
import { criteriaOfSet } from '../db/repositories/criteria';
import { criteriaSetForYear } from '../db/repositories/standings';
import { nationalDb } from '../bench/util';
import { seedCriteria } from '../bench/national-data';
const national = await nationalDb();
const { ctx, communeIds } = national;
const set = criteriaSetForYear(ctx.db, 2022)!;
const criteria = criteriaOfSet(ctx.db, set.id);
seedCriteria(national, [2022]);
if (process.env.AC) ctx.sqlite.pragma('wal_autocheckpoint = ' + process.env.AC);
ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
const frames0 = () => ctx.sqlite.pragma('wal_checkpoint(PASSIVE)');

const { loadMatrix } = await import('../electron/services/criteria/matrix');
const keep: unknown[] = [];
if (process.env.HEAP) for (let i = 0; i < 30; i++) keep.push(loadMatrix(ctx, 2022));
let k = 0;
const N = Number(process.env.N ?? 5000);
const ts: number[] = [];
for (let i = 0; i < N; i++) {
  const communeId = communeIds[(k * 7919) % communeIds.length]!;
  const criterionId = criteria[k % criteria.length]!.id;
  k++;
  const t0 = performance.now();
  const r = await dispatch(ctx, 'criteria.setResults', { year: 2022, changes: [{ communeId, criterionId, met: k % 2 === 0 }] });
  ts.push(performance.now() - t0);
  if (!r.ok) throw new Error(r.error.message);
}
console.log((await import('node:fs')).statSync(ctx.sqlite.name + '-wal').size/4096, 'wal pages');
ts.sort((a, b) => a - b);
console.log('p50', ts[N >> 1], 'p99', ts[Math.floor(N * 0.99)], 'max', ts[N - 1]);
ctx.close();
