/**
 * Sameness of the national-scale reads (issue 14): on varied data, each faster read answers exactly
 * what the plain recomputation answers.
 */
import { describe, it, expect } from 'vitest';
import { closedAfterEach } from '../helpers/lifetime';
import { variedContext } from '../helpers/varied-reads';
import { plainCommunesOfYear, plainProgress, plainProjectLevels, plainUnitRows } from '../helpers/reads-reference';
import { rng } from '../helpers/rng';
import { communesOfYear } from '../../electron/services/criteria/common';
import { projectLevels, type ProjectionTarget } from '../../shared/domain/ntm-projection';
import { LEVELS, type Level } from '../../shared/domain/ntm-figures';
import { call } from '../helpers/dispatch';
import { unitRowsAt } from '../../electron/services/units/list';
import { mapFrame } from '../../electron/services/map/units';
import { ntmLayer } from '../../electron/services/map/ntm-layer';
import { listRuralCommunes } from '../../db/repositories/units';
import type { NtmMetric } from '../../shared/models/map';

const open = closedAfterEach((seed: number) => variedContext(seed));

const DATES = ['2014-12-31', '2019-12-31', '2021-06-30', '2022-12-31', '2024-12-31', '2025-07-01', '2026-12-31'];

describe('national-scale reads equal the plain recomputation', () => {
  it.each([1, 2, 3])('Danh sách xã: every unit of every date, province and single unit (seed %i)', async (seed) => {
    const ctx = await open(seed);
    const provinces = (
      ctx.sqlite.prepare("SELECT id FROM admin_units WHERE level = 'province'").all() as { id: number }[]
    ).map((p) => p.id);
    let pending = 0;
    let linked = 0;
    for (const date of DATES) {
      const want = plainUnitRows(ctx.db, date);
      expect(unitRowsAt(ctx, date)).toEqual(want);
      pending += want.filter((u) => u.pendingCount > 0).length;
      linked += want.filter((u) => u.predecessorCount > 1).length;
      for (const provinceId of provinces)
        expect(unitRowsAt(ctx, date, { provinceId })).toEqual(plainUnitRows(ctx.db, date, provinceId));
      for (const u of want.slice(0, 40)) expect(unitRowsAt(ctx, date, { id: u.id })).toEqual([u]);
      // Through the service, with its counts and a search.
      const list = await call(ctx, 'units.list', { date });
      expect(list.units).toEqual(want);
      expect(list.counts.xa).toBe(want.filter((u) => u.kind === 'xa').length);
      expect(list.counts.phuong).toBe(want.filter((u) => u.kind === 'phuong').length);
      expect(list.counts.thiTran).toBe(want.filter((u) => u.kind === 'thi_tran').length);
    }
    // The data is varied enough to mean something.
    expect(pending).toBeGreaterThan(0);
    expect(linked).toBeGreaterThan(0);
  });

  it.each([1, 2, 3])(
    "the map: each unit's figure from the xã that reach it equals the one from all xã of the year (seed %i)",
    async (seed) => {
      const ctx = await open(seed);
      let unplaced = 0;
      let inherited = 0;
      for (const year of [2018, 2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
        const frame = mapFrame(ctx, year);
        const all = listRuralCommunes(ctx.db, frame.dataDate);
        for (const metric of ['status', 'criteria', 'indicators'] as NtmMetric[]) {
          const want = ntmLayer(ctx, frame, metric, { communes: all, total: all.length });
          expect(ntmLayer(ctx, frame, metric)).toEqual(want);
          if (want.notes.some((n) => n.includes('không nối được'))) unplaced++;
          inherited += [...want.perUnit.values()].filter((f) => f.inherited).length;
        }
      }
      // Some xã of the data reach no unit of the map, many reach one through the successions.
      expect(unplaced).toBeGreaterThan(0);
      expect(inherited).toBeGreaterThan(0);
    },
  );

  it.each([1, 2, 3])(
    "Tổng quan: progress over the years and the year's xã equal the plain recomputation (seed %i)",
    async (seed) => {
      const ctx = await open(seed);
      for (const year of [2019, 2021, 2022, 2023, 2024, 2026]) {
        const got = await call(ctx, 'overview.year', { year });
        const want = plainProgress(ctx, year - 5, year);
        expect(got.progress).toEqual(want);
        expect(communesOfYear(ctx, year)).toEqual(plainCommunesOfYear(ctx, year));
        const some = plainCommunesOfYear(ctx, year)
          .filter((_, i) => i % 3 === 0)
          .map((c) => c.id);
        // A few (one read each) and many (one statement) by id, in the same order.
        expect(communesOfYear(ctx, year, some.slice(0, 5))).toEqual(plainCommunesOfYear(ctx, year, some.slice(0, 5)));
        const all = plainCommunesOfYear(ctx, year).map((c) => c.id);
        expect(all.length).toBeGreaterThan(32);
        expect(communesOfYear(ctx, year, [...all, all[0]!].reverse())).toEqual(plainCommunesOfYear(ctx, year, all));
      }
      // Revocations and several levels make the years differ.
      const p = (await call(ctx, 'overview.year', { year: 2022 })).progress;
      expect(new Set(p.map((x) => x.ntm)).size).toBeGreaterThan(1);
      expect(p.some((x) => x.nangCao > 0)).toBe(true);
    },
  );

  it('projections: counted per level equal the sets of the first implementation', () => {
    const r = rng(7);
    for (let run = 0; run < 200; run++) {
      const baseline = new Map<number, Level>();
      for (let i = 0; i < r.int(40); i++) baseline.set(r.int(60), r.pick(LEVELS));
      const targets: ProjectionTarget[] = Array.from({ length: r.int(30) }, () => ({
        communeId: r.int(60),
        level: r.pick([...LEVELS, 'tieu_chi'] as const),
        kind: r.pick(['official', 'stretch'] as const),
      }));
      const total = 60 + r.int(5);
      expect(projectLevels(baseline, targets, total)).toEqual(plainProjectLevels(baseline, targets, total));
    }
  });
});
