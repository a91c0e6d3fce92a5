/**
 * The units of measure hidden in the stored figures, as types: a number in the wrong unit does not
 * type-check. Each type is a `number` at run time with a compile-time brand naming its unit; the
 * only ways to make one are the constructors and conversions of this module (the database schema
 * states the unit of its columns with `.$type<…>()`, so what drizzle reads is already branded).
 *
 * | Type               | Unit                                                | Stored in                                  |
 * | ------------------ | --------------------------------------------------- | ------------------------------------------ |
 * | `ThousandVnd`      | integer nghìn đồng (1 triệu đồng = 1000)            | funding amounts, committed values, sums    |
 * | `MillionVnd`       | triệu đồng as a plain number (may have decimals)   | only Excel cells (doubles)                 |
 * | `PointsHundredths` | integer hundredths of an OCOP point (7250 = 72,50) | OCOP evaluation and member scores          |
 * | `CriteriaMask`     | bit `no` set = criterion `no` (entered / met)      | `criteria_year_summary.met_mask/known_mask` |
 *
 * Arithmetic on branded numbers gives plain numbers: wrap a sum in its constructor
 * (`thousandVnd(a + b)`) to say it is still in that unit. Text in and out of these units lives with
 * its rules: `parseAmount` / `formatAmount` in `shared/domain/amount.ts` (money shown in triệu
 * đồng), `parsePoints` / `formatPoints` in `shared/domain/ocop-scoring.ts`, masks in
 * `shared/domain/criteria-values.ts`.
 */

import { formatNumber } from '../format/number';

declare const unitBrand: unique symbol;

/** A number whose unit is `U` (compile time only: no run-time cost or difference). */
type Measured<U extends string> = number & { readonly [unitBrand]: U };

/** Money as stored and summed: an integer number of nghìn đồng (thousands of đồng). */
export type ThousandVnd = Measured<'nghìn đồng'>;

/** Money in triệu đồng as a plain number (an Excel cell): never stored, never summed. */
export type MillionVnd = Measured<'triệu đồng'>;

/** OCOP points as stored: an integer number of hundredths of a point (7250 = 72,50 points). */
export type PointsHundredths = Measured<'phần trăm điểm'>;

/** A set of criteria of one commune and year: bit `no` set = criterion number `no` is in the set. */
export type CriteriaMask = Measured<'mặt nạ tiêu chí'>;

/** A figure known to be in nghìn đồng (read from the database, or a sum of such figures). */
export const thousandVnd = (n: number): ThousandVnd => n as ThousandVnd;

/** Triệu đồng as a number, for Excel cells (which are doubles anyway). */
export const toMillionVnd = (amount: ThousandVnd): MillionVnd => (amount / 1000) as MillionVnd;

/** Whole triệu đồng, rounded (a dashboard figure): 6_259_605_400 → 6_259_605. */
export const toWholeMillionVnd = (amount: ThousandVnd): MillionVnd => Math.round(amount / 1000) as MillionVnd;

/**
 * Triệu đồng rounded to `decimals` places, Vietnamese format ("1.234,5"): for charts, maps and
 * summaries. The exact figure (every nghìn đồng) is `formatAmount` in shared/domain/amount.ts.
 */
export const formatMillionVnd = (m: MillionVnd, decimals = 0): string => formatNumber(m, decimals);

/** Sum of amounts in nghìn đồng (exact: integers well below 2^53). */
export function sumThousandVnd(amounts: Iterable<ThousandVnd>): ThousandVnd {
  let s = 0;
  for (const a of amounts) s += a;
  return s as ThousandVnd;
}

/** A figure known to be in hundredths of an OCOP point (read from the database, or a sum of such figures). */
export const pointsHundredths = (n: number): PointsHundredths => n as PointsHundredths;

/** Whole OCOP points (a part's maximum, a star band's edge) in hundredths: 30 → 3000. */
export const pointsFromWhole = (points: number): PointsHundredths => (points * 100) as PointsHundredths;

/** The points as a plain number (72,5 for 7250), for display and Excel cells. */
export const pointsValue = (p: PointsHundredths): number => p / 100;

/** A mask read from the database (`criteria_year_summary`) or built bit by bit. */
export const criteriaMask = (n: number): CriteriaMask => n as CriteriaMask;

/** The empty set of criteria. */
export const NO_CRITERIA = 0 as CriteriaMask;

/** An amount in nghìn đồng as the office reads it: "1.234,5 triệu đồng". */
export const amountFigure = (amount: ThousandVnd): string => `${formatMillionVnd(toMillionVnd(amount), 1)} triệu đồng`;
