/** The register: producers (chủ thể) and their products, with each product's status as of a date. */
import type { ServiceContext } from '../context';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import { compareVi, matchesSearch, searchKey } from '../../../shared/format/text';
import { findGroup } from '../../../shared/domain/ocop-groups';
import { statusFromFacts, type ProductFacts } from '../../../shared/domain/ocop-status';
import type { ProducerRow, ProductRow } from '../../../shared/models/ocop';
import { recordAudit } from '../../../db/repositories/audit';
import {
  getProducer,
  getProduct,
  insertProducer,
  insertProduct,
  listProducerRecords,
  registerRaw,
  updateProducer,
  updateProduct,
  hasPublicProducts,
} from '../../../db/repositories/ocop';
import { factsByProduct, productFactsOf } from '../../../db/repositories/ocop-stats';
import { docTypes, producerRow, productRow, resolveUnits, UnitNameCache, unitOptions, versions } from './common';

export function producerRows(ctx: ServiceContext): ProducerRow[] {
  return listProducerRecords(ctx.db)
    .map((r) => producerRow(r.p, r))
    .sort((a, b) => compareVi(a.name, b.name));
}

const NO_FACTS: ProductFacts = { topLevel: null, recognition: null, lastEvaluated: null };

/** Products with their status as of `asOf` (optionally one product, or those matching a search ignoring diacritics). */
export function productRows(ctx: ServiceContext, asOf: string, productId?: number, search?: string): ProductRow[] {
  // One product (after a save, its card): its own facts, not an aggregate over every product.
  const facts =
    productId === undefined
      ? factsByProduct(ctx.sqlite, asOf)
      : new Map([[productId, productFactsOf(ctx.db, productId, asOf)]]);
  const words = search ? searchKey(search).split(' ').filter(Boolean) : [];
  let records = registerRaw(ctx.db, productId, words.length > 0);
  // The stored search keys (product, producer) are already lower-case without diacritics.
  if (words.length) records = records.filter((r) => words.every((w) => r[14]!.includes(w) || r[15]!.includes(w)));
  const names = new UnitNameCache();
  return records.map((r) => {
    const f = facts.get(r[0]) ?? NO_FACTS;
    return productRow(
      r,
      names,
      statusFromFacts(f, asOf),
      f.recognition?.stars ?? null,
      f.recognition?.expiryDate ?? null,
    );
  });
}

export function checkGroup(groupCode: string, subgroupCode: string): void {
  if (!groupCode) {
    if (subgroupCode) throw new AppError('VALIDATION', 'Chọn nhóm sản phẩm trước khi chọn phân nhóm.');
    return;
  }
  const g = findGroup(groupCode);
  if (!g) throw new AppError('VALIDATION', `Nhóm sản phẩm «${groupCode}» không có trong danh mục.`);
  if (subgroupCode && !g.subgroups.some((s) => s.code === subgroupCode)) {
    throw new AppError('VALIDATION', `Phân nhóm «${subgroupCode}» không thuộc nhóm «${g.name}».`);
  }
}

type ProducerInput = ParsedInputOf<'ocop.producerSave'>;
type ProductInput = ParsedInputOf<'ocop.productSave'>;

interface Table<Rec, Values> {
  entity: string;
  what: string;
  get(tx: ServiceContext['db'], id: number): Rec | undefined;
  insert(tx: ServiceContext['db'], row: Values & { source: string }): number;
  update(tx: ServiceContext['db'], id: number, patch: Values): void;
}

