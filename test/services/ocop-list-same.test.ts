/**
 * The register list read as plain arrays (db/repositories/ocop.ts productListRaw, one facts pass)
 * gives exactly the rows a straightforward composition gives: the query builder's join of products,
 * producers and units, each product's facts by the one-product statement, statusFromFacts, and the
 * group and unit labels built afresh — same rows, same order, for several dates, one product, a search.
 * Seeded random register, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { tempContexts } from '../helpers/dispatch';
import { rng } from '../helpers/rng';
import type { ServiceContext } from '../../electron/services/context';
import { productRows } from '../../electron/services/ocop/registry';
import { productFactsOf } from '../../db/repositories/ocop-stats';
import { adminUnits, ocopProducers, ocopProducts } from '../../db/schema';
import { QD148_GROUPS, groupLabel, subgroupLabel } from '../../shared/domain/ocop-groups';
import { statusFromFacts } from '../../shared/domain/ocop-status';
import { OCOP_STATUS_LABEL, type ProductRow } from '../../shared/models/ocop';
import { unitName } from '../../shared/models/units';
import { searchKey } from '../../shared/format/text';

const open = tempContexts();

function seedRegister(ctx: ServiceContext, seed: number): void {
  const r = rng(seed);
  const sqlite = ctx.sqlite;
  const communes = sqlite.prepare("SELECT id, parent_id FROM admin_units WHERE level = 'commune'").raw().all() as [
    number,
    number | null,
  ][];
  const version = sqlite.prepare('SELECT id FROM ocop_criteria_versions LIMIT 1').pluck().get() as number;
  const insProducer = sqlite.prepare(
    "INSERT INTO ocop_producers (name, kind, commune_id, district_id, search_key) VALUES (?, 'hop_tac_xa', ?, ?, ?)",
  );
  const insProduct = sqlite.prepare(
    'INSERT INTO ocop_products (producer_id, name, group_code, subgroup_code, commune_id, district_id, notes, source, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insEval = sqlite.prepare(
    `INSERT INTO ocop_evaluations (product_id, level, version_id, evaluated_date, points_a, points_b, points_c, total, stars,
       decision_no, decision_date, expiry_date, revoked_date) VALUES (?, ?, ?, ?, 2000, 2000, 2000, 6000, ?, ?, ?, ?, ?)`,
  );
  const date = () =>
    `${2019 + r.int(6)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
  sqlite.transaction(() => {
    let producer = 0;
    for (let i = 0; i < 300; i++) {
      const [communeId, districtId] = r.int(6) === 0 ? [null, null] : r.pick(communes);
      if (i % 3 === 0)
        producer = Number(insProducer.run(`HTX số ${i}`, communeId, districtId, `htx so ${i}`).lastInsertRowid);
      const group = r.int(4) === 0 ? null : r.pick(QD148_GROUPS);
      const sub = group && r.int(3) > 0 ? r.pick(group.subgroups).code : '';
      const product = Number(
        insProduct.run(
          producer,
          `Sản phẩm ${i}`,
          group?.code ?? '',
          sub,
          r.int(5) === 0 ? null : communeId,
          districtId,
          r.int(4) === 0 ? 'ghi chú' : '',
          r.pick(['user', 'import', 'sample']),
          `san pham ${i}`,
        ).lastInsertRowid,
      );
      for (let k = r.int(4); k > 0; k--) {
        const decided = r.int(2) === 0 ? date() : null;
        insEval.run(
          product,
          r.pick(['commune', 'district', 'province', 'central']),
          version,
          r.int(8) === 0 ? null : date(),
          2 + r.int(4),
          decided ? `${i}/QĐ` : '',
          decided,
          decided && r.int(5) > 0 ? `${Number(decided.slice(0, 4)) + 3}${decided.slice(4)}` : null,
          decided && r.int(6) === 0 ? date() : null,
        );
      }
    }
  })();
}

const commune = alias(adminUnits, 'commune');
const district = alias(adminUnits, 'district');

/** The rows recomposed plainly, in the query builder's join order. */
function plainRows(ctx: ServiceContext, asOf: string): ProductRow[] {
  return ctx.db
    .select({
      p: ocopProducts,
      producerName: ocopProducers.name,
      communeName: commune.name,
      communeKind: commune.kind,
      districtName: district.name,
      districtKind: district.kind,
    })
    .from(ocopProducts)
    .innerJoin(ocopProducers, eq(ocopProducers.id, ocopProducts.producerId))
    .leftJoin(commune, eq(commune.id, ocopProducts.communeId))
    .leftJoin(district, eq(district.id, ocopProducts.districtId))
    .all()
    .map(({ p, ...u }) => {
      const f = productFactsOf(ctx.db, p.id, asOf);
      const status = statusFromFacts(f, asOf);
      return {
        id: p.id,
        producerId: p.producerId,
        producerName: u.producerName,
        name: p.name,
        groupCode: p.groupCode,
        subgroupCode: p.subgroupCode,
        groupLabel: [groupLabel(p.groupCode), subgroupLabel(p.groupCode, p.subgroupCode)].filter(Boolean).join(' / '),
        communeId: p.communeId,
        communeName: unitName(u.communeKind, u.communeName),
        districtId: p.districtId,
        districtName: unitName(u.districtKind, u.districtName),
        notes: p.notes,
        source: p.source,
        status,
        statusLabel: OCOP_STATUS_LABEL[status],
        stars: f.recognition?.stars ?? null,
        expiryDate: f.recognition?.expiryDate ?? null,
      };
    });
}

describe('the OCOP register list', () => {
  it('equals a plain recomposition: every date, one product, a search', async () => {
    const ctx = await open();
    seedRegister(ctx, 20261202);
    for (const asOf of ['2018-12-31', '2021-06-30', '2023-03-01', '2026-12-01']) {
      const plain = plainRows(ctx, asOf);
      expect(plain.length).toBeGreaterThan(300);
      expect(productRows(ctx, asOf)).toEqual(plain);
      for (const row of plain.filter((_, i) => i % 37 === 0)) expect(productRows(ctx, asOf, row.id)).toEqual([row]);
      const words = searchKey('SẢN PHẨM 1').split(' ');
      expect(productRows(ctx, asOf, undefined, 'SẢN PHẨM 1')).toEqual(
        plain.filter((p) => words.every((w) => searchKey(p.name).includes(w) || searchKey(p.producerName).includes(w))),
      );
    }
    // The statuses cover the rule's cases, so the comparison means something.
    const statuses = new Set(productRows(ctx, '2023-03-01').map((p) => p.status));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  });
});
