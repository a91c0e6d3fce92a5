/**
 * Reads of the maintained funding summary (`funding_commune_sums`, kept by triggers; see
 * db/schema/summaries.ts): a year's works' figures per commune, without reading every figure.
 */
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';

/** Per commune and source: need (stage 0) and allocated (stage 1) of its works in the year. */
export function plannedByCommune(
  db: AppDb,
  year: number,
): [communeId: number, sourceId: number, stage: 0 | 1, amount: number][] {
  return preparedRaw(
    db,
    `SELECT commune_id, source_id, stage = 'allocated', amount FROM funding_commune_sums WHERE year = ? AND stage IN ('need', 'allocated')`,
  ).all(year) as [number, number, 0 | 1, number][];
}

/** Per commune and source: its works' disbursement at the cut-off (each work's latest snapshot on or before it). */
export function disbursedByCommune(
  db: AppDb,
  year: number,
  cutoff: string,
): [communeId: number, sourceId: number, amount: number][] {
  return preparedRaw(
    db,
    `SELECT commune_id, source_id, sum(amount) FROM funding_commune_sums
     WHERE year = ? AND stage = 'disbursed' AND as_of <= ? GROUP BY commune_id, source_id HAVING sum(amount) <> 0`,
  ).all(year, cutoff) as [number, number, number][];
}

/**
 * Per commune, source and stage: whether a work holds a figure of exactly 0 in force at the cut-off
 * (a disbursement snapshot on or before it). The summaries drop sums of 0; amounts are never
 * negative, so these tell a measured 0 from no figure at all. Read through a small partial index.
 */
export function zeroFiguresByCommune(
  db: AppDb,
  year: number,
  cutoff: string,
): [communeId: number, sourceId: number, stage: 0 | 1 | 2][] {
  return preparedRaw(
    db,
    `SELECT DISTINCT w.commune_id, f.source_id, CASE f.stage WHEN 'need' THEN 0 WHEN 'allocated' THEN 1 ELSE 2 END
     FROM funding_amounts f JOIN works w ON w.id = f.work_id
     WHERE f.year = @year AND f.amount = 0 AND f.work_id IS NOT NULL AND w.commune_id IS NOT NULL
       AND (f.stage <> 'disbursed' OR coalesce(f.as_of, @end) <= @cutoff)`,
  ).all({ year, cutoff, end: `${year}-12-31` }) as [number, number, 0 | 1 | 2][];
}

export type FundingSumRow = [
  year: number,
  communeId: number,
  sourceId: number,
  stage: string,
  asOf: string,
  amount: number,
];

/** The whole summary, in key order (tests compare it with the recomputation). */
export function storedFundingSums(db: AppDb): FundingSumRow[] {
  return preparedRaw(
    db,
    'SELECT year, commune_id, source_id, stage, as_of, amount FROM funding_commune_sums ORDER BY 1, 2, 3, 4, 5',
  ).all() as FundingSumRow[];
}

/**
 * Each work figure's part of its commune's sum row (see db/schema/summaries.ts): need and allocated
 * as stored, a disbursement snapshot as its change over the work's previous one; `where` narrows
 * the figures (whole works only, so each work's snapshots are all there). Only the snapshots go
 * through the window: need and allocated rows (most of an import) are not sorted at all.
 */
export function figureContributions(where: string): string {
  const date = `coalesce(f.as_of, f.year || '-12-31')`;
  const from = `FROM funding_amounts f JOIN works w ON w.id = f.work_id WHERE w.commune_id IS NOT NULL AND (${where})`;
  return `SELECT f.year, w.commune_id, f.source_id, f.stage, '' AS as_of, f.amount AS delta ${from} AND f.stage <> 'disbursed'
    UNION ALL
    SELECT f.year, w.commune_id, f.source_id, f.stage, ${date} AS as_of,
      f.amount - coalesce(lag(f.amount) OVER (PARTITION BY f.year, f.work_id, f.source_id ORDER BY ${date}, f.id), 0) AS delta
    ${from} AND f.stage = 'disbursed'`;
}

