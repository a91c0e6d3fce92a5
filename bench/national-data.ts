/**
 * Domain rows for the national bench database (bench/util.ts nationalDb): deterministic criteria
 * results with recognitions, and 50,000 works with their figures. Shared by the domain benches and
 * the Chromium screens bench so each measures the same data.
 */
import { criteriaOfSet } from '../db/repositories/criteria';
import { criteriaSetForYear } from '../db/repositories/standings';
import { listSources } from '../db/repositories/funding';
import type { NationalDb } from './util';

/** Every commune's results of the year's set (most met) and, for the first year, recognitions of ~60 % (a tenth also nâng cao). */
export function seedCriteria(db: NationalDb, years: number[]): void {
  const { ctx, communeIds } = db;
  const insert = ctx.sqlite.prepare(
    "INSERT INTO criterion_results (commune_id, criterion_id, year, met, note, source) VALUES (?, ?, ?, ?, '', 'user')",
  );
  const recognise = ctx.sqlite.prepare(
    "INSERT INTO recognitions (commune_id, level, year, decision_no, issuer, source) VALUES (?, ?, ?, ?, 'UBND', 'user')",
  );
  ctx.sqlite.transaction(() => {
    for (const year of years) {
      const criteria = criteriaOfSet(ctx.db, criteriaSetForYear(ctx.db, year)!.id);
      communeIds.forEach((id, i) =>
        criteria.forEach((c, j) =>
          insert.run(id, c.id, year, (i * 7 + j * 13 + (year - years[0]!)) % 11 === 0 ? 0 : 1),
        ),
      );
    }
    communeIds.forEach((id, i) => {
      if (i % 5 < 3) recognise.run(id, 'ntm', 2015 + (i % 8), `${i}/QĐ-UBND`);
      if (i % 10 === 0) recognise.run(id, 'nang_cao', 2020 + (i % 3), `${i}/QĐ-UBND-NC`);
    });
  })();
}

/**
 * `works` works of the year, five per commune in turn, each with need and allocated from two of the
 * six sources and three disbursement snapshots (two cut-offs); a fifth carry a committed value.
 */
export function seedFunding(db: NationalDb, year: number, works: number, cutoff: string): void {
  const { ctx, communeIds } = db;
  const sources = listSources(ctx.db);
  const insWork = ctx.sqlite.prepare(
    "INSERT INTO works (commune_id, name, criterion_no, start_year, end_year, committed_value, source) VALUES (?, ?, ?, ?, ?, ?, 'user')",
  );
  const insFigure = ctx.sqlite.prepare(
    "INSERT INTO funding_amounts (year, work_id, source_id, stage, amount, as_of, source) VALUES (?, ?, ?, ?, ?, ?, 'user')",
  );
  ctx.sqlite.transaction(() => {
    for (let i = 0; i < works; i++) {
      const k = i % 5;
      const workId = Number(
        insWork.run(
          communeIds[Math.floor(i / 5) % communeIds.length]!,
          `Công trình ${i + 1}`,
          2 + k,
          year,
          year,
          k === 0 ? 3_000_000 : null,
        ).lastInsertRowid,
      );
      const a = sources[i % 3]!.id;
      const b = sources[3 + (i % 3)]!.id;
      insFigure.run(year, workId, a, 'need', 2_000_000 + i, null);
      insFigure.run(year, workId, b, 'need', 500_000, null);
      insFigure.run(year, workId, a, 'allocated', 1_500_000, null);
      insFigure.run(year, workId, b, 'allocated', 400_000, null);
      insFigure.run(year, workId, a, 'disbursed', 900_000 + (i % 1000), cutoff);
      insFigure.run(year, workId, b, 'disbursed', 100_000, `${year}-06-30`);
      insFigure.run(year, workId, b, 'disbursed', 300_000, cutoff);
    }
  })();
}
