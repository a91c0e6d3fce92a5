/**
 * Reads of the Nguồn vốn screen at national scale (issue 14): the part of the unit tree a read
 * needs (not all 10^4 xã), the parents' sums as two JSON arrays (not 10^4 rows), the works that
 * carry warnings with their count in one pass, and the figures of some works in one statement.
 */
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import { IN_TREE, OF_YEAR } from './funding-works';

/** A row of unitTree (db/repositories/funding.ts). */
export type UnitTreeRow = [id: number, name: string, kind: string, level: string, parentId: number | null];

/** Valid at `@atDate`. */
const VALID = '(valid_from IS NULL OR valid_from <= @atDate) AND (valid_to IS NULL OR valid_to > @atDate)';

/** The rows unitTree would give at a date for the province and district-level units (same columns, same order). */
export function unitTreeTop(db: AppDb, atDate: string): UnitTreeRow[] {
  return preparedRaw(
    db,
    `SELECT id, name, kind, level, parent_id FROM admin_units WHERE ${VALID} AND level IN ('province', 'district') ORDER BY sort_order, id`,
  ).all({ atDate }) as UnitTreeRow[];
}

/** The rows unitTree would give at a date for the other units among `communeIds` or under `parentIds` (same order). */
export function unitTreeCommunes(db: AppDb, atDate: string, communeIds: number[], parentIds: number[]): UnitTreeRow[] {
  if (!communeIds.length && !parentIds.length) return [];
  return preparedRaw(
    db,
    `SELECT id, name, kind, level, parent_id FROM admin_units
     WHERE ${VALID} AND kind = 'xa' AND level NOT IN ('province', 'district')
       AND (id IN (SELECT value FROM json_each(@ids)) OR parent_id IN (SELECT value FROM json_each(@parents)))
     ORDER BY sort_order, id`,
  ).all({ atDate, ids: JSON.stringify(communeIds), parents: JSON.stringify(parentIds) }) as UnitTreeRow[];
}

/** How many xã (commune level) each unit has under it at a date. */
export function communeCounts(db: AppDb, atDate: string): Map<number, number> {
  const rows = preparedRaw(
    db,
    `SELECT parent_id, count(*) FROM admin_units WHERE +kind = 'xa' AND +level = 'commune' AND parent_id IS NOT NULL AND ${VALID} GROUP BY parent_id`,
  ).all({ atDate }) as [number, number][];
  return new Map(rows);
}

/**
 * Every row of the per-parent summary of some parents (not grouped: as_of rows of one
 * disbursement add up), as parallel arrays: parent id, source id, stage (0 need, 1 allocated,
 * 2 disbursed), amount. Two JSON strings cross into JavaScript instead of one row per parent and source.
 */
export function parentSumRows(
  db: AppDb,
  year: number,
  cutoff: string,
  parentIds: number[],
): { parents: number[]; sources: number[]; stages: number[]; amounts: number[] } {
  const r = preparedRaw(
    db,
    `SELECT json_group_array(parent_id), json_group_array(source_id), json_group_array(CASE stage WHEN 'need' THEN 0 WHEN 'allocated' THEN 1 ELSE 2 END),
       json_group_array(amount)
     FROM funding_parent_sums
     WHERE year = @year AND parent_id IN (SELECT value FROM json_each(@parents)) AND (stage <> 'disbursed' OR as_of <= @cutoff)`,
  ).get({ year, cutoff, parents: JSON.stringify(parentIds) }) as [string, string, string, string];
  const [parents, sources, stages, amounts] = r.map((a) => JSON.parse(a) as number[]) as [
    number[],
    number[],
    number[],
    number[],
  ];
  return { parents, sources, stages, amounts };
}

/**
 * Per (work, source) of the year that the maintained per-work sums mark as possibly warned about
 * (their partial index), in the year's xã: how many of allocated above need and disbursement at
 * the cut-off (latest snapshot on or before it, a later row winning on the same date) above the
 * allocation. The snapshot is looked up through the work's figures (+: not the year's index).
 */
const FLAGGED = `SELECT s.work_id AS id, (s.allocated > s.need) + (coalesce((SELECT f.amount FROM funding_amounts f
      WHERE f.work_id = s.work_id AND +f.year = s.year AND +f.source_id = s.source_id AND +f.stage = 'disbursed' AND coalesce(f.as_of, @date) <= @cutoff
      ORDER BY coalesce(f.as_of, @date) DESC, f.id DESC LIMIT 1), 0) > s.allocated) AS n
  FROM funding_work_sums s JOIN works ON works.id = s.work_id
  WHERE s.year = @year AND (s.allocated > s.need OR s.disbursed_max > s.allocated) AND +${IN_TREE}`;
/** Works in the year's xã with a committed value above the allocations of every year (from the same sums), by id. */
const UNFUNDED = `SELECT id FROM works WHERE committed_value > 0
  AND committed_value > (SELECT coalesce(sum(s.allocated), 0) FROM funding_work_sums s WHERE s.work_id = works.id) AND ${OF_YEAR} AND +${IN_TREE}`;

/**
 * The year's works in the year's xã that carry warnings (see electron/domain/funding-warnings), by
 * id, each with how many: per source, allocated above need and disbursement above allocation; a
 * committed value above the allocations of every year. One statement over the maintained per-work
 * sums (its lists as JSON); the screen then reads in full only the works of the warnings it sends.
 */
export function warnedWorks(
  db: AppDb,
  year: number,
  cutoff: string,
  parentIds: number[],
): { ids: number[]; counts: number[] } {
  const r = preparedRaw(
    db,
    `SELECT flagged.ids, flagged.counts, (SELECT json_group_array(id) FROM (${UNFUNDED}))
     FROM (SELECT json_group_array(id) AS ids, json_group_array(n) AS counts FROM (${FLAGGED})) flagged`,
  ).get({ year, cutoff, date: `${year}-12-31`, parents: JSON.stringify(parentIds) }) as [string, string, string];
  const [flaggedIds, flaggedCounts, unfunded] = r.map((a) => JSON.parse(a) as number[]) as [
    number[],
    number[],
    number[],
  ];
  const count = new Map<number, number>();
  flaggedIds.forEach((id, i) => count.set(id, (count.get(id) ?? 0) + flaggedCounts[i]!));
  for (const id of unfunded) count.set(id, (count.get(id) ?? 0) + 1);
  const ids = [...count.keys()].filter((id) => count.get(id)! > 0).sort((a, b) => a - b);
  return { ids, counts: ids.map((id) => count.get(id)!) };
}

/** Every figure of some works (all years), grouped by work in id order: year, source id, stage, amount, date or null. */
export function figuresOfWorks(
  db: AppDb,
  workIds: number[],
): Map<number, [year: number, sourceId: number, stage: string, amount: number, asOf: string | null][]> {
  const out = new Map<number, [number, number, string, number, string | null][]>(workIds.map((id) => [id, []]));
  if (!workIds.length) return out;
  const rows = preparedRaw(
    db,
    'SELECT work_id, year, source_id, stage, amount, as_of FROM funding_amounts WHERE work_id IN (SELECT value FROM json_each(?)) ORDER BY work_id, id',
  ).all(JSON.stringify(workIds)) as [number, number, number, string, number, string | null][];
  for (const [workId, ...rest] of rows) out.get(workId)?.push(rest);
  return out;
}
