/**
 * The national unit lists: all 34 provinces from 1/7/2025 (3,321 units) with the pre-2025 structure
 * (10,035 units, 691 district-level units) and the successions, loaded into one file; then one
 * province's units listed for a date, as Danh sách xã does, and the whole national list of a date
 * before 2025 (10.035 units with their successions) through the service, as Danh sách xã reads it
 * again after every data change. Budget (issue 14): a part of a screen switch, ≤ 300 ms; the
 * service's own share aimed at ≤ 30 ms.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { listProvinces, nationalUnits } from '../db/seed/national';
import { loadProvinceUnits } from '../db/seed/province';
import { unitRowsAt } from '../electron/services/units/list';
import { dispatch } from '../electron/services/dispatch';
import { preparedRaw } from '../db/repositories/prepared';
import { formatNumber } from '../shared/format/number';
import { benchContext, machineLoad, ms, report, time, timeAlternating } from './util';

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
      count = unitRowsAt(ctx, '2026-12-31', { provinceId: hanoi }).length;
    }, 30);
    report({
      name: `Danh sách đơn vị một tỉnh tại một ngày (Hà Nội, ${count}), p50`,
      value: list.p50,
      budget: 20,
      cpu: list.cpu,
      extra: `p99 ${ms(list.p99)}`,
    });

    // The national list of a date before 2025 through the service (dispatch: input check, read, rows),
    // against its floor: the bare read of the same rows as plain arrays, nothing built.
    const DATE = '2022-12-31';
    const bare = preparedRaw(
      ctx.db,
      `SELECT u.id, u.code, u.name, u.kind, u.notes, u.decision, u.valid_from, u.valid_to, u.parent_id FROM admin_units u
       WHERE u.level = 'commune' AND (u.valid_from IS NULL OR u.valid_from <= ?) AND (u.valid_to IS NULL OR u.valid_to > ?)`,
    );
    let answer: unknown;
    const [svc, floor] = await timeAlternating(
      async () => {
        const r = await dispatch(ctx, 'units.list', { date: DATE });
        if (!r.ok) throw new Error(r.error.message);
        answer = r.value;
      },
      () => bare.all(DATE, DATE),
      50,
      10,
      5,
    );
    const units = (answer as { units: unknown[] }).units.length;
    const s0 = performance.now();
    const json = JSON.stringify(answer).length;
    const stringify = performance.now() - s0;
    report({
      name: `units.list toàn quốc ngày 31/12/2022 (${formatNumber(units)} đơn vị), qua tầng dịch vụ, p50`,
      value: svc.p50,
      budget: 300,
      floor: floor.p50,
      floorName: 'đọc trần các dòng cần đọc',
      cpu: svc.cpu,
      floorCpu: floor.cpu,
      extra: `p99 ${ms(svc.p99)}; phần của một lần chuyển màn hình (≤ 300 ms), mục tiêu riêng ≤ 30 ms; JSON ${formatNumber(Math.round(json / 1024))} KB, stringify ${ms(stringify)}; ${machineLoad()}`,
    });
  } finally {
    ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
