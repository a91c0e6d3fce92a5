import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../open';
import { adminUnits, communeTargets, provinceTargets } from '../schema';

const district = alias(adminUnits, 'district');

export function listCommuneTargets(db: AppDb, filter: { year?: number; id?: number }) {
  return db
    .select({
      id: communeTargets.id,
      communeId: communeTargets.communeId,
      communeName: adminUnits.name,
      districtId: adminUnits.parentId,
      districtName: district.name,
      districtKind: district.kind,
      districtOrder: district.sortOrder,
      year: communeTargets.year,
      level: communeTargets.level,
      kind: communeTargets.kind,
      targetCriteria: communeTargets.targetCriteria,
      notes: communeTargets.notes,
    })
    .from(communeTargets)
    .innerJoin(adminUnits, eq(adminUnits.id, communeTargets.communeId))
    .leftJoin(district, eq(district.id, adminUnits.parentId))
    .where(
      and(
        filter.year !== undefined ? eq(communeTargets.year, filter.year) : undefined,
        filter.id !== undefined ? eq(communeTargets.id, filter.id) : undefined,
      ),
    )
    .orderBy(asc(district.sortOrder), asc(adminUnits.sortOrder), asc(communeTargets.level))
    .all();
}

export function findCommuneTarget(db: AppDb, communeId: number, year: number, level: string) {
  return db
    .select()
    .from(communeTargets)
    .where(and(eq(communeTargets.communeId, communeId), eq(communeTargets.year, year), eq(communeTargets.level, level)))
    .get();
}

export function getCommuneTarget(db: AppDb, id: number) {
  return db.select().from(communeTargets).where(eq(communeTargets.id, id)).get();
}

/** One target per (commune, year, level): a second one replaces the first. */
export function upsertCommuneTarget(db: AppDb, row: typeof communeTargets.$inferInsert): number {
  return db
    .insert(communeTargets)
    .values(row)
    .onConflictDoUpdate({
      target: [communeTargets.communeId, communeTargets.year, communeTargets.level],
      set: { kind: row.kind, targetCriteria: row.targetCriteria ?? null, notes: row.notes ?? '' },
    })
    .returning({ id: communeTargets.id })
    .get().id;
}

export function deleteCommuneTarget(db: AppDb, id: number) {
  db.delete(communeTargets).where(eq(communeTargets.id, id)).run();
}

export function provinceTargetsOf(db: AppDb, year: number): Map<string, string> {
  const rows = db.select().from(provinceTargets).where(eq(provinceTargets.year, year)).all();
  return new Map(rows.map((r) => [r.key, r.value]));
}

export function setProvinceTarget(db: AppDb, year: number, key: string, value: string | null) {
  if (value === null) {
    db.delete(provinceTargets)
      .where(and(eq(provinceTargets.year, year), eq(provinceTargets.key, key)))
      .run();
    return;
  }
  db.insert(provinceTargets)
    .values({ year, key, value })
    .onConflictDoUpdate({ target: [provinceTargets.year, provinceTargets.key], set: { value } })
    .run();
}
