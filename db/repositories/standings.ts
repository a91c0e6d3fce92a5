import type { AppDb } from '../open';
import { prepared, preparedRaw } from './prepared';
import type { criteriaSets } from '../schema';
import type { CriteriaMask } from '../../shared/models/units-of-measure';

/** The NTM criteria set in force in a year (level 'ntm'). */
export function criteriaSetForYear(
  db: AppDb,
  year: number,
  level = 'ntm',
): typeof criteriaSets.$inferSelect | undefined {
  // A prepared statement: read on every cell edit.
  const row = prepared(
    db,
    `SELECT id, code, name, level, year_from AS yearFrom, year_to AS yearTo, decision, required_count AS requiredCount,
            threshold_by AS thresholdBy, source_doc AS sourceDoc, expected_indicators AS expectedIndicators, verified
     FROM criteria_sets WHERE level = ? AND year_from <= ? AND year_to >= ? LIMIT 1`,
  ).get(level, year, year) as (Omit<typeof criteriaSets.$inferSelect, 'verified'> & { verified: number }) | undefined;
  // Every column, as the drizzle row has them (a boolean stored as 0/1).
  return row && { ...row, verified: !!row.verified };
}

/** Criteria met per commune in a year, counting only criteria of the given set (from the maintained summary). */
export function criteriaMetByCommune(db: AppDb, year: number, setId: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [communeId, metMask] of preparedRaw(
    db,
    'SELECT commune_id, met_mask FROM criteria_year_summary WHERE year = ? AND set_id = ?',
  ).all(year, setId) as [number, CriteriaMask][]) {
    out.set(communeId, bitCount(metMask));
  }
  return out;
}

/** Set bits of a non-negative integer below 2^53. */
function bitCount(mask: CriteriaMask): number {
  let n = 0;
  for (let m: number = mask; m > 0; m = Math.floor(m / 2)) n += m % 2;
  return n;
}
