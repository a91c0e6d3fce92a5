/**
 * Units of measure in the types (shared/models/units-of-measure.ts). The `@ts-expect-error` lines are
 * the test: `tsc -p tsconfig.node.json` (part of `npm test`) checks this file, and fails on any of
 * them the day a wrong unit type-checks (e.g. if a brand were removed), because the directive would
 * then be unused. The run-time checks below show the brands cost nothing at run time.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  criteriaMask,
  NO_CRITERIA,
  pointsFromWhole,
  pointsHundredths,
  pointsValue,
  sumThousandVnd,
  thousandVnd,
  toMillionVnd,
  type CriteriaMask,
  type MillionVnd,
  type PointsHundredths,
  type ThousandVnd,
} from '../../shared/models/units-of-measure';
import { formatAmount, parseAmount } from '../../shared/domain/amount';
import { formatPoints, parsePoints, starsFromTotal } from '../../shared/domain/ocop-scoring';
import { resultsFromMasks } from '../../shared/domain/criteria-values';
import { amount } from '../../shared/api/zod-blocks';
import { contract } from '../../shared/api/contract';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { FundingCell } from '../../shared/models/funding';
import type { EvaluationRow } from '../../shared/models/ocop';
import type { fundingAmounts } from '../../db/schema/funding';
import type { ocopEvaluations } from '../../db/schema/ocop';
import type { criteriaYearSummary } from '../../db/schema/summaries';

// Compile-time only: never called.
function refusedAtCompileTime(money: ThousandVnd, millions: MillionVnd, points: PointsHundredths, mask: CriteriaMask) {
  // @ts-expect-error a plain number is not an amount: say its unit with thousandVnd()
  formatAmount(1500);
  // @ts-expect-error triệu đồng are not nghìn đồng
  formatAmount(millions);
  // @ts-expect-error OCOP points are not money
  formatAmount(points);
  // @ts-expect-error money is not OCOP points
  formatPoints(money);
  // @ts-expect-error a plain number is not in hundredths of a point
  starsFromTotal(72.5);
  // @ts-expect-error a mask is not a count or an amount
  resultsFromMasks(money, mask, [1, 2]);
  // @ts-expect-error nghìn đồng are not triệu đồng
  const shown: MillionVnd = money;
  // @ts-expect-error a sum of amounts is a plain number until it is named again
  const total: ThousandVnd = money + money;
  // @ts-expect-error a funding cell holds nghìn đồng
  const cell: FundingCell = { direct: null, detail: 5, total: money, unallocated: null };
  // @ts-expect-error an evaluation's total is in hundredths of a point
  const row: Pick<EvaluationRow, 'total'> = { total: money };
  // @ts-expect-error the database's amount column is in nghìn đồng
  const insert: typeof fundingAmounts.$inferInsert = { year: 2022, sourceId: 1, stage: 'need', amount: 1500 };
  return [shown, total, cell, row, insert];
}
void refusedAtCompileTime;

describe('units of measure', () => {
  it('are named in the types of the models, the schema and the contract', () => {
    expectTypeOf<FundingCell['total']>().toEqualTypeOf<ThousandVnd | null>();
    expectTypeOf<EvaluationRow['pointsA']>().toEqualTypeOf<PointsHundredths>();
    expectTypeOf<(typeof fundingAmounts.$inferSelect)['amount']>().toEqualTypeOf<ThousandVnd>();
    expectTypeOf<(typeof ocopEvaluations.$inferSelect)['total']>().toEqualTypeOf<PointsHundredths>();
    expectTypeOf<(typeof criteriaYearSummary.$inferSelect)['metMask']>().toEqualTypeOf<CriteriaMask>();
    expectTypeOf<ParsedInputOf<'funding.setStatedTotal'>['amount']>().toEqualTypeOf<ThousandVnd | null>();
    expectTypeOf<ParsedInputOf<'ocop.evaluationSave'>['pointsA']>().toEqualTypeOf<PointsHundredths | undefined>();
    expectTypeOf(parseAmount).returns.toEqualTypeOf<
      { ok: true; value: ThousandVnd | null } | { ok: false; error: string }
    >();
    expectTypeOf(parsePoints).returns.toEqualTypeOf<PointsHundredths | null>();
    expectTypeOf(toMillionVnd).returns.toEqualTypeOf<MillionVnd>();
    expectTypeOf<ThousandVnd>().not.toEqualTypeOf<MillionVnd>();
    expectTypeOf<ThousandVnd>().not.toEqualTypeOf<number>();
  });

  it('are plain numbers at run time, converted only by the module', () => {
    const a = thousandVnd(6_259_605_000);
    expect(a).toBe(6_259_605_000);
    expect(toMillionVnd(thousandVnd(1500))).toBe(1.5);
    expect(formatAmount(toMillionVnd(a) as unknown as ThousandVnd)).toBe('6.259,605'); // the wrong unit, forced: a thousandfold error
    expect(formatAmount(a)).toBe('6.259.605');
    expect(sumThousandVnd([thousandVnd(1), thousandVnd(2_000)])).toBe(2001);
    expect(pointsFromWhole(70)).toBe(7000);
    expect(starsFromTotal(pointsFromWhole(70))).toBe(4);
    expect(pointsValue(pointsHundredths(7250))).toBe(72.5);
    expect(formatPoints(pointsHundredths(7250))).toBe('72,5');
    expect(resultsFromMasks(criteriaMask(0b010), criteriaMask(0b110), [1, 2, 3])).toBe('10-');
    expect(resultsFromMasks(NO_CRITERIA, NO_CRITERIA, [1, 2])).toBe('--');
  });

  it('come out of the zod blocks that parse IPC input', () => {
    const parsed = amount.parse(1500);
    expectTypeOf(parsed).toEqualTypeOf<ThousandVnd>();
    expect(parsed).toBe(1500);
    const input = contract['ocop.evaluationSave'].input.parse({
      productId: 1,
      level: 'province',
      evaluatedDate: '2022-05-01',
      pointsA: 3850,
      pointsB: 2000,
      pointsC: 3000,
    });
    expectTypeOf(input.pointsA).toEqualTypeOf<PointsHundredths | undefined>();
    expect(input.pointsA).toBe(3850);
  });
});
