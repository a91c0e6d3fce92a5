import { and, eq, lte, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { criteria, criteriaSets, criterionResults, recognitions } from '../schema';
import { LEVELS, type Level } from '../../shared/domain/ntm-figures';

/** The NTM criteria set in force in a year (level 'ntm'). */
export function criteriaSetForYear(db: AppDb, year: number, level = 'ntm') {
  return db
    .select()
    .from(criteriaSets)
    .where(and(eq(criteriaSets.level, level), lte(criteriaSets.yearFrom, year), sql`${criteriaSets.yearTo} >= ${year}`))
    .get();
}

/** Highest level each commune holds at the end of a year: recognised by then and not revoked by then. */
export function levelsAtEndOfYear(db: AppDb, year: number): Map<number, { level: Level; year: number }> {
  const end = `${year}-12-31`;
  const rows = db
    .select({ communeId: recognitions.communeId, level: recognitions.level, year: recognitions.year })
    .from(recognitions)
    .where(
      and(
        lte(recognitions.year, year),
        sql`(${recognitions.revokedDate} IS NULL OR ${recognitions.revokedDate} > ${end})`,
      ),
    )
    .all();
  const out = new Map<number, { level: Level; year: number }>();
  for (const r of rows) {
    const lv = r.level as Level;
    const cur = out.get(r.communeId);
    if (!cur || LEVELS.indexOf(lv) > LEVELS.indexOf(cur.level)) out.set(r.communeId, { level: lv, year: r.year });
  }
  return out;
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
