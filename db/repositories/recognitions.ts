import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import { adminUnits, recognitions } from '../schema';

const district = alias(adminUnits, 'district');

/**
 * Recognitions in force at a date, as plain SQL on a table alias: recognised by then (same-year ones
 * without a decision date count only at the year's end) and not revoked by then. Parameters @y (the
 * date's year), @end (its 31/12) and @date.
 */
export const inForceSql = (t: string) =>
  `(${t}.year < @y OR (${t}.year = @y AND coalesce(${t}.decision_date, @end) <= @date)) AND (${t}.revoked_date IS NULL OR ${t}.revoked_date > @date)`;

const IN_FORCE_SQL = `SELECT commune_id, level, year, decision_no, decision_date, exception_reason <> '' FROM recognitions r WHERE ${inForceSql('r')}`;

/** Whether any recognition was ever recorded: without one, «0 xã đạt chuẩn» would be a figure nobody entered. */
export function hasAnyRecognition(db: AppDb): boolean {
  return preparedRaw(db, 'SELECT 1 FROM recognitions LIMIT 1').get() !== undefined;
}

/**
 * Every recognition in force at a date (each commune may hold several levels; see inForceSql);
 * optionally for some communes only. Prepared statements and plain arrays: read for every
 * commune of the country when the grid opens, and for one commune on every cell edit.
 */
export function recognitionsInForce(db: AppDb, date: string, communeIds?: number[]) {
  const y = Number(date.slice(0, 4));
  const params = { y, end: `${y}-12-31`, date };
  type Rec = [number, string, number, string, string | null, number];
  let rows: Rec[];
  if (!communeIds) rows = preparedRaw(db, IN_FORCE_SQL).all(params) as Rec[];
  else {
    const one = preparedRaw(db, `${IN_FORCE_SQL} AND commune_id = @communeId`);
    rows = [...new Set(communeIds)].flatMap((communeId) => one.all({ ...params, communeId }) as Rec[]);
  }
  return rows.map(([communeId, level, year, decisionNo, decisionDate, exception]) => ({
    communeId,
    level,
    year,
    decisionNo,
    decisionDate,
    exception: !!exception,
  }));
}

const listColumns = {
  id: recognitions.id,
  communeId: recognitions.communeId,
  communeName: adminUnits.name,
  districtId: adminUnits.parentId,
  districtName: district.name,
  districtKind: district.kind,
  level: recognitions.level,
  year: recognitions.year,
  decisionNo: recognitions.decisionNo,
  decisionDate: recognitions.decisionDate,
  issuer: recognitions.issuer,
  revokedDate: recognitions.revokedDate,
  revokeDecisionNo: recognitions.revokeDecisionNo,
  revokeReason: recognitions.revokeReason,
  source: recognitions.source,
  exceptionReason: recognitions.exceptionReason,
  exceptionUnmet: recognitions.exceptionUnmet,
};

/** Recognitions with their commune and district-level unit. */
const withCommune = (db: AppDb) =>
  db
    .select(listColumns)
    .from(recognitions)
    .innerJoin(adminUnits, eq(adminUnits.id, recognitions.communeId))
    .leftJoin(district, eq(district.id, adminUnits.parentId));

export type RecognitionListRow = Awaited<ReturnType<typeof listRecognitions>>[number];

export function listRecognitions(db: AppDb, filter: { year?: number; communeId?: number; id?: number }) {
  return withCommune(db)
    .where(
      and(
        filter.year !== undefined ? eq(recognitions.year, filter.year) : undefined,
        filter.communeId !== undefined ? eq(recognitions.communeId, filter.communeId) : undefined,
        filter.id !== undefined ? eq(recognitions.id, filter.id) : undefined,
      ),
    )
    .orderBy(desc(recognitions.year), asc(district.sortOrder), asc(adminUnits.sortOrder), asc(recognitions.level))
    .all();
}

/** Recognitions decided within a period (by decision date; undated ones by their year, if the period covers it). */
export function recognitionsDecidedBetween(db: AppDb, from: string, to: string) {
  const y = Number(to.slice(0, 4));
  return withCommune(db)
    .where(
      sql`(${recognitions.decisionDate} BETWEEN ${from} AND ${to}) OR (${recognitions.decisionDate} IS NULL AND ${recognitions.year} = ${y} AND ${to} >= ${`${y}-12-31`})`,
    )
    .orderBy(asc(recognitions.decisionDate), asc(district.sortOrder), asc(adminUnits.sortOrder))
    .all();
}

export function revocationsBetween(db: AppDb, from: string, to: string) {
  return withCommune(db)
    .where(and(sql`${recognitions.revokedDate} >= ${from}`, lte(recognitions.revokedDate, to)))
    .orderBy(asc(recognitions.revokedDate))
    .all();
}

export function getRecognition(db: AppDb, id: number) {
  return db.select().from(recognitions).where(eq(recognitions.id, id)).get();
}

/** A level already held (not revoked) by the commune, to refuse recognising it twice. */
export function activeRecognition(db: AppDb, communeId: number, level: string) {
  return db
    .select()
    .from(recognitions)
    .where(
      and(
        eq(recognitions.communeId, communeId),
        eq(recognitions.level, level),
        sql`${recognitions.revokedDate} IS NULL`,
      ),
    )
    .get();
}

export function insertRecognition(db: AppDb, row: typeof recognitions.$inferInsert): number {
  return db.insert(recognitions).values(row).returning({ id: recognitions.id }).get().id;
}

export function revokeRecognition(
  db: AppDb,
  id: number,
  patch: { revokedDate: string; revokeDecisionNo: string; revokeReason: string },
) {
  db.update(recognitions).set(patch).where(eq(recognitions.id, id)).run();
}
