import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../electron/app-context';
import { eq } from 'drizzle-orm';
import { adminUnits } from '../db/schema';
import { searchKey } from '../shared/format/text';
import type { ServiceContext } from '../electron/services/context';
import { seedDefaultData } from '../db/seed/seed';

export interface Timing {
  p50: number;
  p99: number;
  mean: number;
  runs: number;
}

/** Runs fn repeatedly (after warm-up) and reports milliseconds. */
export async function time(fn: () => unknown, runs = 20, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p99: at(0.99), mean: samples.reduce((s, x) => s + x, 0) / samples.length, runs };
}

export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1).replace('.', ',')} ms`;

/** One line of the bench report: what, figure, budget, verdict. */
export function report(name: string, value: number, budget: number, extra = ''): void {
  const ok = value <= budget ? 'ĐẠT' : 'VƯỢT';
  console.log(`${ok.padEnd(5)} ${name.padEnd(62)} ${ms(value).padStart(12)}  (ngân sách ${ms(budget)})${extra ? '  ' + extra : ''}`);
}

export interface NationalDb {
  ctx: ServiceContext & { close(): void };
  communeIds: number[];
  districtIds: number[];
}

/**
 * A database at national scale: the demo data plus `communes` synthetic rural communes in
 * districts of ~15, valid over the whole period. Each bench adds its own domain rows.
 */
export async function nationalDb(communes = 10_000): Promise<NationalDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
  const ctx = await createServiceContext({
    dbPath: path.join(dir, 'bench.db'),
    dataDir: dir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: 'bench',
  });
  seedDefaultData(ctx.db);
  const province = ctx.db.select({ id: adminUnits.id }).from(adminUnits).where(eq(adminUnits.level, 'province')).limit(1).get()!;
  const districtIds: number[] = [];
  const communeIds: number[] = [];
  ctx.db.transaction((tx) => {
    const perDistrict = 15;
    for (let d = 0; d * perDistrict < communes; d++) {
      const name = `Huyện thử ${d + 1}`;
      const dist = tx
        .insert(adminUnits)
        .values({ name, kind: 'huyen', level: 'district', parentId: province.id, code: `B${d}`, searchKey: searchKey(name), sortOrder: 1000 + d })
        .returning({ id: adminUnits.id })
        .get();
      districtIds.push(dist.id);
      for (let c = 0; c < perDistrict && d * perDistrict + c < communes; c++) {
        const cname = `Xã thử ${d * perDistrict + c + 1}`;
        const row = tx
          .insert(adminUnits)
          .values({ name: cname, kind: 'xa', level: 'commune', parentId: dist.id, region: 'DBSCL', code: `BX${d * perDistrict + c}`, searchKey: searchKey(cname), sortOrder: c })
          .returning({ id: adminUnits.id })
          .get();
        communeIds.push(row.id);
      }
    }
  });
  return { ctx, communeIds, districtIds };
}
