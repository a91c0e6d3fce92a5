import { eq, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { criterionResults, fundingAmounts, ocopEvaluations, recognitions } from '../schema';

/** True while any table still holds sample rows (the UI then shows "Dữ liệu mẫu"). */
export function anySampleRows(db: AppDb): boolean {
  const probe = (table: typeof criterionResults | typeof recognitions | typeof fundingAmounts | typeof ocopEvaluations) =>
    !!db.select({ one: sql`1` }).from(table).where(eq(table.source, 'sample')).limit(1).get();
  return probe(criterionResults) || probe(recognitions) || probe(fundingAmounts) || probe(ocopEvaluations);
}