/** Inserts or updates one register row and audits each changed field. */
function writeRow<Rec extends object, Values extends { communeId: number | null }>(
  ctx: ServiceContext,
  tx: ServiceContext['db'],
  t: Table<Rec, NoInfer<Values>>,
  values: Values,
  id: number | null,
  source: string,
): number {
  if (id === null) {
    const newId = t.insert(tx, { ...values, source });
    recordAudit(
      tx,
      [{ entity: t.entity, entityId: newId, action: 'insert', newValue: values, communeId: values.communeId }],
      ctx.now(),
    );
    return newId;
  }
  const before = t.get(tx, id) as Record<string, unknown> | undefined;
  if (!before) throw new AppError('NOT_FOUND', `Không tìm thấy ${t.what} cần sửa.`);
  const after = values as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => after[k] !== undefined && after[k] !== before[k]);
  if (!changed.length) return id;
  t.update(tx, id, values);
  recordAudit(
    tx,
    changed
      .filter((f) => f !== 'searchKey')
      .map((f) => ({
        entity: t.entity,
        entityId: id,
        field: f,
        action: 'update' as const,
        oldValue: before[f],
        newValue: after[f],
        communeId: values.communeId,
      })),
    ctx.now(),
  );
  return id;
}

const producerTable = {
  entity: 'ocop_producer',
  what: 'chủ thể',
  get: getProducer,
  insert: insertProducer,
  update: updateProducer,
};
const productTable = {
  entity: 'ocop_product',
  what: 'sản phẩm',
  get: getProduct,
  insert: insertProduct,
  update: updateProduct,
};

/** Writes one producer inside a transaction (shared with the Excel import). */
export function writeProducer(
  ctx: ServiceContext,
  tx: ServiceContext['db'],
  input: Omit<ProducerInput, 'id'>,
  id: number | null,
  source = 'user',
): number {
  const values = {
    ...input,
    ...resolveUnits(ctx, input.communeId, input.districtId),
    searchKey: searchKey(input.name),
  };
  return writeRow(ctx, tx, producerTable, values, id, source);
}

/** Writes one product inside a transaction (shared with the Excel import). */
export function writeProduct(
  ctx: ServiceContext,
  tx: ServiceContext['db'],
  input: Omit<ProductInput, 'id'>,
  id: number | null,
  source = 'user',
): number {
  if (!getProducer(tx, input.producerId)) throw new AppError('VALIDATION', 'Chủ thể của sản phẩm không tồn tại.');
  checkGroup(input.groupCode, input.subgroupCode);
  const values = {
    ...input,
    ...resolveUnits(ctx, input.communeId, input.districtId),
    searchKey: searchKey(input.name),
  };
  return writeRow(ctx, tx, productTable, values, id, source);
}

export function ocopMeta(ctx: ServiceContext) {
  return {
    versions: versions(ctx),
    docTypes: docTypes(ctx),
    ...unitOptions(ctx),
    publicData: hasPublicProducts(ctx.db),
  };
}

export function listProducers(ctx: ServiceContext, { search }: ParsedInputOf<'ocop.producers'>) {
  const rows = producerRows(ctx);
  return search
    ? rows.filter((r) =>
        matchesSearch(`${r.name} ${r.representative} ${r.address} ${r.communeName} ${r.districtName}`, search),
      )
    : rows;
}

export function saveProducer(ctx: ServiceContext, { id, ...input }: ParsedInputOf<'ocop.producerSave'>) {
  const saved = ctx.db.transaction((tx) => writeProducer(ctx, tx, input, id ?? null));
  const row = producerRows(ctx).find((r) => r.id === saved);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy chủ thể vừa lưu.');
  return row;
}

export function listProducts(ctx: ServiceContext, input: ParsedInputOf<'ocop.products'>) {
  let rows = productRows(ctx, input.asOf, undefined, input.search);
  if (input.districtId) rows = rows.filter((r) => r.districtId === input.districtId);
  if (input.producerId) rows = rows.filter((r) => r.producerId === input.producerId);
  if (input.status) rows = rows.filter((r) => r.status === input.status);
  return rows.sort((a, b) => compareVi(a.name, b.name) || a.id - b.id);
}

export function saveProduct(ctx: ServiceContext, { id, ...input }: ParsedInputOf<'ocop.productSave'>) {
  const saved = ctx.db.transaction((tx) => writeProduct(ctx, tx, input, id ?? null));
  const row = productRows(ctx, new Date(ctx.now()).toISOString().slice(0, 10), saved)[0];
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy sản phẩm vừa lưu.');
  return row;
}
