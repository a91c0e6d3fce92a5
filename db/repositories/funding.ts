/**
 * SQL of the funding domain. Amounts are integers of nghìn đồng. A disbursement figure is a
 * cumulative snapshot at its cut-off date (as_of); "the figure at date D" is the latest snapshot
 * on or before D. Need and allocated figures have one row per (year, holder, source, stage).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { AppDb } from '../open';
import { communeTargets, criteria, fundingAmounts, fundingSources, works } from '../schema';
import { criteriaSetForYear } from './standings';
import { prepared, preparedRaw } from './prepared';
import type { FundingStage } from '../../shared/models/funding';
import { yearEnd } from '../../shared/format/date';
import type { ThousandVnd } from '../../shared/models/units-of-measure';

export function listSources(db: AppDb) {
  return db
    .select({
      id: fundingSources.id,
      code: fundingSources.code,
      name: fundingSources.name,
      shortName: fundingSources.shortName,
    })
    .from(fundingSources)
    .orderBy(asc(fundingSources.sortOrder), asc(fundingSources.id))
    .all();
}

/** The units funding rolls up through at a date: the province, district-level units and xã. */
export function unitTree(
  db: AppDb,
  atDate: string,
): [id: number, name: string, kind: string, level: string, parentId: number | null][] {
  // Plain arrays from a prepared statement: at national scale (10^4 xã) row objects are the larger cost.
  return preparedRaw(
    db,
    `SELECT id, name, kind, level, parent_id FROM admin_units
     WHERE (valid_from IS NULL OR valid_from <= @atDate) AND (valid_to IS NULL OR valid_to > @atDate)
       AND (level IN ('province', 'district') OR kind = 'xa')
     ORDER BY sort_order, id`,
  ).all({ atDate }) as [number, string, string, string, number | null][];
}

/** Cut-off dates of the year's disbursement figures, newest first. */
export function disbursementCutoffs(db: AppDb, year: number): string[] {
  // Distinct dates by seeking through funding_amounts_cutoff_idx (one step per date, not per snapshot).
  const end = yearEnd(year);
  const rows = preparedRaw(
    db,
    `WITH RECURSIVE d(v) AS (
       SELECT (SELECT min(as_of) FROM funding_amounts WHERE year = @year AND stage = 'disbursed' AND as_of IS NOT NULL)
       UNION ALL SELECT (SELECT min(as_of) FROM funding_amounts WHERE year = @year AND stage = 'disbursed' AND as_of > d.v) FROM d WHERE d.v IS NOT NULL)
     SELECT v FROM d WHERE v IS NOT NULL
     UNION SELECT @end WHERE EXISTS (SELECT 1 FROM funding_amounts WHERE year = @year AND stage = 'disbursed' AND as_of IS NULL)
     ORDER BY 1 DESC`,
  ).all({ year, end }) as [string][];
  return rows.map((r) => r[0]);
}

/**
 * Visitors of a year's stored figures, as plain numbers: `holder` is the work id, or minus the
 * unit id for a unit's own figure.
 */
export interface FigureVisitors {
  /** Need (stage 0) and allocated (stage 1). */
  planned(holder: number, sourceId: number, stage: 0 | 1, amount: number): void;
  /** A disbursement snapshot on or before the cut-off, dated yyyymmdd (no date: the year's end). */
  disbursed(holder: number, sourceId: number, amount: number, date: number): void;
}

let current: ((...args: number[]) => void) | null = null;
const withScanFunction = new WeakSet<object>();

/** Runs one statement calling `visit` per row through a SQL function (registered once per connection). */
function visitRows(
  sqlite: Database.Database,
  query: string,
  params: Record<string, unknown>,
  visit: (...args: never[]) => void,
): void {
  if (!withScanFunction.has(sqlite)) {
    sqlite.function('ntm_visit', { deterministic: false, directOnly: true, varargs: true }, (...args: unknown[]) => {
      current!(...(args as number[]));
      return 0;
    });
    withScanFunction.add(sqlite);
  }
  // A visitor may itself scan (nested statements): restore the outer one afterwards.
  const outer = current;
  current = visit as (...args: number[]) => void;
  try {
    sqlite.prepare(query).get(params);
  } finally {
    current = outer;
  }
}

