/** OCOP register: criteria versions, producers (chủ thể) and products. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../open';
import { adminUnits, ocopCriteriaVersions, ocopProducers, ocopProducts } from '../schema';
import { validAt } from './units';
import { preparedRaw } from './prepared';

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

/** A product with its producer's name and search key and the names of its units (as listed). */
export interface ProductListRecord {
  p: ProductRecord;
  producerName: string;
  producerKey: string;
  communeName: string | null;
  communeKind: string | null;
  districtName: string | null;
  districtKind: string | null;
}

const PRODUCT_FROM = `FROM ocop_products p
  JOIN ocop_producers pr ON pr.id = p.producer_id
  LEFT JOIN admin_units c ON c.id = p.commune_id
  LEFT JOIN admin_units d ON d.id = p.district_id`;

/**
 * A product as the register lists it, plain: id, producer id, name, group and subgroup codes, commune
 * and district ids, notes, source, producer name, commune and district name and kind; when asked
 * for a search, the product's and producer's search keys after them.
 */
export type RegisterRaw = [
  ...[number, number, string, string, string, number | null, number | null, string, string, string],
  ...[string | null, string | null, string | null, string | null, string?, string?],
];

// Plain arrays from a prepared statement, only the columns the list shows: at 20,000 products the
// query builder's objects, and every string read and not shown, cost more than the read itself.
const REGISTER_COLUMNS = `p.id, p.producer_id, p.name, p.group_code, p.subgroup_code, p.commune_id, p.district_id,
       p.notes, p.source, pr.name, c.name, c.kind, d.name, d.kind`;
const REGISTER_SQL = `SELECT ${REGISTER_COLUMNS} ${PRODUCT_FROM}`;
const REGISTER_KEYS_SQL = `SELECT ${REGISTER_COLUMNS}, p.search_key, pr.search_key ${PRODUCT_FROM}`;
const REGISTER_ONE_SQL = `${REGISTER_KEYS_SQL} WHERE p.id = ?`;

/** The register's products (or one), with the search keys when `withKeys`. */
export function registerRaw(db: AppDb, productId?: number, withKeys = false): RegisterRaw[] {
  const rows =
    productId !== undefined
      ? preparedRaw(db, REGISTER_ONE_SQL).all(productId)
      : preparedRaw(db, withKeys ? REGISTER_KEYS_SQL : REGISTER_SQL).all();
  return rows as RegisterRaw[];
}

type ProductListRaw = [
  ...[number, number, string, string, string, number | null, number | null, string, string, string, string],
  ...[string, string, string | null, string | null, string | null, string | null],
];
const PRODUCT_LIST_SQL = `SELECT p.id, p.producer_id, p.name, p.group_code, p.subgroup_code, p.commune_id, p.district_id,
       p.status, p.notes, p.search_key, p.source, pr.name, pr.search_key, c.name, c.kind, d.name, d.kind ${PRODUCT_FROM}`;

/** Every product (or one) with its producer and unit names. */
/** Whether any product still carries the figures of the public source (the demo's default registry). */
export function hasPublicProducts(db: AppDb): boolean {
  return preparedRaw(db, "SELECT 1 FROM ocop_products WHERE source = 'public' LIMIT 1").get() !== undefined;
}

export function listProductRecords(db: AppDb, productId?: number): ProductListRecord[] {
  const rows = (
    productId === undefined
      ? preparedRaw(db, PRODUCT_LIST_SQL).all()
      : preparedRaw(db, `${PRODUCT_LIST_SQL} WHERE p.id = ?`).all(productId)
  ) as ProductListRaw[];
  return rows.map(
    ([
      id,
      producerId,
      name,
      groupCode,
      subgroupCode,
      communeId,
      districtId,
      status,
      notes,
      searchKey,
      source,
      ...u
    ]) => ({
      p: { id, producerId, name, groupCode, subgroupCode, communeId, districtId, status, notes, searchKey, source },
      producerName: u[0],
      producerKey: u[1],
      communeName: u[2],
      communeKind: u[3],
      districtName: u[4],
      districtKind: u[5],
    }),
  );
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