/** The summary recomputed from funding_amounts and works: what the stored one must always equal. */
export function recomputedFundingSums(db: AppDb): FundingSumRow[] {
  return preparedRaw(
    db,
    `SELECT year, commune_id, source_id, stage, as_of, sum(delta) FROM (${figureContributions('true')})
     GROUP BY year, commune_id, source_id, stage, as_of HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5`,
  ).all() as FundingSumRow[];
}

/** Units under some parents that are not xã valid at a date (their sums are in the parents' but not in the year's tree). */
export function childrenOutsideTree(db: AppDb, parentIds: number[], date: string): [id: number, parentId: number][] {
  return preparedRaw(
    db,
    `SELECT id, parent_id FROM admin_units WHERE parent_id IN (SELECT value FROM json_each(@parents))
       AND NOT (kind = 'xa' AND level = 'commune' AND (valid_from IS NULL OR valid_from <= @date) AND (valid_to IS NULL OR valid_to > @date))`,
  ).all({ parents: JSON.stringify(parentIds), date }) as [number, number][];
}

/** The same sums for some xã (one query, not one per xã). */
export function sumsOfCommunes(
  db: AppDb,
  year: number,
  cutoff: string,
  communeIds: number[],
): [communeId: number, sourceId: number, stage: 0 | 1 | 2, amount: number][] {
  if (!communeIds.length) return [];
  return preparedRaw(
    db,
    `SELECT commune_id, source_id, CASE stage WHEN 'need' THEN 0 WHEN 'allocated' THEN 1 ELSE 2 END, sum(amount) FROM funding_commune_sums
     WHERE year = @year AND commune_id IN (SELECT value FROM json_each(@communes)) AND (stage <> 'disbursed' OR as_of <= @cutoff) GROUP BY 1, 2, 3`,
  ).all({ year, cutoff, communes: JSON.stringify(communeIds) }) as [number, number, 0 | 1 | 2, number][];
}

export type ParentSumRow = [
  year: number,
  parentId: number,
  sourceId: number,
  stage: string,
  asOf: string,
  amount: number,
];

/** The whole per-parent summary, in key order (tests compare it with the recomputation). */
export function storedParentSums(db: AppDb): ParentSumRow[] {
  return preparedRaw(
    db,
    'SELECT year, parent_id, source_id, stage, as_of, amount FROM funding_parent_sums ORDER BY 1, 2, 3, 4, 5',
  ).all() as ParentSumRow[];
}

/** The per-parent summary recomputed from funding_commune_sums and the communes' parents. */
export function recomputedParentSums(db: AppDb): ParentSumRow[] {
  return preparedRaw(
    db,
    `SELECT s.year, u.parent_id, s.source_id, s.stage, s.as_of, sum(s.amount) FROM funding_commune_sums s JOIN admin_units u ON u.id = s.commune_id
     WHERE u.parent_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5 HAVING sum(s.amount) <> 0 ORDER BY 1, 2, 3, 4, 5`,
  ).all() as ParentSumRow[];
}

export type WorkSumRow = [
  workId: number,
  year: number,
  sourceId: number,
  need: number,
  allocated: number,
  disbursedMax: number | null,
  figures: number,
];

/** The whole per-work summary (funding_work_sums), in key order (tests compare it with the recomputation). */
export function storedWorkSums(db: AppDb): WorkSumRow[] {
  return preparedRaw(
    db,
    'SELECT work_id, year, source_id, need, allocated, disbursed_max, figures FROM funding_work_sums ORDER BY 1, 2, 3',
  ).all() as WorkSumRow[];
}

/** The per-work summary recomputed from funding_amounts. */
export function recomputedWorkSums(db: AppDb): WorkSumRow[] {
  return preparedRaw(
    db,
    `SELECT work_id, year, source_id, sum(CASE WHEN stage = 'need' THEN amount ELSE 0 END), sum(CASE WHEN stage = 'allocated' THEN amount ELSE 0 END),
       max(CASE WHEN stage = 'disbursed' THEN amount END), count(*)
     FROM funding_amounts WHERE work_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  ).all() as WorkSumRow[];
}
