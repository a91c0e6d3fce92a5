/** OCOP evaluations and council members' sheets, dossier items and yearly targets. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppDb } from '../open';
import { ocopCriteriaVersions, ocopDossierItems, ocopEvaluations, ocopMemberScores, ocopTargets } from '../schema';

export type EvaluationRecord = typeof ocopEvaluations.$inferSelect;
export type EvaluationInsert = Omit<typeof ocopEvaluations.$inferInsert, 'id'>;
export type MemberRecord = typeof ocopMemberScores.$inferSelect;
export type DossierRecord = typeof ocopDossierItems.$inferSelect;
export type TargetRecord = typeof ocopTargets.$inferSelect;

export function listEvaluations(db: AppDb, productId: number) {
  return db
    .select({
      e: ocopEvaluations,
      versionDecision: ocopCriteriaVersions.decision,
      hasMandatory: ocopCriteriaVersions.hasMandatory,
    })
    .from(ocopEvaluations)
    .innerJoin(ocopCriteriaVersions, eq(ocopCriteriaVersions.id, ocopEvaluations.versionId))
    .where(eq(ocopEvaluations.productId, productId))
    .orderBy(asc(ocopEvaluations.id))
    .all();
}

/** Every evaluation (for export), oldest first. */
export function listAllEvaluations(db: AppDb): EvaluationRecord[] {
  return db.select().from(ocopEvaluations).orderBy(asc(ocopEvaluations.productId), asc(ocopEvaluations.id)).all();
}

export function getEvaluation(db: AppDb, id: number): EvaluationRecord | undefined {
  return db.select().from(ocopEvaluations).where(eq(ocopEvaluations.id, id)).get();
}

export function insertEvaluation(db: AppDb, row: EvaluationInsert): number {
  return db.insert(ocopEvaluations).values(row).returning({ id: ocopEvaluations.id }).get().id;
}

export function updateEvaluation(db: AppDb, id: number, patch: Partial<EvaluationInsert>): void {
  db.update(ocopEvaluations).set(patch).where(eq(ocopEvaluations.id, id)).run();
}

export function deleteEvaluation(db: AppDb, id: number): void {
  db.delete(ocopMemberScores).where(eq(ocopMemberScores.evaluationId, id)).run();
  db.delete(ocopEvaluations).where(eq(ocopEvaluations.id, id)).run();
}

export function listMembers(db: AppDb, evaluationIds: number[]): MemberRecord[] {
  if (!evaluationIds.length) return [];
  return db
    .select()
    .from(ocopMemberScores)
    .where(inArray(ocopMemberScores.evaluationId, evaluationIds))
    .orderBy(asc(ocopMemberScores.id))
    .all();
}

export function replaceMembers(
  db: AppDb,
  evaluationId: number,
  members: Omit<MemberRecord, 'id' | 'evaluationId'>[],
): void {
  db.delete(ocopMemberScores).where(eq(ocopMemberScores.evaluationId, evaluationId)).run();
  if (members.length)
    db.insert(ocopMemberScores)
      .values(members.map((m) => ({ ...m, evaluationId })))
      .run();
}

export function listDossier(db: AppDb, productId: number): DossierRecord[] {
  return db.select().from(ocopDossierItems).where(eq(ocopDossierItems.productId, productId)).all();
}

export function getDossierItem(db: AppDb, productId: number, docType: string): DossierRecord | undefined {
  return db
    .select()
    .from(ocopDossierItems)
    .where(and(eq(ocopDossierItems.productId, productId), eq(ocopDossierItems.docType, docType)))
    .get();
}

export function upsertDossierItem(db: AppDb, row: Omit<DossierRecord, 'id'>): void {
  const { productId: _product, docType: _docType, ...rest } = row;
  db.insert(ocopDossierItems)
    .values(row)
    .onConflictDoUpdate({ target: [ocopDossierItems.productId, ocopDossierItems.docType], set: rest })
    .run();
}

export function listTargets(db: AppDb, year: number): TargetRecord[] {
  return db.select().from(ocopTargets).where(eq(ocopTargets.year, year)).orderBy(asc(ocopTargets.id)).all();
}

export function getTarget(db: AppDb, id: number): TargetRecord | undefined {
  return db.select().from(ocopTargets).where(eq(ocopTargets.id, id)).get();
}

export function insertTarget(db: AppDb, row: Omit<TargetRecord, 'id'>): number {
  return db.insert(ocopTargets).values(row).returning({ id: ocopTargets.id }).get().id;
}

export function updateTarget(db: AppDb, id: number, patch: Partial<Omit<TargetRecord, 'id'>>): void {
  db.update(ocopTargets).set(patch).where(eq(ocopTargets.id, id)).run();
}
