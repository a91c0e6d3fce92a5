/** Reads behind the province map: units of a date, successions, and per-commune figures. */
import type Database from 'better-sqlite3';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { adminUnits, criteria, criterionResults, ocopProducers, ocopProducts, unitSuccessions } from '../schema';
import { communeLevelAt, unitIdentity } from './units';
import { prepared } from './prepared';

export interface MapUnitRow {
  id: number;
  code: string | null;
  name: string;
  kind: string;
}

/** Commune-level units valid at a date under a province (directly, or under one of its districts). */
export function communeLevelUnitsOf(db: AppDb, provinceId: number, atDate: string): MapUnitRow[] {
  return db
    .select(unitIdentity)
    .from(adminUnits)
    .where(communeLevelAt(atDate, provinceId))
    .orderBy(asc(adminUnits.sortOrder), asc(adminUnits.id))
    .all();
}

/** How many xã were in force at a date (the whole file). */
export function countRuralCommunesAt(db: AppDb, atDate: string): number {
  return prepared(
    db,
    "SELECT count(*) AS n FROM admin_units WHERE kind = 'xa' AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)",
  )
    .pluck()
    .get(atDate, atDate) as number;
}

export interface SuccessionRow {
  fromUnitId: number;
  toUnitId: number;
  effectiveDate: string;
  decision: string;
}

/** Every succession in force by a date (old unit → new unit). */
export function successionsUntil(db: AppDb, date: string): SuccessionRow[] {
  return db
    .select({
      fromUnitId: unitSuccessions.fromUnitId,
      toUnitId: unitSuccessions.toUnitId,
      effectiveDate: unitSuccessions.effectiveDate,
      decision: unitSuccessions.decision,
    })
    .from(unitSuccessions)
    .where(sql`${unitSuccessions.effectiveDate} <= ${date}`)
    .all();
}

/** product id → commune (the product's own, else its producer's), for every product. */
export function productCommunes(sqlite: Database.Database): Map<number, number | null> {
  const rows = sqlite
    .prepare(
      'SELECT p.id, coalesce(p.commune_id, pr.commune_id) FROM ocop_products p JOIN ocop_producers pr ON pr.id = p.producer_id',
    )
    .raw()
    .all() as [number, number | null][];
  return new Map(rows);
}

/** Products placed in some units (own commune, else the producer's). */
export function productsInUnits(db: AppDb, unitIds: number[]) {
  if (!unitIds.length) return [];
  const place = sql<number>`coalesce(${ocopProducts.communeId}, ${ocopProducers.communeId})`;
  return db
    .select({ id: ocopProducts.id, name: ocopProducts.name, producerName: ocopProducers.name, communeId: place })
    .from(ocopProducts)
    .innerJoin(ocopProducers, eq(ocopProducers.id, ocopProducts.producerId))
    .where(inArray(place, unitIds))
    .orderBy(asc(ocopProducts.name))
    .all();
}

/** Criterion-level results of some communes in a year, for one set. */
export function criterionResultsOf(db: AppDb, year: number, setId: number, communeIds: number[]) {
  if (!communeIds.length) return [];
  return db
    .select({
      communeId: criterionResults.communeId,
      criterionId: criterionResults.criterionId,
      met: criterionResults.met,
    })
    .from(criterionResults)
    .innerJoin(criteria, eq(criteria.id, criterionResults.criterionId))
    .where(
      and(eq(criterionResults.year, year), eq(criteria.setId, setId), inArray(criterionResults.communeId, communeIds)),
    )
    .all();
}
