import { sql } from 'drizzle-orm';
import type { AppDb } from '../open';

/** Whether any funding need was entered for a year: without it the dashboard says «chưa có số liệu», not 0. */
export function hasFundingNeed(db: AppDb, year: number): boolean {
  return db.get(sql`SELECT 1 AS x FROM funding_amounts WHERE year = ${year} AND stage = 'need' LIMIT 1`) !== undefined;
}

/** Whether the OCOP registry holds any product at all. */
export function hasOcopProducts(db: AppDb): boolean {
  return db.get(sql`SELECT 1 AS x FROM ocop_products LIMIT 1`) !== undefined;
}
