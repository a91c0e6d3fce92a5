import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import { adminUnits } from '../schema';

const district = alias(adminUnits, 'district');

/** Units valid at a date (ISO): validFrom ≤ date < validTo. */
export const validAt = (date: string) =>
  and(
    sql`(${adminUnits.validFrom} IS NULL OR ${adminUnits.validFrom} <= ${date})`,
    sql`(${adminUnits.validTo} IS NULL OR ${adminUnits.validTo} > ${date})`,
  );

export function listDistrictUnits(db: AppDb, atDate: string) {
  return db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      name: adminUnits.name,
      kind: adminUnits.kind,
      communeCount: sql<number>`(SELECT count(*) FROM admin_units c WHERE c.parent_id = "admin_units"."id" AND c.kind = 'xa')`,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'district'), validAt(atDate)))
    .orderBy(asc(adminUnits.sortOrder), asc(adminUnits.id))
    .all();
}

/**
 * Rural communes (xã) valid at a date, with their district-level unit; optionally only some of them.
 * Read as plain arrays and mapped here: drizzle's per-row mapping of a left join costs ~3× the
 * query itself at 10,000 communes (bench/criteria.ts).
 */
type CommuneRecord = [number, string | null, string, string, string, string, number | null, string | null, string | null, number | null];

export function listRuralCommunes(db: AppDb, atDate: string, ids?: number[]) {
  const rows = ids ? ruralCommunesById(db, atDate, ids) : db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      name: adminUnits.name,
      kind: adminUnits.kind,
      notes: adminUnits.notes,
      searchKey: adminUnits.searchKey,
      districtId: adminUnits.parentId,
      districtName: district.name,
      districtKind: district.kind,
      districtOrder: district.sortOrder,
    })
    .from(adminUnits)
    .leftJoin(district, eq(district.id, adminUnits.parentId))
    .where(and(eq(adminUnits.kind, 'xa'), validAt(atDate), ids ? inArray(adminUnits.id, ids) : undefined))
    .orderBy(asc(district.sortOrder), asc(adminUnits.sortOrder), asc(adminUnits.id))
    .values() as CommuneRecord[];
  return rows.map(([id, code, name, kind, notes, searchKey, districtId, districtName, districtKind, districtOrder]) => ({
    id,
    code,
    name,
    kind,
    notes,
    searchKey,
    districtId,
    districtName,
    districtKind,
    districtOrder,
  }));
}

export function getUnit(db: AppDb, id: number) {
  return db.select().from(adminUnits).where(eq(adminUnits.id, id)).get();
}

export function updateUnit(db: AppDb, id: number, patch: { name?: string; notes?: string; searchKey?: string }) {
  db.update(adminUnits).set(patch).where(eq(adminUnits.id, id)).run();
}

export function getProvince(db: AppDb, atDate: string) {
  return db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'province'), validAt(atDate)))
    .orderBy(asc(adminUnits.id))
    .get();
}

/** A few communes by id (after a cell edit): one prepared indexed read each, in the usual order. */
function ruralCommunesById(db: AppDb, atDate: string, ids: number[]): CommuneRecord[] {
  const one = preparedRaw(
    db,
    `SELECT u.id, u.code, u.name, u.kind, u.notes, u.search_key, u.parent_id, d.name, d.kind, d.sort_order, u.sort_order
     FROM admin_units u LEFT JOIN admin_units d ON d.id = u.parent_id
     WHERE u.id = @id AND u.kind = 'xa' AND (u.valid_from IS NULL OR u.valid_from <= @atDate) AND (u.valid_to IS NULL OR u.valid_to > @atDate)`,
  );
  const found: (CommuneRecord & { 10: number })[] = [];
  for (const id of new Set(ids)) {
    const r = one.get({ id, atDate }) as (CommuneRecord & { 10: number }) | undefined;
    if (r) found.push(r);
  }
  // ORDER BY district.sort_order, sort_order, id — with NULL district order first, as SQLite sorts.
  found.sort((a, b) => (a[9] ?? -Infinity) - (b[9] ?? -Infinity) || a[10] - b[10] || a[0] - b[0]);
  return found.map((r) => r.slice(0, 10) as CommuneRecord);
}
