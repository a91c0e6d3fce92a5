/**
 * Xã & tiêu chí at national scale: the real pre-2025 list (10,035 units) × 19 criteria.
 * Budgets (issue 14): the matrix of a year through the service ≤ 30 ms p50; one durable cell edit
 * with its audit row ≤ 1 ms p99. Floors: reading a packed one-row-per-commune-year table holding
 * exactly the matrix rows; a bare WAL write of one result with one audit row (same connection and
 * pragmas, IMMEDIATE like the service). The edit's flush to the disk runs in the background
 * (db/wal-keeper.ts): when it is done is printed under the row. The figure judged for the matrix is the
 * fresh computation (loadMatrix): the service's reuse while the data is unchanged is printed apart.
 * CPU time is printed beside each wall time, with its own ratio to the floor's.
 */
import fs from 'node:fs';
import { dispatch } from '../electron/services/dispatch';
import { loadMatrix } from '../electron/services/criteria/matrix';
import { criteriaOfSet } from '../db/repositories/criteria';
import { criteriaSetForYear } from '../db/repositories/standings';
import { count, machineLoad, ms, nationalDb, note, report, time, timeAlternating } from './util';
import { seedCriteria } from './national-data';
import type { CriteriaMatrix } from '../shared/models/criteria';
import { whenDurable } from '../db/wal-keeper';

const SYNC_NAMES: Record<number, string> = { 0: 'OFF', 1: 'NORMAL', 2: 'FULL', 3: 'EXTRA' };

const YEAR = 2022;

