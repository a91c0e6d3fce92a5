/** Editing criteria sets: sets, criteria, indicators, thresholds, and what depends on them. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import {
  criteria,
  criteriaSets,
  criterionOverrides,
  criterionResults,
  indicatorThresholds,
  indicatorValues,
  indicators,
  recognitions,
} from '../schema';

export function insertSet(db: AppDb, row: typeof criteriaSets.$inferInsert): number {
  return db.insert(criteriaSets).values(row).returning({ id: criteriaSets.id }).get().id;
}
export function updateSet(db: AppDb, id: number, patch: Partial<typeof criteriaSets.$inferInsert>) {
  db.update(criteriaSets).set(patch).where(eq(criteriaSets.id, id)).run();
}
export const setByCode = (db: AppDb, code: string) =>
  db.select().from(criteriaSets).where(eq(criteriaSets.code, code)).get();

export function insertCriterion(db: AppDb, row: typeof criteria.$inferInsert): number {
  return db.insert(criteria).values(row).returning({ id: criteria.id }).get().id;
}
export function updateCriterion(db: AppDb, id: number, patch: Partial<typeof criteria.$inferInsert>) {
  db.update(criteria).set(patch).where(eq(criteria.id, id)).run();
}
export const getCriterion = (db: AppDb, id: number) => db.select().from(criteria).where(eq(criteria.id, id)).get();

export function insertIndicator(db: AppDb, row: typeof indicators.$inferInsert): number {
  return db.insert(indicators).values(row).returning({ id: indicators.id }).get().id;
}
export function updateIndicator(db: AppDb, id: number, patch: Partial<typeof indicators.$inferInsert>) {
  db.update(indicators).set(patch).where(eq(indicators.id, id)).run();
}
export const getIndicator = (db: AppDb, id: number) => db.select().from(indicators).where(eq(indicators.id, id)).get();

export function indicatorsOfCriterion(db: AppDb, criterionId: number) {
  return db.select().from(indicators).where(eq(indicators.criterionId, criterionId)).all();
}

/** Inserts or replaces the threshold of an indicator for one group/region key. */
export function upsertThreshold(
  db: AppDb,
  row: {
    indicatorId: number;
    region: string;
    value: string;
    verified: boolean;
    source: string;
    notApplicable: boolean;
  },
) {
  db.insert(indicatorThresholds)
    .values(row)
    .onConflictDoUpdate({
      target: [indicatorThresholds.indicatorId, indicatorThresholds.region],
      set: { value: row.value, verified: row.verified, source: row.source, notApplicable: row.notApplicable },
    })
    .run();
}
export function deleteThreshold(db: AppDb, indicatorId: number, region: string) {
  db.delete(indicatorThresholds)
    .where(and(eq(indicatorThresholds.indicatorId, indicatorId), eq(indicatorThresholds.region, region)))
    .run();
}

export function deleteIndicators(db: AppDb, ids: number[]) {
  if (!ids.length) return;
  db.delete(indicatorThresholds).where(inArray(indicatorThresholds.indicatorId, ids)).run();
  db.delete(indicators).where(inArray(indicators.id, ids)).run();
}

export function deleteCriterion(db: AppDb, id: number) {
  deleteIndicators(
    db,
    indicatorsOfCriterion(db, id).map((i) => i.id),
  );
  db.delete(criteria).where(eq(criteria.id, id)).run();
}

const n = (v: unknown) => Number(v ?? 0);

/** What depends on a criterion: criterion-level results, indicator values, overrides. */
export function criterionDependents(db: AppDb, criterionId: number) {
  const results = n(
    db
      .select({ n: sql<number>`count(*)` })
      .from(criterionResults)
      .where(eq(criterionResults.criterionId, criterionId))
      .get()?.n,
  );
  const values = n(
    db
      .select({ n: sql<number>`count(*)` })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(eq(indicators.criterionId, criterionId))
      .get()?.n,
  );
  const overrides = n(
    db
      .select({ n: sql<number>`count(*)` })
      .from(criterionOverrides)
      .where(eq(criterionOverrides.criterionId, criterionId))
      .get()?.n,
  );
  const communes = n(
    db
      .select({ n: sql<number>`count(DISTINCT ${criterionResults.communeId})` })
      .from(criterionResults)
      .where(eq(criterionResults.criterionId, criterionId))
      .get()?.n,
  );
  return { results, values, overrides, communes };
}

export function indicatorValueCount(db: AppDb, indicatorIds: number[]) {
  if (!indicatorIds.length) return 0;
  return n(
    db
      .select({ n: sql<number>`count(*)` })
      .from(indicatorValues)
      .where(inArray(indicatorValues.indicatorId, indicatorIds))
      .get()?.n,
  );
}

export function recognitionsOfSet(db: AppDb, setId: number) {
  return n(
    db
      .select({ n: sql<number>`count(*)` })
      .from(recognitions)
      .where(eq(recognitions.criteriaSetId, setId))
      .get()?.n,
  );
}

/** Indicators per set. */
export function indicatorCounts(db: AppDb): Map<number, number> {
  const rows = db
    .select({ setId: criteria.setId, n: sql<number>`count(${indicators.id})` })
    .from(criteria)
    .leftJoin(indicators, eq(indicators.criterionId, criteria.id))
    .groupBy(criteria.setId)
    .all();
  return new Map(rows.map((r) => [r.setId, Number(r.n)]));
}
