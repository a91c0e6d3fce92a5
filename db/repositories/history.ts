import { desc, eq } from 'drizzle-orm';
import type { AppDb } from '../open';
import { auditLog } from '../schema';

/** The audit rows that concern one commune, newest first. */
export function auditOfCommune(db: AppDb, communeId: number, limit = 1000) {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.communeId, communeId))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
