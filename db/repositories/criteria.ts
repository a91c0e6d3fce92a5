import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { criteria, criteriaSets, criterionResults, indicators, indicatorThresholds } from '../schema';

export function listCriteriaSets(db: AppDb) {
  return db.select().from(criteriaSets).orderBy(asc(criteriaSets.yearFrom), asc(criteriaSets.level), asc(criteriaSets.id)).all();
}

export function getCriteriaSet(db: AppDb, id: number) {
  return db.select().from(criteriaSets).where(eq(criteriaSets.id, id)).get();
}

/** The set's criteria in column order. */
export function criteriaOfSet(db: AppDb, setId: number) {
  return db
    .select({ id: criteria.id, no: criteria.no, name: criteria.name, groupNo: criteria.groupNo, groupName: criteria.groupName })
    .from(criteria)
    .where(eq(criteria.setId, setId))
    .orderBy(asc(criteria.no))
    .all();
}

export function allCriteria(db: AppDb) {
  return db.select({ id: criteria.id, no: criteria.no, name: criteria.name, setId: criteria.setId }).from(criteria).all();
}

export function indicatorsOfSet(db: AppDb, setId: number) {
  return db
    .select({
      id: indicators.id,
      criterionId: indicators.criterionId,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      comparator: indicators.comparator,
      valueKind: indicators.valueKind,
      grades: indicators.grades,
    })
    .from(indicators)
    .innerJoin(criteria, eq(criteria.id, indicators.criterionId))
    .where(eq(criteria.setId, setId))
    .orderBy(asc(criteria.no), asc(indicators.sortOrder), asc(indicators.id))
    .all();
}

export function thresholdsOfSet(db: AppDb, setId: number) {
  return db
    .select({
      id: indicatorThresholds.id,
      indicatorId: indicatorThresholds.indicatorId,
      region: indicatorThresholds.region,
      value: indicatorThresholds.value,
      verified: indicatorThresholds.verified,
      source: indicatorThresholds.source,
      notApplicable: indicatorThresholds.notApplicable,
    })
    .from(indicatorThresholds)
    .innerJoin(indicators, eq(indicators.id, indicatorThresholds.indicatorId))
    .innerJoin(criteria, eq(criteria.id, indicators.criterionId))
    .where(eq(criteria.setId, setId))
    .all();
}

export function getThreshold(db: AppDb, id: number) {
  return db.select().from(indicatorThresholds).where(eq(indicatorThresholds.id, id)).get();
}

export function updateThreshold(db: AppDb, id: number, patch: { value: string; verified: boolean; source?: string }) {
  db.update(indicatorThresholds).set(patch).where(eq(indicatorThresholds.id, id)).run();
}

/**
 * Per commune, one year's results of a set folded into two bit masks over criterion numbers
 * (bit `no` set = entered / met), summed inside SQLite: 10,000 rows cross instead of 190,000.
 * `communeIds` narrows it to a few communes (after an edit).
 */
export function resultMasks(db: AppDb, year: number, setId: number, communeIds?: number[]) {
  const bit = sql<number>`(1 << ${criteria.no})`;
  const rows = db
    .select({
      communeId: criterionResults.communeId,
      metMask: sql<number>`sum(CASE WHEN ${criterionResults.met} THEN ${bit} ELSE 0 END)`,
      knownMask: sql<number>`sum(${bit})`,
      sample: sql<number>`max(${criterionResults.source} = 'sample')`,
    })
    .from(criterionResults)
    .innerJoin(criteria, eq(criteria.id, criterionResults.criterionId))
    .where(
      and(
        eq(criterionResults.year, year),
        eq(criteria.setId, setId),
        communeIds ? inArray(criterionResults.communeId, communeIds) : undefined,
      ),
    )
    .groupBy(criterionResults.communeId)
    // Plain arrays: this runs over every commune of the country when the grid opens.
    .values() as [number, number, number, number][];
  return rows.map(([communeId, metMask, knownMask, sample]) => ({ communeId, metMask, knownMask, sample }));
}

/** Stored results of some communes in a year, for comparing before writing. */
export function resultsOf(db: AppDb, year: number, communeIds: number[]) {
  const out: { communeId: number; criterionId: number; met: boolean; source: string }[] = [];
  // Chunked under SQLite's bound-parameter limit.
  for (let i = 0; i < communeIds.length; i += 500) {
    out.push(
      ...db
        .select({ communeId: criterionResults.communeId, criterionId: criterionResults.criterionId, met: criterionResults.met, source: criterionResults.source })
        .from(criterionResults)
        .where(and(eq(criterionResults.year, year), inArray(criterionResults.communeId, communeIds.slice(i, i + 500))))
        .all(),
    );
  }
  return out;
}

export function upsertResult(db: AppDb, row: { year: number; communeId: number; criterionId: number; met: boolean }) {
  db.insert(criterionResults)
    .values({ ...row, source: 'user' })
    .onConflictDoUpdate({
      target: [criterionResults.year, criterionResults.communeId, criterionResults.criterionId],
      set: { met: row.met, source: 'user' },
    })
    .run();
}

export function deleteResult(db: AppDb, key: { year: number; communeId: number; criterionId: number }) {
  db.delete(criterionResults)
    .where(
      and(eq(criterionResults.year, key.year), eq(criterionResults.communeId, key.communeId), eq(criterionResults.criterionId, key.criterionId)),
    )
    .run();
}

/** Years that have any result, newest last (one export sheet each). */
export function yearsWithResults(db: AppDb): number[] {
  return db
    .selectDistinct({ year: criterionResults.year })
    .from(criterionResults)
    .orderBy(asc(criterionResults.year))
    .all()
    .map((r) => r.year);
}

export function anySampleResults(db: AppDb, year: number): boolean {
  return !!db
    .select({ one: sql`1` })
    .from(criterionResults)
    .where(and(eq(criterionResults.year, year), eq(criterionResults.source, 'sample')))
    .limit(1)
    .get();
}

