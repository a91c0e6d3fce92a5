import { and, eq, lte, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { criterionResults, fundingAmounts, ocopEvaluations, recognitions } from '../schema';

/** True while any table still holds sample rows (the UI then shows "Dữ liệu mẫu"). */
export function anySampleRows(db: AppDb): boolean {
  const probe = (
    table: typeof criterionResults | typeof recognitions | typeof fundingAmounts | typeof ocopEvaluations,
  ) =>
    !!db
      .select({ one: sql`1` })
      .from(table)
      .where(eq(table.source, 'sample'))
      .limit(1)
      .get();
  return probe(criterionResults) || probe(recognitions) || probe(fundingAmounts) || probe(ocopEvaluations);
}

/** Does a document about `year` rest on sample rows (results of the year or the year before, recognitions up to it, the year's funding, OCOP evaluations)? */
export function sampleRowsForYear(db: AppDb, year: number): boolean {
  const first = <T extends { limit(n: number): { get(): unknown } }>(q: T) => !!q.limit(1).get();
  const one = sql`1`;
  return (
    first(
      db
        .select({ one })
        .from(criterionResults)
        .where(and(eq(criterionResults.source, 'sample'), sql`${criterionResults.year} IN (${year - 1}, ${year})`)),
    ) ||
    first(
      db
        .select({ one })
        .from(recognitions)
        .where(and(eq(recognitions.source, 'sample'), lte(recognitions.year, year))),
    ) ||
    first(
      db
        .select({ one })
        .from(fundingAmounts)
        .where(and(eq(fundingAmounts.source, 'sample'), eq(fundingAmounts.year, year))),
    ) ||
    first(db.select({ one }).from(ocopEvaluations).where(eq(ocopEvaluations.source, 'sample')))
  );
}
