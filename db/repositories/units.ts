import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import { adminUnits } from '../schema';

const district = alias(adminUnits, 'district');

/** The columns that name a unit, selected by most reads here. */
export const unitIdentity = {
  id: adminUnits.id,
  code: adminUnits.code,
  name: adminUnits.name,
  kind: adminUnits.kind,
};

/** Units valid at a date (ISO): validFrom ≤ date < validTo. */
export const validAt = (date: string) =>
  and(
    sql`(${adminUnits.validFrom} IS NULL OR ${adminUnits.validFrom} <= ${date})`,
    sql`(${adminUnits.validTo} IS NULL OR ${adminUnits.validTo} > ${date})`,
  );

/** Commune-level units valid at a date; with a province, only those under it. */
export const communeLevelAt = (atDate: string, provinceId?: number) =>
  and(
    eq(adminUnits.level, 'commune'),
    validAt(atDate),
    // Directly under the province (from 1/7/2025) or under one of its districts (before): the parent index.
    provinceId === undefined
      ? undefined
      : sql`${adminUnits.parentId} IN (SELECT ${provinceId} UNION ALL SELECT d2.id FROM admin_units d2 WHERE d2.parent_id = ${provinceId})`,
  );

export function listDistrictUnits(db: AppDb, atDate: string) {
  return db
    .select({
      ...unitIdentity,
      communeCount: sql<number>`(SELECT count(*) FROM admin_units c WHERE c.parent_id = "admin_units"."id" AND c.kind = 'xa')`,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'district'), validAt(atDate)))
    .orderBy(asc(adminUnits.sortOrder), asc(adminUnits.id))
    .all();
}

/**
 * Rural communes (xã) valid at a date, with their district-level unit; optionally only some of them.
 * Read as plain arrays from prepared statements and mapped here: drizzle's per-row mapping of a left
 * join costs ~3× the query itself at 10,000 communes (bench/criteria.ts). The last column is the
 * commune's own sort order.
 */
export type CommuneRecord = [
  number,
  string | null,
  string,
  string,
  string,
  string,
  number | null,
  string | null,
  string | null,
  number | null,
  number,
];

const RURAL_COMMUNE_SQL = `SELECT u.id, u.code, u.name, u.kind, u.notes, u.search_key, d.id, d.name, d.kind, d.sort_order, u.sort_order
  FROM admin_units u LEFT JOIN admin_units d ON d.id = u.parent_id AND d.level = 'district'
  WHERE u.kind = 'xa' AND (u.valid_from IS NULL OR u.valid_from <= @atDate) AND (u.valid_to IS NULL OR u.valid_to > @atDate)`;
const RURAL_COMMUNE_ORDER = ' ORDER BY d.sort_order, u.sort_order, u.id';

/** The rows of listRuralCommunes as plain arrays (no object per commune). */
export function ruralCommuneRecords(db: AppDb, atDate: string, ids?: number[]): readonly CommuneRecord[] {
  // From 1/7/2025 a commune's parent is the province: there is no district-level unit then.
  return ids && ids.length <= FEW_IDS
    ? ruralCommunesById(db, atDate, ids)
    : ids
      ? (preparedRaw(
          db,
          `${RURAL_COMMUNE_SQL} AND u.id IN (SELECT value FROM json_each(@ids))${RURAL_COMMUNE_ORDER}`,
        ).all({ atDate, ids: JSON.stringify(ids) }) as CommuneRecord[])
      : (preparedRaw(db, RURAL_COMMUNE_SQL + RURAL_COMMUNE_ORDER).all({ atDate }) as CommuneRecord[]);
}

export function listRuralCommunes(db: AppDb, atDate: string, ids?: number[]) {
  const rows = ruralCommuneRecords(db, atDate, ids);
  const out = new Array<{
    id: number;
    code: string | null;
    name: string;
    kind: string;
    notes: string;
    searchKey: string;
    districtId: number | null;
    districtName: string | null;
    districtKind: string | null;
    districtOrder: number | null;
  }>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, code, name, kind, notes, searchKey, districtId, districtName, districtKind, districtOrder] = rows[i]!;
    out[i] = { id, code, name, kind, notes, searchKey, districtId, districtName, districtKind, districtOrder };
  }
  return out;
}

/** Up to this many ids, one indexed read each (a cell edit); more in one statement (a map's communes). */
const FEW_IDS = 32;

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

/** Units of every level by id, with their parent (district) and grandparent (old province). */
export function unitsWithParents(db: AppDb, ids: number[]) {
  if (!ids.length) return [];
  const province = alias(adminUnits, 'province');
  return db
    .select({
      ...unitIdentity,
      level: adminUnits.level,
      validFrom: adminUnits.validFrom,
      validTo: adminUnits.validTo,
      parentId: adminUnits.parentId,
      parentName: district.name,
      parentKind: district.kind,
      parentLevel: district.level,
      grandName: province.name,
      grandKind: province.kind,
    })
    .from(adminUnits)
    .leftJoin(district, eq(district.id, adminUnits.parentId))
    .leftJoin(province, eq(province.id, district.parentId))
    .where(inArray(adminUnits.id, ids))
    .all();
}

/** A commune-level unit as read for Danh sách xã. */
export type UnitRecord = [
  id: number,
  code: string | null,
  name: string,
  kind: string,
  notes: string,
  decision: string,
  validFrom: string | null,
  validTo: string | null,
  parentId: number | null,
];

