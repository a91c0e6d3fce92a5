import { and, desc, eq, lt } from 'drizzle-orm';
import type { AppDb } from '../open';
import { documents } from '../schema';

export type DocumentRecord = typeof documents.$inferSelect;

export function listDocuments(db: AppDb, filter: { type?: string; year?: number }): DocumentRecord[] {
  const where = and(
    filter.type ? eq(documents.type, filter.type) : undefined,
    filter.year ? eq(documents.year, filter.year) : undefined,
  );
  return db
    .select()
    .from(documents)
    .where(where)
    .orderBy(desc(documents.year), desc(documents.updatedAt), desc(documents.id))
    .all();
}

export function getDocument(db: AppDb, id: number): DocumentRecord | undefined {
  return db.select().from(documents).where(eq(documents.id, id)).get();
}

/** The most recent earlier document of a type (a new plan starts from last year's text). */
export function previousDocument(db: AppDb, type: string, year: number): DocumentRecord | undefined {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.type, type), lt(documents.year, year)))
    .orderBy(desc(documents.year), desc(documents.status), desc(documents.id))
    .get();
}

export function insertDocument(db: AppDb, values: typeof documents.$inferInsert): DocumentRecord {
  return db.insert(documents).values(values).returning().get();
}

export function updateDocument(db: AppDb, id: number, patch: Partial<typeof documents.$inferInsert>): void {
  db.update(documents).set(patch).where(eq(documents.id, id)).run();
}

export function deleteDocument(db: AppDb, id: number): void {
  db.delete(documents).where(eq(documents.id, id)).run();
}
