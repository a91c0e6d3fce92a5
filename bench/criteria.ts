/**
 * Xã & tiêu chí at national scale: 10,000 communes × 19 criteria (190,000 results).
 * Budgets (issue #3): the matrix through the service layer ≤ 100 ms; one durable cell edit
 * (synchronous = FULL) ≤ 5 ms at p99. Also prints the drizzle path against raw better-sqlite3.
 */
import os from 'node:os';
import { dispatch } from '../electron/services/dispatch';
import { listRuralCommunes } from '../db/repositories/units';
import { resultMasks } from '../db/repositories/criteria';
import { recognitionsInForce } from '../db/repositories/recognitions';
import { criteriaOfSet } from '../db/repositories/criteria';
import { criteriaSetForYear } from '../db/repositories/standings';
import { nationalDb, ms, report, time } from './util';
import type { CriteriaMatrix } from '../shared/models/criteria';

const YEAR = 2022;

export async function run(): Promise<void> {
  const { ctx, communeIds } = await nationalDb(10_000);
  try {
    const set = criteriaSetForYear(ctx.db, YEAR)!;
    const criteria = criteriaOfSet(ctx.db, set.id);
    // Deterministic data: most communes meet most criteria; ~60 % recognised NTM.
    const insert = ctx.sqlite.prepare("INSERT INTO criterion_results (commune_id, criterion_id, year, met, note, source) VALUES (?, ?, ?, ?, '', 'user')");
    const recognise = ctx.sqlite.prepare("INSERT INTO recognitions (commune_id, level, year, decision_no, issuer, source) VALUES (?, 'ntm', ?, ?, 'UBND', 'user')");
    ctx.sqlite.transaction(() => {
      communeIds.forEach((id, i) => {
        criteria.forEach((c, j) => insert.run(id, c.id, YEAR, (i * 7 + j * 13) % 11 === 0 ? 0 : 1));
        if (i % 5 < 3) recognise.run(id, 2015 + (i % 8), `${i}/QĐ-UBND`);
      });
    })();

    const viaService = async () => {
      const r = await dispatch(ctx, 'criteria.matrix', { year: YEAR });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as CriteriaMatrix;
    };
    const matrix = await viaService();
    const cells = matrix.rows.length * matrix.criteria.length;
    console.log(`Ma trận năm ${YEAR}: ${matrix.rows.length.toLocaleString('vi-VN')} xã × ${matrix.criteria.length} tiêu chí = ${cells.toLocaleString('vi-VN')} ô; JSON ${(JSON.stringify(matrix).length / 1024 / 1024).toFixed(2).replace('.', ',')} MB`);
    const cpu0 = process.cpuUsage();
    const service = await time(viaService, 20);
    const cpu = process.cpuUsage(cpu0);
    report('Tải ma trận qua tầng dịch vụ (dispatch criteria.matrix), p50', service.p50, 100);
    report('Tải ma trận qua tầng dịch vụ, p99', service.p99, 100);
    // The machine may be shared: CPU time per load shows the work itself, apart from waiting for a core.
    console.log(`      Thời gian CPU mỗi lần tải: ${ms((cpu.user + cpu.system) / 1000 / 22)}; tải máy (loadavg 1 phút): ${os.loadavg()[0]!.toFixed(2).replace('.', ',')} trên ${os.cpus().length} nhân`);

    // The same three queries: drizzle repositories vs hand-written SQL on better-sqlite3.
    const date = `${YEAR}-12-31`;
    const drizzlePath = await time(() => {
      listRuralCommunes(ctx.db, date);
      resultMasks(ctx.db, YEAR, set.id);
      recognitionsInForce(ctx.db, date);
    }, 20);
    const rawCommunes = ctx.sqlite.prepare(`SELECT u.id, u.code, u.name, u.kind, u.notes, u.search_key, u.parent_id, d.name, d.kind, d.sort_order
      FROM admin_units u LEFT JOIN admin_units d ON d.id = u.parent_id
      WHERE u.kind = 'xa' AND (u.valid_from IS NULL OR u.valid_from <= ?) AND (u.valid_to IS NULL OR u.valid_to > ?)
      ORDER BY d.sort_order, u.sort_order, u.id`).raw();
    const rawMasks = ctx.sqlite.prepare(`SELECT r.commune_id, sum(CASE WHEN r.met THEN (1 << c.no) ELSE 0 END), sum(1 << c.no), max(r.source = 'sample')
      FROM criterion_results r JOIN criteria c ON c.id = r.criterion_id WHERE r.year = ? AND c.set_id = ? GROUP BY r.commune_id`).raw();
    const rawRecognitions = ctx.sqlite.prepare(`SELECT commune_id, level, year, decision_no, decision_date FROM recognitions
      WHERE (year < ? OR (year = ? AND coalesce(decision_date, ?) <= ?)) AND (revoked_date IS NULL OR revoked_date > ?)`).raw();
    const rawPath = await time(() => {
      rawCommunes.all(date, date);
      rawMasks.all(YEAR, set.id);
      rawRecognitions.all(YEAR, YEAR, date, date, date);
    }, 20);
    console.log(
      `      Cùng dữ liệu — drizzle: ${ms(drizzlePath.p50)}, better-sqlite3 thuần: ${ms(rawPath.p50)}; tỉ lệ drizzle/thuần ${(drizzlePath.p50 / rawPath.p50).toFixed(2).replace('.', ',')}×`,
    );

    // One cell edit at a time, durable: each is its own transaction with FULL sync and an audit row.
    const sync = ctx.sqlite.pragma('synchronous', { simple: true });
    let k = 0;
    const edit = await time(
      async () => {
        const communeId = communeIds[(k * 7919) % communeIds.length]!;
        const criterionId = criteria[k % criteria.length]!.id;
        k++;
        const r = await dispatch(ctx, 'criteria.setResults', { year: YEAR, changes: [{ communeId, criterionId, met: k % 2 === 0 }] });
        if (!r.ok) throw new Error(r.error.message);
      },
      300,
      10,
    );
    report(`Lưu một ô (synchronous=${sync === 2 ? 'FULL' : sync}, kèm nhật ký), p50`, edit.p50, 5);
    report('Lưu một ô, p99', edit.p99, 5);

    const figures = await time(async () => {
      const r = await dispatch(ctx, 'criteria.figures', { year: YEAR });
      if (!r.ok) throw new Error(r.error.message);
    }, 10);
    console.log(`      Số liệu toàn tỉnh (criteria.figures) ở quy mô này: p50 ${ms(figures.p50)} (không có ngân sách)`);
  } finally {
    ctx.close();
  }
}