const UNIT_RECORD_SQL = `SELECT u.id, u.code, u.name, u.kind, u.notes, u.decision, u.valid_from, u.valid_to, u.parent_id
  FROM admin_units u LEFT JOIN admin_units d ON d.id = u.parent_id
  WHERE u.level = 'commune' AND (u.valid_from IS NULL OR u.valid_from <= @atDate) AND (u.valid_to IS NULL OR u.valid_to > @atDate)`;
const UNIT_RECORD_ORDER = ' ORDER BY d.sort_order, u.sort_order, u.id';

/**
 * Commune-level units of every kind valid at a date, in the list's order (district-level unit, then
 * the unit's own), with the units above them by id and how many old units / unsettled parts each has;
 * optionally only those under one province (directly, or through a district). Read for Danh sách
 * xã at national scale (issue 14): one prepared
 * statement of plain arrays, the parent's names and the succession counts read apart (a few hundred
 * rows each) instead of a join and two correlated counts per unit. With `id`, that unit only.
 */
export function unitRecordsAt(db: AppDb, atDate: string, opts: { provinceId?: number; id?: number } = {}) {
  const where =
    opts.id !== undefined
      ? ' AND u.id = @id'
      : opts.provinceId !== undefined
        ? ' AND u.parent_id IN (SELECT @provinceId UNION ALL SELECT d2.id FROM admin_units d2 WHERE d2.parent_id = @provinceId)'
        : '';
  const units = preparedRaw(db, UNIT_RECORD_SQL + where + UNIT_RECORD_ORDER).all({
    atDate,
    ...(opts.id !== undefined ? { id: opts.id } : opts.provinceId !== undefined ? { provinceId: opts.provinceId } : {}),
  }) as UnitRecord[];
  return { units, parents: parentUnits(db), predecessors: successionCounts(db) };
}

/** Units above the commune level by id: [name, kind, level]. */
function parentUnits(db: AppDb): Map<number, [string, string, string]> {
  const rows = preparedRaw(db, "SELECT id, name, kind, level FROM admin_units WHERE level <> 'commune'").all() as [
    number,
    string,
    string,
    string,
  ][];
  return new Map(rows.map(([id, name, kind, level]) => [id, [name, kind, level]]));
}

/** Per new unit: [old units linked to it, parts still «cần xác nhận»]. */
function successionCounts(db: AppDb): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  const at = (id: number) => {
    let c = out.get(id);
    if (!c) out.set(id, (c = [0, 0]));
    return c;
  };
  for (const [id, n] of preparedRaw(
    db,
    'SELECT to_unit_id, count(*) FROM unit_successions GROUP BY to_unit_id',
  ).all() as [number, number][])
    at(id)[0] = n;
  for (const [id, n] of preparedRaw(
    db,
    "SELECT to_unit_id, count(*) FROM succession_parts WHERE status = 'pending' GROUP BY to_unit_id",
  ).all() as [number, number][])
    at(id)[1] = n;
  return out;
}

/** Counts for a setup summary: units from 1/7/2025 by kind, the old structure and the links. */
export function countUnitsByKind(db: AppDb) {
  const get = (where: string) =>
    Number((db.get(sql.raw(`SELECT count(*) AS n FROM admin_units WHERE ${where}`)) as { n: number }).n);
  const links = db.get(sql`SELECT count(*) AS n FROM unit_successions`) as { n: number };
  return {
    newUnits: get(`level = 'commune' AND valid_to IS NULL`),
    newXa: get(`level = 'commune' AND valid_to IS NULL AND kind = 'xa'`),
    newPhuong: get(`level = 'commune' AND valid_to IS NULL AND kind = 'phuong'`),
    newDacKhu: get(`level = 'commune' AND valid_to IS NULL AND kind = 'dac_khu'`),
    oldUnits: get(`level = 'commune' AND valid_to IS NOT NULL`),
    oldDistricts: get(`level = 'district'`),
    successions: Number(links.n),
  };
}

export function insertUnit(db: AppDb, row: typeof adminUnits.$inferInsert): number {
  return db.insert(adminUnits).values(row).returning({ id: adminUnits.id }).get().id;
}

export function patchUnit(db: AppDb, id: number, patch: Partial<typeof adminUnits.$inferInsert>): void {
  db.update(adminUnits).set(patch).where(eq(adminUnits.id, id)).run();
}

/** A unit with the same code whose validity overlaps [from, to): codes are unique per validity. */
export function unitByCodeAt(db: AppDb, code: string, atDate: string) {
  return db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), validAt(atDate)))
    .get();
}

/** A few communes by id (after a cell edit): one prepared indexed read each, in the usual order. */
function ruralCommunesById(db: AppDb, atDate: string, ids: number[]): CommuneRecord[] {
  const one = preparedRaw(db, `${RURAL_COMMUNE_SQL} AND u.id = @id`);
  const found: CommuneRecord[] = [];
  for (const id of new Set(ids)) {
    const r = one.get({ id, atDate }) as CommuneRecord | undefined;
    if (r) found.push(r);
  }
  // ORDER BY district.sort_order, sort_order, id — with NULL district order first, as SQLite sorts.
  found.sort((a, b) => (a[9] ?? -Infinity) - (b[9] ?? -Infinity) || a[10] - b[10] || a[0] - b[0]);
  return found;
}
