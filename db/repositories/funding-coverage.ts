import { and, eq, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { fundingAmounts } from '../schema';

/** Is any figure of this stage stored for the year up to a cut-off (allocations, disbursements)? */
export function hasFundingFigures(
  db: AppDb,
  year: number,
  stage: 'need' | 'allocated' | 'disbursed',
  cutoffIso: string,
): { any: boolean; latestAsOf: string | null } {
  const row = db
    .select({ n: sql<number>`count(*)`, latest: sql<string | null>`max(${fundingAmounts.asOf})` })
    .from(fundingAmounts)
    .where(
      and(
        eq(fundingAmounts.year, year),
        eq(fundingAmounts.stage, stage),
        sql`(${fundingAmounts.asOf} IS NULL OR ${fundingAmounts.asOf} <= ${cutoffIso})`,
      ),
    )
    .get();
  return { any: Number(row?.n ?? 0) > 0, latestAsOf: row?.latest ?? null };
}
