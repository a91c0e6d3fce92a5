import { and, asc, eq, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { prepared, preparedRaw } from './prepared';
import { criteria, criteriaSets, criterionResults, indicators, indicatorThresholds } from '../schema';

export function listCriteriaSets(db: AppDb) {
  return db
    .select()
    .from(criteriaSets)
    .orderBy(asc(criteriaSets.yearFrom), asc(criteriaSets.level), asc(criteriaSets.id))
    .all();
}

export function getCriteriaSet(db: AppDb, id: number) {
  return db.select().from(criteriaSets).where(eq(criteriaSets.id, id)).get();
}

/** The set's criteria in column order. */
export function criteriaOfSet(
  db: AppDb,
  setId: number,
): { id: number; no: number; name: string; groupNo: number; groupName: string }[] {
  // A prepared statement: read on every cell edit.
  return prepared(
    db,
    'SELECT id, no, name, group_no AS groupNo, group_name AS groupName FROM criteria WHERE set_id = ? ORDER BY no',
  ).all(setId) as {
    id: number;
    no: number;
    name: string;
    groupNo: number;
    groupName: string;
  }[];
}

/** Criteria of a set that have indicators (their đạt is computed), in column order: read with every matrix. */
export function criteriaWithIndicators(db: AppDb, setId: number): number[] {
  return (
    preparedRaw(
      db,
      'SELECT c.id FROM criteria c WHERE c.set_id = ? AND EXISTS (SELECT 1 FROM indicators i WHERE i.criterion_id = c.id) ORDER BY c.no',
    ).all(setId) as [number][]
  ).map(([id]) => id);
}

export function allCriteria(db: AppDb) {
  return db
    .select({ id: criteria.id, no: criteria.no, name: criteria.name, setId: criteria.setId })
    .from(criteria)
    .all();
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

/** Stored results of some communes in a year, for comparing before writing (one indexed read per commune). */
export function resultsOf(db: AppDb, year: number, communeIds: number[]) {
  const one = preparedRaw(
    db,
    'SELECT criterion_id, met, source FROM criterion_results WHERE year = ? AND commune_id = ?',
  );
  const out: { communeId: number; criterionId: number; met: boolean; source: string }[] = [];
  for (const communeId of communeIds) {
    for (const [criterionId, met, source] of one.all(year, communeId) as [number, number, string][])
      out.push({ communeId, criterionId, met: !!met, source });
  }
  return out;
}

export function upsertResult(db: AppDb, row: { year: number; communeId: number; criterionId: number; met: boolean }) {
  prepared(
    db,
    `INSERT INTO criterion_results (year, commune_id, criterion_id, met, source) VALUES (?, ?, ?, ?, 'user')
     ON CONFLICT (year, commune_id, criterion_id) DO UPDATE SET met = excluded.met, source = 'user'`,
  ).run(row.year, row.communeId, row.criterionId, row.met ? 1 : 0);
}

export function deleteResult(db: AppDb, key: { year: number; communeId: number; criterionId: number }) {
  prepared(db, 'DELETE FROM criterion_results WHERE year = ? AND commune_id = ? AND criterion_id = ?').run(
    key.year,
    key.communeId,
    key.criterionId,
  );
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
