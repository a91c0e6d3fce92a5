/** Commune groups, indicator values and criterion overrides (QĐ 51/2025 assessment data). */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import { adminUnits, communeGroups, criteria, criterionOverrides, indicatorValues, unitSuccessions } from '../schema';

const chunks = <T>(xs: T[], n = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

// ---- commune groups ------------------------------------------------------------------------

const groupValidAt = (date: string) =>
  and(
    lte(communeGroups.validFrom, date),
    sql`(${communeGroups.validTo} IS NULL OR ${communeGroups.validTo} > ${date})`,
  );

/** Each commune's group on a date (with the deciding document). */
export function groupsAt(db: AppDb, date: string, communeIds?: number[]) {
  const rows = db
    .select({
      id: communeGroups.id,
      communeId: communeGroups.communeId,
      groupNo: communeGroups.groupNo,
      validFrom: communeGroups.validFrom,
      validTo: communeGroups.validTo,
      decision: communeGroups.decision,
    })
    .from(communeGroups)
    .where(and(groupValidAt(date), communeIds ? inArray(communeGroups.communeId, communeIds) : undefined))
    .all();
  return new Map(rows.map((r) => [r.communeId, r]));
}

/** Periods of a commune that are open on or after a date (to close or cut them when a new group starts). */
export function groupPeriodsFrom(db: AppDb, communeId: number, date: string) {
  return db
    .select()
    .from(communeGroups)
    .where(
      and(
        eq(communeGroups.communeId, communeId),
        sql`(${communeGroups.validTo} IS NULL OR ${communeGroups.validTo} > ${date})`,
      ),
    )
    .all();
}

export function insertGroup(db: AppDb, row: typeof communeGroups.$inferInsert) {
  db.insert(communeGroups).values(row).run();
}
export function setGroupValidTo(db: AppDb, id: number, validTo: string) {
  db.update(communeGroups).set({ validTo }).where(eq(communeGroups.id, id)).run();
}
export function deleteGroup(db: AppDb, id: number) {
  db.delete(communeGroups).where(eq(communeGroups.id, id)).run();
}

/** QĐ 318 region code per commune (thresholds by region). */
export function regionsOf(db: AppDb, communeIds: number[]) {
  const out = new Map<number, string | null>();
  for (const part of chunks(communeIds)) {
    for (const r of db
      .select({ id: adminUnits.id, region: adminUnits.region })
      .from(adminUnits)
      .where(inArray(adminUnits.id, part))
      .all())
      out.set(r.id, r.region);
  }
  return out;
}

// ---- indicator values ----------------------------------------------------------------------

export function valuesOf(db: AppDb, year: number, communeIds: number[], indicatorIds?: number[]) {
  const out: { communeId: number; indicatorId: number; value: string }[] = [];
  for (const part of chunks(communeIds)) {
    out.push(
      ...db
        .select({
          communeId: indicatorValues.communeId,
          indicatorId: indicatorValues.indicatorId,
          value: indicatorValues.value,
        })
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.year, year),
            inArray(indicatorValues.communeId, part),
            indicatorIds ? inArray(indicatorValues.indicatorId, indicatorIds) : undefined,
          ),
        )
        .all(),
    );
  }
  return out;
}

export function upsertValue(db: AppDb, row: { year: number; communeId: number; indicatorId: number; value: string }) {
  db.insert(indicatorValues)
    .values({ ...row, source: 'user' })
    .onConflictDoUpdate({
      target: [indicatorValues.year, indicatorValues.communeId, indicatorValues.indicatorId],
      set: { value: row.value, source: 'user' },
    })
    .run();
}

export function deleteValue(db: AppDb, key: { year: number; communeId: number; indicatorId: number }) {
  db.delete(indicatorValues)
    .where(
      and(
        eq(indicatorValues.year, key.year),
        eq(indicatorValues.communeId, key.communeId),
        eq(indicatorValues.indicatorId, key.indicatorId),
      ),
    )
    .run();
}

/**
 * One year's indicator values folded per commune ("id=value;id=value", every set's indicators),
 * from the maintained `indicator_value_packs`: 10,000 rows instead of 470,000. [communeId, packed].
 */
