import { describe, it, expect } from 'vitest';
import { call, tempContexts } from '../helpers/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { heldLevels } from '../../electron/services/criteria/common';
import { levelsHeldAt } from '../../electron/services/overview/held';
import { fundingFigures } from '../../electron/services/overview/funding';
import { resolveCutoff } from '../../electron/services/funding/common';
import { yearRollup } from '../../electron/services/funding/data';
import { STAGES, type FundingCell } from '../../shared/models/funding';

const open = tempContexts();

/** Levels at every year's end and a few dates inside years, from one read and from heldLevels. */
function expectSameLevels(ctx: ServiceContext) {
  const heldAt = levelsHeldAt(ctx);
  const dates = Array.from({ length: 18 }, (_, i) => `${2010 + i}-12-31`).concat([
    '2019-06-30',
    '2021-03-15',
    '2022-07-11',
    '2023-01-01',
  ]);
  for (const date of dates) {
    const expected = new Map([...heldLevels(ctx, date)].map(([id, h]) => [id, h.level]));
    expect(new Map([...heldAt(date)].map(([id, h]) => [id, h.level])), date).toEqual(expected);
  }
}

/** The province's figures by source as Tổng quan shows them, computed from every xã's roll-up. */
function fromEveryCommune(ctx: ServiceContext, year: number) {
  const { asOf } = resolveCutoff(ctx, year);
  const { sources, tree, rollup } = yearRollup(ctx, year, asOf);
  const fig = rollup.figures(tree.province.id);
  const million = (c: FundingCell | undefined) => (!c || c.total === null ? null : c.total / 1000);
  return {
    asOf,
    sources: sources.list.map((s) => STAGES.map((stage) => million(fig[stage].bySource[s.code]))),
    total: STAGES.map((stage) => million(fig[stage].total)),
  };
}

function expectSameFunding(ctx: ServiceContext, year: number) {
  const got = fundingFigures(ctx, year)!;
  const want = fromEveryCommune(ctx, year);
  expect(got.asOf).toBe(want.asOf);
  expect(got.sources.map((s) => [s.need, s.allocated, s.disbursed])).toEqual(want.sources);
  expect([got.total.need, got.total.allocated, got.total.disbursed]).toEqual(want.total);
}

describe('Tổng quan read from the maintained summaries equals the recomputation from raw rows', () => {
  it('levels held over the years: one read of the recognitions, also after a revocation', async () => {
    const ctx = await open();
    expectSameLevels(ctx);
    const ntmAt = async (year: number) =>
      (await call(ctx, 'overview.year', { year: 2022 })).progress.find((p) => p.year === year)!.ntm;
    const before = await ntmAt(2021);
    // An xã recognised NTM before 2021 with no other recognition: revoked in 2021, it no longer counts at the end of 2021.
    const rec = ctx.sqlite
      .prepare(
        "SELECT id FROM recognitions r WHERE level = 'ntm' AND year < 2021 AND NOT EXISTS (SELECT 1 FROM recognitions o WHERE o.commune_id = r.commune_id AND o.id <> r.id) ORDER BY id LIMIT 1",
      )
      .pluck()
      .get() as number;
    await call(ctx, 'criteria.revoke', {
      id: rec,
      revokedDate: '2021-05-20',
      revokeDecisionNo: '12/QĐ-UBND',
      revokeReason: 'Không còn đạt tiêu chí',
    });
    expectSameLevels(ctx);
    expect(await ntmAt(2021)).toBe(before - 1);
  });

  it('funding by source for the province: per-parent sums, also after an edit of a work and of the province figure', async () => {
    const ctx = await open();
    for (const year of [2021, 2022, 2023]) if (fundingFigures(ctx, year)) expectSameFunding(ctx, year);
    const works = await call(ctx, 'funding.works', { year: 2022 });
    const w = works.rows[0]!;
    await call(ctx, 'funding.setAmounts', {
      year: 2022,
      changes: [{ workId: w.id, source: 'trung_uong', stage: 'allocated', amount: 987_000 }],
    });
    expectSameFunding(ctx, 2022);
    await call(ctx, 'funding.setAmounts', {
      year: 2022,
      changes: [{ workId: null, source: 'tin_dung', stage: 'need', amount: null }],
    });
    expectSameFunding(ctx, 2022);
    expect((await call(ctx, 'overview.year', { year: 2022 })).funding).toEqual(fundingFigures(ctx, 2022));
  });
});