/**
 * Visits every figure of a year (disbursements only up to the cut-off) in two passes of SQLite
 * over the table. A SQL function called per row with a few integer arguments is several times
 * faster than returning 10^5 rows to JavaScript; a plain table scan (+year) beats the
 * (year, stage) index, which costs a table lookup per row.
 */
export function scanYearFigures(
  sqlite: Database.Database,
  year: number,
  cutoff: string,
  v: FigureVisitors,
  unitsOnly = false,
): void {
  // A unit's own figures only (the works' are summed per commune in funding_commune_sums).
  // A unit's figure always names its unit: the range on unit_id goes through its index instead of
  // scanning every work's figure.
  const only = unitsOnly ? ' AND work_id IS NULL AND unit_id > 0' : '';
  // Few integer arguments per call: each argument crossing into JavaScript costs more than the SQL around it.
  const holder = 'coalesce(work_id, -unit_id)';
  visitRows(
    sqlite,
    `SELECT count(ntm_visit(${holder}, source_id * 2 + (stage = 'allocated'), amount)) FROM funding_amounts WHERE +year = @year AND stage IN ('need', 'allocated')${only}`,
    { year },
    (h: number, code: number, amount: number) => v.planned(h, code >> 1, (code & 1) as 0 | 1, amount),
  );
  visitRows(
    sqlite,
    `SELECT count(ntm_visit(${holder}, source_id, amount, CAST(replace(coalesce(as_of, @end), '-', '') AS INTEGER)))
     FROM funding_amounts WHERE +year = @year AND stage = 'disbursed' AND coalesce(as_of, @end) <= @cutoff${only}`,
    { year, end: yearEnd(year), cutoff },
    v.disbursed,
  );
}

/** work id → commune id, for every work with a commune. */
export function workCommunes(sqlite: Database.Database): Map<number, number> {
  const out = new Map<number, number>();
  visitRows(
    sqlite,
    'SELECT count(ntm_visit(id, commune_id)) FROM works WHERE commune_id IS NOT NULL',
    {},
    (id: number, communeId: number) => out.set(id, communeId),
  );
  return out;
}

/** Allocated amounts of every year, per work: the funding secured against its committed value. */
export function allocatedAllYears(db: AppDb): Map<number, number> {
  // Prepared once, plain arrays: one row per work of the country.
  const rows = preparedRaw(
    db,
    "SELECT work_id, sum(amount) FROM funding_amounts WHERE stage = 'allocated' AND work_id IS NOT NULL GROUP BY work_id",
  ).all() as [number, number][];
  return new Map(rows);
}

/** Works running in the year (or without years), or holding figures of the year. */
export function listWorksOfYear(db: AppDb, year: number): WorkRecord[] {
  // Prepared once, rows mapped by SQLite's column names: 50,000 works at national scale.
  return prepared(
    db,
    `SELECT id, commune_id AS communeId, name, criterion_no AS criterionNo, start_year AS startYear, end_year AS endYear, status,
       committed_value AS committedValue, notes, source
     FROM works
     WHERE (coalesce(start_year, 0) <= @year AND coalesce(end_year, 9999) >= @year)
        OR id IN (SELECT work_id FROM funding_amounts WHERE year = @year AND work_id IS NOT NULL)
     ORDER BY id`,
  ).all({ year }) as WorkRecord[];
}

export const getWork = (db: AppDb, id: number) => db.select().from(works).where(eq(works.id, id)).get();

