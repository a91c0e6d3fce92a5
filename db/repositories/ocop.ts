/** OCOP register: criteria versions, producers (chủ thể) and products. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../open';
import { adminUnits, ocopCriteriaVersions, ocopProducers, ocopProducts } from '../schema';
import { validAt } from './units';

const commune = alias(adminUnits, 'commune');
const district = alias(adminUnits, 'district');

export type VersionRecord = typeof ocopCriteriaVersions.$inferSelect;
export type ProducerRecord = typeof ocopProducers.$inferSelect;
export type ProductRecord = typeof ocopProducts.$inferSelect;
export type ProducerInsert = Omit<typeof ocopProducers.$inferInsert, 'id'>;
export type ProductInsert = Omit<typeof ocopProducts.$inferInsert, 'id'>;

export function listVersions(db: AppDb): VersionRecord[] {
  return db.select().from(ocopCriteriaVersions).orderBy(asc(ocopCriteriaVersions.effectiveFrom)).all();
}

export function insertVersion(db: AppDb, v: Omit<VersionRecord, 'id'>): number {
  return db.insert(ocopCriteriaVersions).values(v).returning({ id: ocopCriteriaVersions.id }).get().id;
}

const unitNames = {
  communeName: commune.name,
  communeKind: commune.kind,
  districtName: district.name,
  districtKind: district.kind,
};

export function listProducerRecords(db: AppDb) {
  return db
    .select({
      p: ocopProducers,
      ...unitNames,
      productCount: sql<number>`(SELECT count(*) FROM ocop_products x WHERE x.producer_id = ${ocopProducers.id})`,
    })
    .from(ocopProducers)
    .leftJoin(commune, eq(commune.id, ocopProducers.communeId))
    .leftJoin(district, eq(district.id, ocopProducers.districtId))
    .all();
}

export function getProducer(db: AppDb, id: number): ProducerRecord | undefined {
  return db.select().from(ocopProducers).where(eq(ocopProducers.id, id)).get();
}

export function insertProducer(db: AppDb, row: ProducerInsert): number {
  return db.insert(ocopProducers).values(row).returning({ id: ocopProducers.id }).get().id;
}

export function updateProducer(db: AppDb, id: number, patch: Partial<ProducerInsert>): void {
  db.update(ocopProducers).set(patch).where(eq(ocopProducers.id, id)).run();
}

export function listProductRecords(db: AppDb, productId?: number) {
  const q = db
    .select({ p: ocopProducts, producerName: ocopProducers.name, producerKey: ocopProducers.searchKey, ...unitNames })
    .from(ocopProducts)
    .innerJoin(ocopProducers, eq(ocopProducers.id, ocopProducts.producerId))
    .leftJoin(commune, eq(commune.id, ocopProducts.communeId))
    .leftJoin(district, eq(district.id, ocopProducts.districtId));
  return productId === undefined ? q.all() : q.where(eq(ocopProducts.id, productId)).all();
}

export function getProduct(db: AppDb, id: number): ProductRecord | undefined {
  return db.select().from(ocopProducts).where(eq(ocopProducts.id, id)).get();
}

export function insertProduct(db: AppDb, row: ProductInsert): number {
  return db.insert(ocopProducts).values(row).returning({ id: ocopProducts.id }).get().id;
}

export function updateProduct(db: AppDb, id: number, patch: Partial<ProductInsert>): void {
  db.update(ocopProducts).set(patch).where(eq(ocopProducts.id, id)).run();
}

/** Commune-level units of every kind (xã, phường, thị trấn) valid at a date: producers live in towns too. */
export function listCommuneLevelUnits(db: AppDb, atDate: string) {
  return db
    .select({ id: adminUnits.id, name: adminUnits.name, kind: adminUnits.kind, parentId: adminUnits.parentId })
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'commune'), validAt(atDate)))
    .orderBy(asc(adminUnits.parentId), asc(adminUnits.sortOrder), asc(adminUnits.id))
    .all();
}
