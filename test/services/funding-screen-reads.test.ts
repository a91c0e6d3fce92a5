/**
 * The Nguồn vốn screen's reads (issue 14: only the parts of the unit tree they need, the warned
 * works counted by SQLite, the parents' sums) give the same answers as a plain recomputation over
 * the whole year, on a seeded random database: works with figures in several stages, sources and
 * cut-offs, works without figures, xã across districts, moved, ended or directly under the
 * province, units' own figures, and over 500 xã (the «Xã» choices by district).
 */
import { describe, expect, it } from 'vitest';
import { call, tempContexts } from '../helpers/dispatch';
import { rng } from '../helpers/rng';
import { referenceOverview, referenceWorks } from '../helpers/funding-screen-reference';
import type { ServiceContext } from '../../electron/services/context';
import { listSources } from '../../db/repositories/funding';

const open = tempContexts();
const YEAR = 2022;
const CUTOFFS = ['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'];
const STAGES = ['need', 'allocated', 'disbursed'] as const;

const ids = (ctx: ServiceContext, sql: string, ...params: unknown[]) =>
  (
    ctx.sqlite
      .prepare(sql)
      .raw()
      .all(...params) as [number][]
  ).map((r) => r[0]);

/** Random works (some without figures, some without xã, some of other years) with random figures. */
function addWorks(ctx: ServiceContext, r: ReturnType<typeof rng>, communes: number[], n: number): number[] {
  const sources = listSources(ctx.db).map((s) => s.id);
  const work = ctx.sqlite.prepare(
    "INSERT INTO works (commune_id, name, criterion_no, start_year, end_year, committed_value, notes, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'user')",
  );
  const figure = ctx.sqlite.prepare(
    "INSERT INTO funding_amounts (year, work_id, source_id, stage, amount, as_of, source) VALUES (?, ?, ?, ?, ?, ?, 'user')",
  );
  const added: number[] = [];
  ctx.sqlite.transaction(() => {
    for (let i = 0; i < n; i++) {
      const start = r.pick([null, 2020, 2021, 2022, 2022, 2022, 2023]);
      const id = Number(
        work.run(
          r.int(15) ? r.pick(communes) : null,
          `Công trình ngẫu nhiên ${i}`,
          r.int(4) ? 1 + r.int(19) : null,
          start,
          start === null ? null : start + r.int(3),
          r.int(2) ? null : 1000 * (1 + r.int(3000)),
          '',
        ).lastInsertRowid,
      );
      added.push(id);
      // A quarter without any figure; the others with a few, mostly of the year.
      const figures = r.int(4) ? 1 + r.int(8) : 0;
      for (let k = 0; k < figures; k++) {
        const stage = r.pick(STAGES);
        figure.run(
          r.int(6) ? YEAR : r.pick([2021, 2023]),
          id,
          r.pick(sources),
          stage,
          1000 * r.int(2000),
          stage === 'disbursed' ? r.pick([null, ...CUTOFFS]) : null,
        );
      }
    }
  })();
  return added;
}

async function expectSame(ctx: ServiceContext, r: ReturnType<typeof rng>) {
  const districts = ids(ctx, "SELECT id FROM admin_units WHERE level = 'district'");
  const communes = ids(ctx, "SELECT id FROM admin_units WHERE level = 'commune'");
  for (const asOf of [undefined, r.pick(CUTOFFS)]) {
    expect(await call(ctx, 'funding.overview', { year: YEAR, asOf })).toEqual(referenceOverview(ctx, YEAR, asOf));
    expect(await call(ctx, 'funding.works', { year: YEAR, asOf })).toEqual(referenceWorks(ctx, { year: YEAR, asOf }));
    for (const input of [
      { districtId: r.pick(districts) },
      { communeId: r.pick(communes) },
      { districtId: r.pick(districts), communeId: r.pick(communes) },
    ]) {
      expect(await call(ctx, 'funding.works', { year: YEAR, asOf, ...input })).toEqual(
        referenceWorks(ctx, { year: YEAR, asOf, ...input }),
      );
    }
  }
}

