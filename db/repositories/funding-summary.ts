/**
 * Reads of the maintained funding summary (`funding_commune_sums`, kept by triggers; see
 * db/schema/summaries.ts): a year's works' figures per commune, without reading every figure.
 */
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';

/** Per commune and source: need (stage 0) and allocated (stage 1) of its works in the year. */
export function plannedByCommune(db: AppDb, year: number): [communeId: number, sourceId: number, stage: 0 | 1, amount: number][] {
  return preparedRaw(
    db,
    `SELECT commune_id, source_id, stage = 'allocated', amount FROM funding_commune_sums WHERE year = ? AND stage IN ('need', 'allocated')`,
  ).all(year) as [number, number, 0 | 1, number][];
}

/** Per commune and source: its works' disbursement at the cut-off (each work's latest snapshot on or before it). */
export function disbursedByCommune(db: AppDb, year: number, cutoff: string): [communeId: number, sourceId: number, amount: number][] {
  return preparedRaw(
    db,
    `SELECT commune_id, source_id, sum(amount) FROM funding_commune_sums
     WHERE year = ? AND stage = 'disbursed' AND as_of <= ? GROUP BY commune_id, source_id HAVING sum(amount) <> 0`,
  ).all(year, cutoff) as [number, number, number][];
}

export type FundingSumRow = [year: number, communeId: number, sourceId: number, stage: string, asOf: string, amount: number];

/** The whole summary, in key order (tests compare it with the recomputation). */
export function storedFundingSums(db: AppDb): FundingSumRow[] {
  return preparedRaw(db, 'SELECT year, commune_id, source_id, stage, as_of, amount FROM funding_commune_sums ORDER BY 1, 2, 3, 4, 5').all() as FundingSumRow[];
}

/** The summary recomputed from funding_amounts and works: what the stored one must always equal. */
export function recomputedFundingSums(db: AppDb): FundingSumRow[] {
  const date = (t: string) => `coalesce(${t}.as_of, ${t}.year || '-12-31')`;
  return preparedRaw(
    db,
    `SELECT year, commune_id, source_id, stage, as_of, sum(delta) FROM (
       SELECT f.year, w.commune_id, f.source_id, f.stage,
         CASE WHEN f.stage = 'disbursed' THEN ${date('f')} ELSE '' END AS as_of,
         f.amount - CASE WHEN f.stage = 'disbursed'
           THEN coalesce(lag(f.amount) OVER (PARTITION BY f.year, f.work_id, f.source_id, f.stage ORDER BY ${date('f')}, f.id), 0) ELSE 0 END AS delta
       FROM funding_amounts f JOIN works w ON w.id = f.work_id WHERE w.commune_id IS NOT NULL)
     GROUP BY year, commune_id, source_id, stage, as_of HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5`,
  ).all() as FundingSumRow[];
}