export function valuePacksOfYear(db: AppDb, year: number) {
  // Iterated: each row's text is garbage as soon as it is read, not held with 10,000 others.
  return preparedRaw(db, 'SELECT commune_id, packed FROM indicator_value_packs WHERE year = ?').iterate(
    year,
  ) as IterableIterator<[number, string]>;
}

const PACK = "group_concat(indicator_id || '=' || value, ';' ORDER BY indicator_id)";

/** The whole stored pack table and its recomputation from indicator_values (tests compare them), in key order. */
export const storedValuePacks = (db: AppDb) =>
  preparedRaw(db, 'SELECT year, commune_id, packed FROM indicator_value_packs ORDER BY 1, 2').all() as [
    number,
    number,
    string,
  ][];
export const recomputedValuePacks = (db: AppDb) =>
  preparedRaw(db, `SELECT year, commune_id, ${PACK} FROM indicator_values GROUP BY 1, 2 ORDER BY 1, 2`).all() as [
    number,
    number,
    string,
  ][];

/** Each commune's group number on a date, as [communeId, groupNo] (the whole province, no per-row objects). */
export function groupNosAt(db: AppDb, date: string) {
  return preparedRaw(
    db,
    'SELECT commune_id, group_no FROM commune_groups WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)',
  ).all(date, date) as [number, number | null][];
}

// ---- overrides -----------------------------------------------------------------------------

export function overridesOf(db: AppDb, year: number, communeIds?: number[]) {
  const where = (ids?: number[]) =>
    and(eq(criterionOverrides.year, year), ids ? inArray(criterionOverrides.communeId, ids) : undefined);
  const select = () =>
    db
      .select({
        communeId: criterionOverrides.communeId,
        criterionId: criterionOverrides.criterionId,
        met: criterionOverrides.met,
        reason: criterionOverrides.reason,
      })
      .from(criterionOverrides);
  if (!communeIds) return select().where(where()).all();
  return chunks(communeIds).flatMap((part) => select().where(where(part)).all());
}

/** Overrides of a set between two years, oldest first (the latest per commune and criterion wins). */
export function overridesOfSetBetween(db: AppDb, setId: number, fromYear: number, toYear: number) {
  return db
    .select({
      communeId: criterionOverrides.communeId,
      criterionId: criterionOverrides.criterionId,
      met: criterionOverrides.met,
      reason: criterionOverrides.reason,
      year: criterionOverrides.year,
    })
    .from(criterionOverrides)
    .innerJoin(criteria, eq(criteria.id, criterionOverrides.criterionId))
    .where(and(eq(criteria.setId, setId), sql`${criterionOverrides.year} BETWEEN ${fromYear} AND ${toYear}`))
    .orderBy(asc(criterionOverrides.year))
    .all();
}

export function upsertOverride(
  db: AppDb,
  row: { year: number; communeId: number; criterionId: number; met: boolean; reason: string },
) {
  db.insert(criterionOverrides)
    .values(row)
    .onConflictDoUpdate({
      target: [criterionOverrides.year, criterionOverrides.communeId, criterionOverrides.criterionId],
      set: { met: row.met, reason: row.reason },
    })
    .run();
}

export function deleteOverride(db: AppDb, key: { year: number; communeId: number; criterionId: number }) {
  db.delete(criterionOverrides)
    .where(
      and(
        eq(criterionOverrides.year, key.year),
        eq(criterionOverrides.communeId, key.communeId),
        eq(criterionOverrides.criterionId, key.criterionId),
      ),
    )
    .run();
}

/** Communes with values of a year for some indicators (to recompute after a threshold change). */
export function communesWithValues(db: AppDb, indicatorIds: number[]) {
  if (!indicatorIds.length) return [] as { communeId: number; year: number }[];
  return db
    .selectDistinct({ communeId: indicatorValues.communeId, year: indicatorValues.year })
    .from(indicatorValues)
    .where(inArray(indicatorValues.indicatorId, indicatorIds))
    .all();
}

/** The units each of some units succeeded (2025 reorganisation): [toUnitId, fromUnitId, fromName]. */
export function predecessorsOf(db: AppDb) {
  return db
    .select({ to: unitSuccessions.toUnitId, from: unitSuccessions.fromUnitId, name: adminUnits.name })
    .from(unitSuccessions)
    .innerJoin(adminUnits, eq(adminUnits.id, unitSuccessions.fromUnitId))
    .all();
}
