import { and, eq, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { prepared } from './prepared';
import { criteria, criteriaSets, criterionResults } from '../schema';

/** The NTM criteria set in force in a year (level 'ntm'). */
export function criteriaSetForYear(db: AppDb, year: number, level = 'ntm'): typeof criteriaSets.$inferSelect | undefined {
  // A prepared statement: read on every cell edit.
  return prepared(
    db,
    `SELECT id, code, name, level, year_from AS yearFrom, year_to AS yearTo, decision, required_count AS requiredCount
     FROM criteria_sets WHERE level = ? AND year_from <= ? AND year_to >= ? LIMIT 1`,
  ).get(level, year, year) as typeof criteriaSets.$inferSelect | undefined;
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