/** Works by id (any number of them: one prepared statement over a JSON list). */
export const getWorks = (db: AppDb, ids: number[]): WorkRecord[] =>
  ids.length
    ? (prepared(
        db,
        `SELECT id, commune_id AS communeId, name, criterion_no AS criterionNo, start_year AS startYear, end_year AS endYear,
           status, committed_value AS committedValue, notes, source, import_key AS importKey
         FROM works WHERE id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(ids)) as WorkRecord[])
    : [];

export type WorkInsert = typeof works.$inferInsert;
export type WorkRecord = typeof works.$inferSelect;

/** The stable key a work gets when it is created (see works.importKey). */
export const workKey = (communeId: number | null | undefined, name: string): string | null =>
  communeId ? `${communeId}|${name}` : null;

export const withKey = (row: WorkInsert): WorkInsert => ({
  ...row,
  importKey: row.importKey ?? workKey(row.communeId, row.name),
});

export function insertWork(db: AppDb, row: WorkInsert): number {
  return db.insert(works).values(withKey(row)).returning({ id: works.id }).get().id;
}

/** Works by stable key (key → ids, oldest first). */
export function worksByKeys(db: AppDb, keys: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!keys.length) return out;
  // One prepared statement over a JSON list (not a query built with 10^4 parameters per import).
  const rows = preparedRaw(
    db,
    'SELECT import_key, id FROM works WHERE import_key IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(JSON.stringify(keys)) as [string, number][];
  for (const [key, id] of rows) {
    const ids = out.get(key);
    if (ids) ids.push(id);
    else out.set(key, [id]);
  }
  return out;
}

export function updateWork(db: AppDb, id: number, patch: Partial<WorkInsert>): void {
  db.update(works).set(patch).where(eq(works.id, id)).run();
}

export function deleteWork(db: AppDb, id: number): void {
  db.delete(fundingAmounts).where(eq(fundingAmounts.workId, id)).run();
  db.delete(works).where(eq(works.id, id)).run();
}

/** Who holds a figure: a work, or a unit (province-level figures). */
export type Holder = { workId: number; unitId?: undefined } | { unitId: number; workId?: undefined };

export interface AmountKey {
  year: number;
  holder: Holder;
  sourceId: number;
  stage: FundingStage;
  /** Cut-off of a disbursement snapshot; ignored for need and allocated. */
  asOf: string | null;
}

function keyWhere(k: AmountKey) {
  const t = fundingAmounts;
  return and(
    eq(t.year, k.year),
    k.holder.workId !== undefined
      ? eq(t.workId, k.holder.workId)
      : and(isNull(t.workId), eq(t.unitId, k.holder.unitId)),
    eq(t.sourceId, k.sourceId),
    eq(t.stage, k.stage),
    k.stage === 'disbursed' ? sql`coalesce(${t.asOf}, ${yearEnd(k.year)}) = ${k.asOf ?? yearEnd(k.year)}` : undefined,
  );
}

/** The stored figure exactly at the key (for disbursed: the snapshot at that very date). */
export function findAmount(db: AppDb, k: AmountKey): number | null {
  const row = db
    .select({ amount: fundingAmounts.amount })
    .from(fundingAmounts)
    .where(keyWhere(k))
    .orderBy(asc(fundingAmounts.id))
    .get();
  return row ? row.amount : null;
}

/** Sets (or with null removes) the figure at the key; the row becomes the office's own ('user'). */
export function setAmount(db: AppDb, k: AmountKey, amount: ThousandVnd | null): void {
  const rows = db
    .select({ id: fundingAmounts.id })
    .from(fundingAmounts)
    .where(keyWhere(k))
    .orderBy(asc(fundingAmounts.id))
    .all();
  const [first, ...extra] = rows;
  // Duplicates cannot be told apart: the key holds one figure.
  if (extra.length)
    db.delete(fundingAmounts)
      .where(
        inArray(
          fundingAmounts.id,
          extra.map((r) => r.id),
        ),
      )
      .run();
  if (amount === null) {
    if (first) db.delete(fundingAmounts).where(eq(fundingAmounts.id, first.id)).run();
    return;
  }
  const asOf = k.stage === 'disbursed' ? (k.asOf ?? yearEnd(k.year)) : null;
  if (first)
    db.update(fundingAmounts)
      .set({ amount, asOf: k.stage === 'disbursed' ? asOf : undefined, source: 'user' })
      .where(eq(fundingAmounts.id, first.id))
      .run();
  else {
    db.insert(fundingAmounts)
      .values({
        year: k.year,
        workId: k.holder.workId ?? null,
        unitId: k.holder.unitId ?? null,
        sourceId: k.sourceId,
        stage: k.stage,
        amount,
        asOf,
        source: 'user',
      })
      .run();
  }
}

export interface StoredFigure {
  id: number;
  workId: number | null;
  sourceId: number;
  stage: FundingStage;
  amount: ThousandVnd;
  /** Disbursement cut-off (null: the year's end). */
  asOf: string | null;
}

const storedColumns = {
  id: fundingAmounts.id,
  workId: fundingAmounts.workId,
  sourceId: fundingAmounts.sourceId,
  stage: sql<FundingStage>`${fundingAmounts.stage}`,
  amount: fundingAmounts.amount,
  asOf: fundingAmounts.asOf,
};

/** Every stored row of the year for the given works (imports compare against them), in id order: one indexed read per work. */
export function storedFiguresOfWorks(db: AppDb, year: number, workIds: number[]): StoredFigure[] {
  if (!workIds.length) return [];
  // One statement over a JSON list, not one per work; `+year` keeps SQLite on the work index (on
  // the year index it would read every figure of the year).
  return prepared(
    db,
    `SELECT id, work_id AS workId, source_id AS sourceId, stage, amount, as_of AS asOf FROM funding_amounts
     WHERE work_id IN (SELECT value FROM json_each(@works)) AND +year = @year ORDER BY id`,
  ).all({ works: JSON.stringify(workIds), year }) as StoredFigure[];
}

/** A unit's own stored rows of the year (e.g. the province-level figures), in id order. */
export function storedFiguresOfUnit(db: AppDb, year: number, unitId: number): StoredFigure[] {
  return db
    .select(storedColumns)
    .from(fundingAmounts)
    .where(and(eq(fundingAmounts.year, year), eq(fundingAmounts.unitId, unitId), isNull(fundingAmounts.workId)))
    .orderBy(asc(fundingAmounts.id))
    .all();
}

export function deleteAmountIds(db: AppDb, ids: number[]): void {
  for (let i = 0; i < ids.length; i += 500)
    db.delete(fundingAmounts)
      .where(inArray(fundingAmounts.id, ids.slice(i, i + 500)))
      .run();
}

/** True while the year holds sample figures or sample works. */
export function hasSampleFunding(db: AppDb, year: number): boolean {
  return !!db.get(
    sql`SELECT 1 AS one FROM funding_amounts WHERE year = ${year} AND source = 'sample'
        UNION ALL SELECT 1 FROM works WHERE source = 'sample' AND coalesce(start_year, 0) <= ${year} AND coalesce(end_year, 9999) >= ${year} LIMIT 1`,
  );
}

/** Criteria (number, name) of the NTM set in force in the year: what a work can serve. */
export function criteriaOfYear(db: AppDb, year: number): { no: number; name: string }[] {
  const set = criteriaSetForYear(db, year);
  if (!set) return [];
  return db
    .select({ no: criteria.no, name: criteria.name })
    .from(criteria)
    .where(eq(criteria.setId, set.id))
    .orderBy(asc(criteria.no))
    .all();
}

/** Communes aiming at a level (NTM, nâng cao, kiểu mẫu) in the year: the plan's Phụ lục 2 scope. */
export function targetCommunesOfYear(db: AppDb, year: number) {
  return db
    .select({ communeId: communeTargets.communeId, level: communeTargets.level, kind: communeTargets.kind })
    .from(communeTargets)
    .where(and(eq(communeTargets.year, year), inArray(communeTargets.level, ['ntm', 'nang_cao', 'kieu_mau'])))
    .orderBy(asc(communeTargets.id))
    .all();
}