describe('the Nguồn vốn reads at national scale', () => {
  it('equal the plain recomputation over the whole year on a random database, also past 300 warnings and 500 xã', async () => {
    const ctx = await open();
    const r = rng(1515);
    const province = ids(ctx, "SELECT id FROM admin_units WHERE level = 'province'")[0]!;
    const districts = ids(ctx, "SELECT id FROM admin_units WHERE level = 'district'");
    let communes = ids(ctx, "SELECT id FROM admin_units WHERE level = 'commune'");
    const sources = listSources(ctx.db).map((s) => s.id);
    const unit = ctx.sqlite.prepare(
      'INSERT INTO admin_units (name, kind, level, parent_id, valid_to, sort_order) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // A xã directly under the province, a phường (not in the tree), a xã ended before the year's
    // end, a district-level unit without xã, and a xã moved to another district-level unit.
    const direct = Number(unit.run('Trực Thuộc', 'xa', 'commune', province, null, 5).lastInsertRowid);
    const ward = Number(unit.run('Phường Thử', 'phuong', 'commune', districts[0], null, 1).lastInsertRowid);
    const ended = Number(unit.run('Đã Nhập', 'xa', 'commune', districts[1], '2022-06-01', 2).lastInsertRowid);
    unit.run('Huyện Trống', 'huyen', 'district', province, null, 99);
    ctx.sqlite.prepare('UPDATE admin_units SET parent_id = ? WHERE id = ?').run(districts[2], communes[0]);
    communes = [...communes, direct, ward, ended];
    addWorks(ctx, r, communes, 700);
    // Units' own figures: the province, a district-level unit and a xã.
    const own = ctx.sqlite.prepare(
      "INSERT INTO funding_amounts (year, unit_id, source_id, stage, amount, as_of, source) VALUES (?, ?, ?, ?, ?, ?, 'user')",
    );
    own.run(YEAR, districts[3], sources[0], 'need', 4_000_000, null);
    own.run(YEAR, communes[5], sources[1], 'allocated', 70_000, null);
    own.run(YEAR, communes[6], sources[1], 'disbursed', 20_000, CUTOFFS[1]);
    const overview = referenceOverview(ctx, YEAR);
    // The random works carry more warnings than are sent.
    expect(overview.warningCount).toBeGreaterThan(300);
    expect(overview.warnings.some((w) => w.kind === 'committed_unfunded')).toBe(true);
    expect(overview.warnings.some((w) => w.kind === 'allocated_over_need')).toBe(true);
    expect(overview.warnings.some((w) => w.kind === 'disbursed_over_allocated' && w.workId)).toBe(true);
    await expectSame(ctx, r);
    // Edits through the service, then the same reads again.
    const codes = listSources(ctx.db).map((s) => s.code);
    const works = ids(
      ctx,
      `SELECT id FROM works WHERE commune_id IN (SELECT id FROM admin_units WHERE kind = 'xa'
           AND coalesce(valid_from, '') <= '${YEAR}-12-31' AND coalesce(valid_to, '9999') > '${YEAR}-12-31')
         AND coalesce(start_year, 0) <= ${YEAR} AND coalesce(end_year, 9999) >= ${YEAR}`,
    );
    for (let step = 0; step < 4; step++) {
      await call(ctx, 'funding.setAmounts', {
        year: YEAR,
        asOf: r.pick(CUTOFFS),
        changes: [
          { workId: r.pick(works), source: r.pick(codes), stage: r.pick(STAGES), amount: 1000 * r.int(900) },
          { workId: null, source: r.pick(codes), stage: r.pick(STAGES), amount: r.int(2) ? 5_000_000 : null },
        ],
      });
      await expectSame(ctx, r);
    }
    // Over 500 xã: the choices come by district-level unit.
    const big = Number(unit.run('Huyện Lớn', 'huyen', 'district', province, null, 98).lastInsertRowid);
    const many: number[] = [];
    ctx.sqlite.transaction(() => {
      for (let i = 0; i < 480; i++)
        many.push(Number(unit.run(`Xã Thêm ${i}`, 'xa', 'commune', big, null, 1000 - i).lastInsertRowid));
    })();
    addWorks(ctx, r, many, 100);
    expect((await call(ctx, 'funding.works', { year: YEAR })).communesByDistrict).toBe(true);
    await expectSame(ctx, r);
    const chosen = await call(ctx, 'funding.works', { year: YEAR, districtId: big });
    expect(chosen).toEqual(referenceWorks(ctx, { year: YEAR, districtId: big }));
    expect(chosen.communes).toHaveLength(480);
  });
});
