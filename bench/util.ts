import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../electron/app-context';
import { eq } from 'drizzle-orm';
import { adminUnits } from '../db/schema';
import { searchKey } from '../shared/format/text';
import { nationalUnits, type OldDistrictKind } from '../db/seed/national';
import type { ServiceContext } from '../electron/services/context';
import { seedDefaultData } from '../db/seed/seed';

export interface Timing {
  p50: number;
  p99: number;
  mean: number;
  runs: number;
  /** CPU time of this process per run (ms): the work itself, apart from waiting for a shared core. */
  cpu: number;
  /** CPU time of single runs (ms), 50th and 99th percentile: what the work costs without the waits for a core. */
  cpuP50: number;
  cpuP99: number;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Collects wall and CPU samples of runs of fn. */
class Samples {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  async run(fn: () => unknown): Promise<void> {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    this.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    this.cpu.push((c.user + c.system) / 1000);
  }
  timing(): Timing {
    const wall = [...this.wall].sort((a, b) => a - b);
    const cpu = [...this.cpu].sort((a, b) => a - b);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    return {
      p50: percentile(wall, 0.5),
      p99: percentile(wall, 0.99),
      mean: sum(wall) / wall.length,
      runs: wall.length,
      cpu: sum(cpu) / cpu.length,
      cpuP50: percentile(cpu, 0.5),
      cpuP99: percentile(cpu, 0.99),
    };
  }
}

/** Runs fn repeatedly (after warm-up) and reports milliseconds. */
export async function time(fn: () => unknown, runs = 20, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const s = new Samples();
  for (let i = 0; i < runs; i++) await s.run(fn);
  return s.timing();
}

/**
 * Times two actions in alternating blocks (after warm-up), so both see the same moments of a
 * shared machine: the action and its floor.
 */
export async function timeAlternating(
  a: () => unknown,
  b: () => unknown,
  runs: number,
  block = 25,
  warmup = 20,
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const sa = new Samples();
  const sb = new Samples();
  for (let done = 0; done < runs; done += block) {
    for (let i = 0; i < block; i++) await sa.run(a);
    for (let i = 0; i < block; i++) await sb.run(b);
  }
  return [sa.timing(), sb.timing()];
}

const dec = (x: number, digits: number) => x.toFixed(digits).replace('.', ',');
export const ms = (x: number) => `${dec(x, x < 1 ? 3 : x < 10 ? 2 : 1)} ms`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Peak resident memory of this process so far (each bench domain runs in its own process). */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

export interface Row {
  name: string;
  /** The figure compared with the budget (ms). */
  value: number;
  budget: number;
  /** What a good design reaches on this machine, measured in the same run (ms), and how. */
  floor?: number;
  floorName?: string;
  /** CPU time per run, printed when the machine is shared; and the floor's, for the ratio of CPU times. */
  cpu?: number;
  floorCpu?: number;
  extra?: string;
}

/** One line of the bench report: verdict, what, figure, budget, floor and ratio, peak memory. */
export function report(r: Row): void {
  const ok = r.value <= r.budget ? 'ĐẠT' : 'VƯỢT';
  const parts = [`${ok.padEnd(5)}${r.name.padEnd(66)}${ms(r.value).padStart(11)}  ≤ ${ms(r.budget)}`];
  if (r.floor !== undefined) parts.push(`sàn ${ms(r.floor)} (${r.floorName}) → ×${dec(r.value / r.floor, 1)}`);
  if (r.cpu !== undefined)
    parts.push(
      `CPU ${ms(r.cpu)}${r.floorCpu !== undefined ? ` (sàn ${ms(r.floorCpu)} → ×${dec(r.cpu / r.floorCpu, 1)})` : ''}`,
    );
  parts.push(`RSS đỉnh ${mb(peakRss())}`);
  if (r.extra) parts.push(r.extra);
  console.log(parts.join(' | '));
}

/** A note line under a report line. */
export const note = (text: string) => console.log(`      ${text}`);

export const machineLoad = () => `tải máy (loadavg 1 phút) ${dec(os.loadavg()[0]!, 2)} trên ${os.cpus().length} nhân`;

export interface NationalDb {
  ctx: ServiceContext & { close(): void };
  communeIds: number[];
  districtIds: number[];
}

const DISTRICT_KIND: Record<OldDistrictKind, string> = {
  huyện: 'huyen',
  'thị xã': 'thi_xa',
  'thành phố': 'thanh_pho',
  quận: 'huyen',
};

/** An empty, migrated data file in a new temporary folder (`prefix` names the folder). */
export async function benchContext(prefix: string, fileName: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ctx = await createServiceContext({
    dbPath: path.join(dir, fileName),
    dataDir: dir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: 'bench',
  });
  return { dir, ctx };
}

/**
 * A database at national scale: the default data plus the real pre-2025 national list — 691
 * district-level units and their 10,035 commune-level units, with their published names and GSO
 * codes — placed under the default province, valid over the whole period. Every unit is stored as
 * a rural xã (phường and thị trấn too) so the grids hold the national count. Each bench adds its
 * own domain rows.
 */
export async function nationalDb(): Promise<NationalDb> {
  const { ctx } = await benchContext('ntm-bench-', 'bench.db');
  seedDefaultData(ctx.db);
  const national = nationalUnits();
  const province = ctx.db
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .where(eq(adminUnits.level, 'province'))
    .limit(1)
    .get()!;
  const districtIds: number[] = [];
  const communeIds: number[] = [];
  const insDistrict = ctx.sqlite.prepare(
    "INSERT INTO admin_units (name, kind, level, parent_id, code, search_key, sort_order) VALUES (?, ?, 'district', ?, ?, ?, ?)",
  );
  const insCommune = ctx.sqlite.prepare(
    "INSERT INTO admin_units (name, kind, level, parent_id, region, code, search_key, sort_order) VALUES (?, 'xa', 'commune', ?, 'DBSCL', ?, ?, ?)",
  );
  ctx.sqlite.transaction(() => {
    const districtOf = new Map<string, number>();
    national.oldDistricts.forEach((d, i) => {
      const id = Number(
        insDistrict.run(
          d.name,
          DISTRICT_KIND[d.kind],
          province.id,
          `N${d.provinceCode}-${d.code}`,
          searchKey(d.name),
          1000 + i,
        ).lastInsertRowid,
      );
      districtOf.set(`${d.provinceCode}-${d.code}`, id);
      districtIds.push(id);
    });
    national.oldUnits.forEach((u, i) => {
      const parent = districtOf.get(`${u.provinceCode}-${u.districtCode}`)!;
      communeIds.push(Number(insCommune.run(u.name, parent, `N${u.code}`, searchKey(u.name), i).lastInsertRowid));
    });
  })();
  return { ctx, communeIds, districtIds };
}

/** The number as the office writes it: 10.035. */
export const count = (n: number) => n.toLocaleString('vi-VN');
