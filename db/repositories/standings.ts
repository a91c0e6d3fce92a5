import { and, eq, lte, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { criteria, criteriaSets, criterionResults } from '../schema';

/** The NTM criteria set in force in a year (level 'ntm'). */
export function criteriaSetForYear(db: AppDb, year: number, level = 'ntm') {
  return db
    .select()
    .from(criteriaSets)
    .where(and(eq(criteriaSets.level, level), lte(criteriaSets.yearFrom, year), sql`${criteriaSets.yearTo} >= ${year}`))
    .get();
}

/** Criteria met per commune in a year, counting only criteria of the given set. */
export function criteriaMetByCommune(db: AppDb, year: number, setId: number): Map<number, number> {
  const rows = db
    .select({
      communeId: criterionResults.communeId,
      met: sql<number>`sum(CASE WHEN ${criterionResults.met} THEN 1 ELSE 0 END)`,
    })
    .from(criterionResults)
    .innerJoin(criteria, eq(criteria.id, criterionResults.criterionId))
    .where(and(eq(criterionResults.year, year), eq(criteria.setId, setId)))
    .groupBy(criterionResults.communeId)
    .all();
  return new Map(rows.map((r) => [r.communeId, Number(r.met)]));
}
