/**
 * The national unit lists: all 34 provinces from 1/7/2025 (3,321 units) with the pre-2025 structure
 * (10,035 units, 691 district-level units) and the successions, loaded into one file; then one
 * province's units listed for a date, as Danh sách xã does.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { listProvinces, nationalUnits } from '../db/seed/national';
import { loadProvinceUnits } from '../db/seed/province';
import { listUnitsAt } from '../db/repositories/units';
import { toUnitRow } from '../electron/services/units/list';
import { formatNumber } from '../shared/format/number';
import { benchContext, ms, report, time } from './util';

export async function run(): Promise<void> {
  const { dir, ctx } = await benchContext('ntm-bench-units-', 'units.db');
  try {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    nationalUnits();
    const parse = performance.now() - t0;
    const totals = { units: 0, oldUnits: 0, oldDistricts: 0, successions: 0, pending: 0 };
    const provinceIds = new Map<string, number>();
    const t1 = performance.now();
    ctx.sqlite.transaction(() => {
      listProvinces().forEach((p, i) => {
        const r = loadProvinceUnits(ctx.sqlite, p.code, { withPre2025: true, sortBase: i * 100 });
        provinceIds.set(p.code, r.provinceId);
        totals.units += r.units;
        totals.oldUnits += r.oldUnits;
        totals.oldDistricts += r.oldDistricts;
        totals.successions += r.successions;
        totals.pending += r.pending;
      });
    })();
    const load = performance.now() - t1;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(
      `      ${formatNumber(totals.units)} đơn vị từ 01/7/2025, ${formatNumber(totals.oldUnits)} đơn vị cũ, ${formatNumber(totals.oldDistricts)} đơn vị cấp huyện cũ, ` +
        `${formatNumber(totals.successions)} liên kết kế thừa, ${formatNumber(totals.pending)} mục cần xác nhận (đọc danh mục nén: ${ms(parse)})`,
    );
    // CPU time beside wall time: on a shared, busy machine the wall time mostly measures waiting.
    report({
      name: 'Nạp 34 tỉnh (cả cấu trúc trước 2025 và kế thừa) vào một tệp',
      value: load + parse,
      budget: 2000,
      cpu: cpuMs,
    });

    const hanoi = provinceIds.get('01')!;
    let count = 0;
    const list = await time(() => {
      count = listUnitsAt(ctx.db, '2026-12-31', hanoi).map(toUnitRow).length;
    }, 30);
    report({
      name: `Danh sách đơn vị một tỉnh tại một ngày (Hà Nội, ${count}), p50`,
      value: list.p50,
      budget: 20,
      cpu: list.cpu,
      extra: `p99 ${ms(list.p99)}`,
    });
  } finally {
    ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
