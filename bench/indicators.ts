/**
 * QĐ 51 at national scale: 10,000 xã × 47 indicators for one year (470,000 values), thresholds by
 * commune group. Budgets (issue #10): the criteria grid with computed đạt ≤ 100 ms; the shortfall
 * list («xã cần bổ sung») ≤ 300 ms, beside its floor (only reading the maintained per-xã value packs
 * and the xã list). Also prints the one-off recompute of every criterion and peak RSS.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../electron/services/dispatch';
import { criteriaSetForYear } from '../db/repositories/standings';
import { criteriaOfSet } from '../db/repositories/criteria';
import { valuePacksOfYear } from '../db/repositories/criteria-values';
import { matrixRecords } from '../db/repositories/criteria-summary';
import { loadSetModel, syncCriterionResults } from '../electron/services/criteria/set-model';
import { loadMatrix } from '../electron/services/criteria/matrix';
import { nationalDb, ms, report, time } from './util';
import type { CriteriaMatrix } from '../shared/models/criteria';
import type { ShortfallReport } from '../shared/models/indicators';

const YEAR = 2026;
const PER_CRITERION = [5, 5, 5, 5, 5, 5, 5, 4, 4, 4];

export async function run(): Promise<void> {
  const { ctx, communeIds } = await nationalDb();
  try {
    const set = criteriaSetForYear(ctx.db, YEAR)!;
    const criteria = criteriaOfSet(ctx.db, set.id);
    const insInd = ctx.sqlite.prepare(
      "INSERT INTO indicators (criterion_id, code, name, unit, comparator, sort_order, value_kind) VALUES (?, ?, ?, '%', '>=', ?, 'percent') RETURNING id",
    );
    const insTh = ctx.sqlite.prepare(
      'INSERT INTO indicator_thresholds (indicator_id, region, value, verified, source, not_applicable) VALUES (?, ?, ?, 1, ?, ?)',
    );
    const insGroup = ctx.sqlite.prepare(
      "INSERT INTO commune_groups (commune_id, group_no, valid_from, decision) VALUES (?, ?, '2026-02-15', 'bench')",
    );
    const insVal = ctx.sqlite.prepare(
      "INSERT INTO indicator_values (commune_id, indicator_id, year, value, source) VALUES (?, ?, ?, ?, 'user')",
    );
    const indicatorIds: number[] = [];
    ctx.sqlite.transaction(() => {
      criteria.forEach((c, k) => {
        for (let j = 1; j <= PER_CRITERION[k]!; j++) {
          const { id } = insInd.get(c.id, `${c.no}.${j}`, `Chỉ tiêu thử ${c.no}.${j}`, j) as { id: number };
          indicatorIds.push(id);
          insTh.run(id, 'nhom1', '90', 'bench', 0);
          insTh.run(id, 'nhom2', '80', 'bench', 0);
          // Some indicators do not apply to nhóm 3.
          insTh.run(id, 'nhom3', j === 1 ? '' : '70', 'bench', j === 1 ? 1 : 0);
        }
      });
      communeIds.forEach((id, i) => {
        insGroup.run(id, (i % 3) + 1);
        indicatorIds.forEach((ind, j) => insVal.run(id, ind, YEAR, String(60 + ((i * 7 + j * 13) % 41))));
      });
    })();
    console.log(
      `Giá trị chỉ tiêu năm ${YEAR}: ${communeIds.length.toLocaleString('vi-VN')} xã × ${indicatorIds.length} chỉ tiêu = ${(communeIds.length * indicatorIds.length).toLocaleString('vi-VN')} giá trị`,
    );

    // Every criterion computed once from the values (what an import of the whole year does).
    const model = loadSetModel(ctx.db, set.id);
    const t0 = performance.now();
    const written = ctx.db.transaction((tx) => syncCriterionResults(tx, model, YEAR, communeIds, new Date()));
    console.log(
      `      Tính lại kết quả ${written.toLocaleString('vi-VN')} ô tiêu chí từ chỉ tiêu (một lần, có nhật ký): ${ms(performance.now() - t0)}`,
    );

    const matrix = async () => {
      const r = await dispatch(ctx, 'criteria.matrix', { year: YEAR });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as CriteriaMatrix;
    };
    const m = await matrix();
    const met = m.rows.reduce((s, r) => s + r.met, 0);
    console.log(
      `      Ma trận: ${m.rows.length.toLocaleString('vi-VN')} xã × ${m.criteria.length} tiêu chí; ${met.toLocaleString('vi-VN')} ô đạt`,
    );
    // Judged: the matrix computed afresh (what the first read after any change costs); the reused one is printed under it.
    const fresh = await time(() => loadMatrix(ctx, YEAR), 20);
    // The floor: only reading the xã list with their maintained summary rows (what the grid is built from).
    const matrixFloor = await time(() => matrixRecords(ctx.db, `${YEAR}-12-31`, YEAR, set.id), 20);
    report({
      name: 'Bảng tiêu chí có đạt tính từ chỉ tiêu, đọc lại sau một thay đổi (loadMatrix, không đệm), p50',
      value: fresh.p50,
      budget: 100,
      floor: matrixFloor.p50,
      floorName: 'chỉ đọc danh sách xã kèm dòng tổng hợp',
      floorCpu: matrixFloor.cpu,
      cpu: fresh.cpu,
      extra: `p99 ${ms(fresh.p99)}; tải máy ${os.loadavg()[0]!.toFixed(2).replace('.', ',')} trên ${os.cpus().length} nhân`,
    });
    const grid = await time(matrix, 20);
    report({
      name: '  (phụ) cùng bảng qua criteria.matrix khi dữ liệu không đổi (bộ nhớ đệm), p50',
      value: grid.p50,
      budget: 100,
      cpu: grid.cpu,
      extra: `p99 ${ms(grid.p99)}; chỉ là lần dùng lại kết quả đã tính`,
    });

    const shortfall = async () => {
      const r = await dispatch(ctx, 'indicators.shortfall', { year: YEAR });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as ShortfallReport;
    };
    const s = await shortfall();
    console.log(
      `      Xã cần bổ sung: ${s.communes.filter((c) => c.unmet.length).length.toLocaleString('vi-VN')} xã còn thiếu, ${s.complete.toLocaleString('vi-VN')} xã đạt đủ`,
    );
    const sf = await time(shortfall, 10);
    // The floor: only reading what the list is computed from (the maintained value packs of the year and the xã list).
    const floor = await time(() => {
      let n = 0;
      for (const [, packed] of valuePacksOfYear(ctx.db, YEAR)) n += packed.length;
      return n + matrixRecords(ctx.db, `${YEAR}-12-31`, YEAR, set.id).length;
    }, 10);
    report({
      name: 'Danh sách xã cần bổ sung (indicators.shortfall), p50',
      value: sf.p50,
      budget: 300,
      floor: floor.p50,
      floorName: 'chỉ đọc giá trị gộp theo xã và danh sách xã',
      cpu: sf.cpu,
      extra: `p99 ${ms(sf.p99)}; JSON ${(JSON.stringify(s).length / 1024 / 1024).toFixed(2).replace('.', ',')} MB`,
    });
    console.log(`      Bộ nhớ đỉnh của tiến trình (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    ctx.close();
  }
}
