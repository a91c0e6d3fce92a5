/**
 * The works the Nguồn vốn screen shows: those of some communes, or the first page of the year, each
 * with its own figures only (issue 14: the screen reads what it shows, not the country's 350,000
 * figures). Prepared statements through the works' and figures' indexes, plain arrays.
 */
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import type { WorkRecord } from './funding';

const COLUMNS = `id, commune_id, name, criterion_no, start_year, end_year, status, committed_value, notes, source`;
/** Works running in the year (or without years), or holding figures of the year (as listWorksOfYear). */
export const OF_YEAR = `((coalesce(start_year, 0) <= @year AND coalesce(end_year, 9999) >= @year)
  OR EXISTS (SELECT 1 FROM funding_amounts f WHERE f.work_id = works.id AND f.year = @year))`;

type Raw = [
  number,
  number | null,
  string,
  number | null,
  number | null,
  number | null,
  string,
  number | null,
  string,
  string,
];
const record = (r: Raw): WorkRecord =>
  ({
    id: r[0],
    communeId: r[1],
    name: r[2],
    criterionNo: r[3],
    startYear: r[4],
    endYear: r[5],
    status: r[6],
    committedValue: r[7],
    notes: r[8],
    source: r[9],
  }) as WorkRecord;

/** The year's works of some communes, by id. */
export function worksOfCommunes(db: AppDb, year: number, communeIds: Iterable<number>): WorkRecord[] {
  const st = preparedRaw(db, `SELECT ${COLUMNS} FROM works WHERE commune_id = @communeId AND ${OF_YEAR}`);
  const out: WorkRecord[] = [];
  for (const communeId of communeIds) for (const r of st.all({ year, communeId }) as Raw[]) out.push(record(r));
  return out.sort((a, b) => a.id - b.id);
}

/**
 * In one of the year's xã: valid at the year's end (`@date`), under the province or one of its
 * district-level units (`@parents`). The xã are found by a plain scan of the units (+: not one
 * index lookup per xã through the level index).
 */
export const IN_TREE = `commune_id IN (SELECT id FROM admin_units WHERE +kind = 'xa' AND +level = 'commune' AND +parent_id IN (SELECT value FROM json_each(@parents))
  AND (valid_from IS NULL OR valid_from <= @date) AND (valid_to IS NULL OR valid_to > @date))`;

/** The year's first works by id in the year's xã, and how many there are in all. */
export function firstWorksOfYear(
  db: AppDb,
  year: number,
  parentIds: number[],
  limit: number,
): { rows: WorkRecord[]; total: number } {
  const params = { year, limit, parents: JSON.stringify(parentIds), date: `${year}-12-31` };
  // Through the works in id order (+: not by xã, which would sort every work of the year to keep the first few).
  const rows = (
    preparedRaw(db, `SELECT ${COLUMNS} FROM works WHERE +${IN_TREE} AND ${OF_YEAR} ORDER BY id LIMIT @limit`).all(
      params,
    ) as Raw[]
  ).map(record);
  const total =
    rows.length < limit
      ? rows.length
      : (preparedRaw(db, `SELECT count(*) FROM works WHERE ${IN_TREE} AND ${OF_YEAR}`).get(params) as [number])[0];
  return { rows, total };
}

/**
 * Per (work, source) of the year that the maintained per-work sums (funding_work_sums) mark as
 * possibly warned about, through their partial index: allocated above need, or the disbursement at
 * the cut-off (the latest snapshot on or before it, a later row winning on the same date) above the
 * allocation. Only these few rows look at the figures themselves.
 */
const FLAGGED = `SELECT s.work_id, s.allocated > s.need AS over_need,
    coalesce((SELECT f.amount FROM funding_amounts f WHERE f.work_id = s.work_id AND f.year = s.year AND f.source_id = s.source_id
      AND f.stage = 'disbursed' AND coalesce(f.as_of, @end) <= @cutoff ORDER BY coalesce(f.as_of, @end) DESC, f.id DESC LIMIT 1), 0) > s.allocated AS over_allocated
  FROM funding_work_sums s WHERE s.year = @year AND (s.allocated > s.need OR s.disbursed_max > s.allocated)`;
/** Works with a committed value above the allocations of every year (from the same sums). */
const UNFUNDED = `committed_value > 0 AND committed_value > (SELECT coalesce(sum(s.allocated), 0) FROM funding_work_sums s WHERE s.work_id = works.id)`;

/**
 * Ids of the year's works that carry a warning, by id (each then checked in full): see FLAGGED and
 * UNFUNDED. SQLite reads the maintained sums; only these works come to JavaScript.
 */
export function worksToCheck(db: AppDb, year: number, cutoff: string): number[] {
  const rows = preparedRaw(
    db,
    `SELECT work_id FROM (${FLAGGED}) WHERE over_need OR over_allocated
     UNION SELECT id FROM works WHERE ${UNFUNDED} AND ${OF_YEAR}`,
  ).all({ year, cutoff, end: `${year}-12-31` }) as [number][];
  return rows.map((r) => r[0]).sort((a, b) => a - b);
}

/** The year's works among some ids (as listWorksOfYear would list them), in the order of the ids: one statement. */
export function worksOfYearByIds(db: AppDb, year: number, ids: number[]): WorkRecord[] {
  if (!ids.length) return [];
  const rows = preparedRaw(
    db,
    `SELECT ${COLUMNS} FROM works WHERE id IN (SELECT value FROM json_each(@ids)) AND ${OF_YEAR}`,
  ).all({ year, ids: JSON.stringify(ids) }) as Raw[];
  const byId = new Map(rows.map((r) => [r[0], r]));
  const out: WorkRecord[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (r) out.push(record(r));
  }
  return out;
}