export async function run(): Promise<void> {
  const national = await nationalDb();
  const { ctx, communeIds } = national;
  try {
    const set = criteriaSetForYear(ctx.db, YEAR)!;
    const criteria = criteriaOfSet(ctx.db, set.id);
    // Deterministic data: most communes meet most criteria; ~60 % recognised NTM.
    seedCriteria(national, [YEAR]);

    const viaService = async () => {
      const r = await dispatch(ctx, 'criteria.matrix', { year: YEAR });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as CriteriaMatrix;
    };
    const matrix = await viaService();
    const cells = matrix.rows.length * matrix.criteria.length;
    note(
      `Ma trận năm ${YEAR}: ${count(matrix.rows.length)} xã (danh sách toàn quốc trước 2025 và ${count(matrix.rows.length - communeIds.length)} xã mặc định) × ${matrix.criteria.length} tiêu chí = ${count(cells)} ô; JSON ${(JSON.stringify(matrix).length / 1024 / 1024).toFixed(2).replace('.', ',')} MB`,
    );

    // Floor: the same rows stored packed, one per commune-year, read as plain arrays.
    ctx.sqlite
      .exec(`CREATE TEMP TABLE packed_matrix (id INTEGER, code TEXT, name TEXT, district_id INTEGER, results TEXT, met INTEGER, level TEXT,
      level_year INTEGER, decision_no TEXT, decision_date TEXT, at_risk INTEGER, sample INTEGER)`);
    const ins = ctx.sqlite.prepare('INSERT INTO packed_matrix VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    ctx.sqlite.transaction(() => {
      for (const r of matrix.rows)
        ins.run(
          r.id,
          r.code,
          r.name,
          r.districtId,
          r.results,
          r.met,
          r.level,
          r.levelYear,
          r.decisionNo,
          r.decisionDate,
          +r.atRisk,
          +r.sample,
        );
    })();
    const packed = ctx.sqlite.prepare('SELECT * FROM packed_matrix').raw();
    const floor = await time(() => packed.all(), 30);
    note(
      `Sàn (đọc bảng gói sẵn): p50 ${floor.p50.toFixed(1).replace('.', ',')} ms, CPU ${floor.cpu.toFixed(1).replace('.', ',')} ms`,
    );
    // After any write the service reads the matrix afresh: that computation, on its own, is the figure judged.
    const fresh = await time(() => loadMatrix(ctx, YEAR), 30);
    const floorRow = { floor: floor.p50, floorName: 'đọc bảng gói sẵn 1 dòng/xã-năm', floorCpu: floor.cpu };
    report({
      name: `Ma trận tiêu chí năm ${YEAR} đọc lại sau một thay đổi dữ liệu (loadMatrix, không đệm), p50`,
      value: fresh.p50,
      budget: 30,
      ...floorRow,
      cpu: fresh.cpu,
      extra: `p99 ${ms(fresh.p99)}; CPU một lần p50 ${ms(fresh.cpuP50)} / p99 ${ms(fresh.cpuP99)}`,
    });
    // While the data file is unchanged the service hands back the matrix it built: shown apart, not the figure judged.
    const service = await time(viaService, 30);
    report({
      name: `  (phụ) cùng ma trận qua criteria.matrix khi dữ liệu không đổi (bộ nhớ đệm), p50`,
      value: service.p50,
      budget: 30,
      ...floorRow,
      cpu: service.cpu,
      extra: `p99 ${ms(service.p99)}; chỉ là lần dùng lại kết quả đã tính`,
    });
    note(machineLoad());

    // One cell edit at a time: each its own transaction with its audit row, then flushed to the disk
    // in the background (db/wal-keeper.ts). The figure is what the call holds the main process.
    const sync = ctx.sqlite.pragma('synchronous', { simple: true }) as number;
    const journal = ctx.sqlite.pragma('journal_mode', { simple: true });
    const bareUpdate = ctx.sqlite.prepare(
      'UPDATE criterion_results SET met = ? WHERE year = ? AND commune_id = ? AND criterion_id = ?',
    );
    const bareAudit = ctx.sqlite.prepare(
      "INSERT INTO audit_log (at, entity, entity_id, field, action, old_value, new_value, commune_id) VALUES (?, 'criterion_result', ?, 'met', 'update', ?, ?, ?)",
    );
    let k = 0;
    const cell = () => {
      const communeId = communeIds[(k * 7919) % communeIds.length]!;
      const criterionId = criteria[k % criteria.length]!.id;
      k++;
      return { communeId, criterionId, met: k % 2 === 0 };
    };
    const bare = ctx.sqlite.transaction(() => {
      const c = cell();
      bareUpdate.run(+c.met, YEAR, c.communeId, c.criterionId);
      bareAudit.run(
        new Date().toISOString(),
        `${YEAR}:${c.communeId}:${c.criterionId}`,
        c.met ? 'Chưa đạt' : 'Đạt',
        c.met ? 'Đạt' : 'Chưa đạt',
        c.communeId,
      );
    });
    // Each call starts on a turn of the event loop, as a request from the window does, so the
    // background flushes of earlier edits run meanwhile, as they would in the app.
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
    const edit = async () => {
      await turn();
      const r = await dispatch(ctx, 'criteria.setResults', { year: YEAR, changes: [cell()] });
      if (!r.ok) throw new Error(r.error.message);
    };
    // In alternating blocks, so both see the same moments of a shared machine.
    const [editT, bareT] = await timeAlternating(
      edit,
      async () => {
        await turn();
        bare.immediate();
      },
      500,
    );
    report({
      name: `Lưu một ô (${journal}, synchronous=${SYNC_NAMES[sync] ?? sync}, kèm nhật ký; ghi đĩa ở nền), p99`,
      value: editT.p99,
      budget: 1,
      floor: bareT.p99,
      floorName: 'ghi trần 1 dòng + 1 nhật ký, cùng pragma, p99',
      cpu: editT.cpu,
      floorCpu: bareT.cpu,
      extra: `p50 ${ms(editT.p50)} (sàn ${ms(bareT.p50)}); CPU một lần p50 ${ms(editT.cpuP50)} / p99 ${ms(editT.cpuP99)} (sàn ${ms(bareT.cpuP50)} / ${ms(bareT.cpuP99)})`,
    });
    // When the edit is on the disk (safe against a power cut): the call plus its background flush.
    const durable = await time(async () => {
      await edit();
      await whenDurable(ctx.sqlite);
    }, 200);
    note(
      `Ô đã lưu nằm trên đĩa (an toàn khi mất điện) sau: p50 ${ms(durable.p50)}, p99 ${ms(durable.p99)} kể từ lúc gọi (luồng chính không chờ đĩa)`,
    );
    const pages = fs.statSync(`${ctx.sqlite.name}-wal`).size / 4096;
    const checkpoint = await time(() => ctx.sqlite.pragma('wal_checkpoint(PASSIVE)'), 1, 0);
    note(
      `Checkpoint lúc rảnh (chép WAL ${count(Math.round(pages))} trang vào tệp dữ liệu, không nằm trong lần lưu nào): ${ms(checkpoint.p50)}`,
    );
    note(machineLoad());

    const figures = await time(async () => {
      const r = await dispatch(ctx, 'criteria.figures', { year: YEAR });
      if (!r.ok) throw new Error(r.error.message);
    }, 10);
    note(
      `Số liệu toàn tỉnh (criteria.figures) ở quy mô này: p50 ${figures.p50.toFixed(1).replace('.', ',')} ms (không có ngân sách)`,
    );
  } finally {
    ctx.close();
  }
}
