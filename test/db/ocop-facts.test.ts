/**
 * The one rule for a product's OCOP status facts (the SQL in db/repositories/ocop-stats.ts) and the
 * status read from them (`statusFromFacts`): evaluations written to a real database file, read back
 * one product at a time (the save path) and all at once (register, calendar, reports).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tempEmptyContext } from '../helpers/temp';
import { productFacts, productFactsOf } from '../../db/repositories/ocop-stats';
import { certificateExpiry, isDueFromFacts, statusFromFacts } from '../../shared/domain/ocop-status';
import type { OcopLevel, OcopStatus } from '../../shared/models/ocop';

type Ctx = Awaited<ReturnType<typeof tempEmptyContext>>;
const opened: Ctx[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

interface Evaluation {
  level: OcopLevel;
  stars: number;
  evaluatedDate?: string | null;
  decisionDate?: string | null;
  revokedDate?: string | null;
}

/** A fresh database holding one product with these evaluations (in this order of id). */
async function productWith(...evals: Evaluation[]) {
  const ctx = await tempEmptyContext();
  opened.push(ctx);
  const db = ctx.sqlite;
  const versionId = db
    .prepare(
      `INSERT INTO ocop_criteria_versions (code, decision, effective_from, max_a, max_b, max_c) VALUES ('v', 'QĐ 148', '2000-01-01', 35, 25, 40)`,
    )
    .run().lastInsertRowid;
  const producerId = db
    .prepare(`INSERT INTO ocop_producers (name, kind) VALUES ('Hợp tác xã Thử', 'hop_tac_xa')`)
    .run().lastInsertRowid;
  const productId = Number(
    db.prepare(`INSERT INTO ocop_products (producer_id, name) VALUES (?, 'Sản phẩm thử')`).run(producerId)
      .lastInsertRowid,
  );
  db.prepare(`INSERT INTO ocop_products (producer_id, name) VALUES (?, 'Sản phẩm chưa đánh giá')`).run(producerId);
  const insert = db.prepare(
    `INSERT INTO ocop_evaluations (product_id, level, version_id, evaluated_date, points_a, points_b, points_c, total, stars, decision_date, expiry_date, revoked_date)
     VALUES (@productId, @level, @versionId, @evaluatedDate, 0, 0, 0, 0, @stars, @decisionDate, @expiryDate, @revokedDate)`,
  );
  for (const e of evals) {
    const decisionDate = e.decisionDate ?? null;
    insert.run({
      productId,
      versionId,
      level: e.level,
      stars: e.stars,
      evaluatedDate: e.evaluatedDate ?? null,
      decisionDate,
      expiryDate: decisionDate ? certificateExpiry(decisionDate) : null,
      revokedDate: e.revokedDate ?? null,
    });
  }
  const factsAt = (asOf: string) => {
    const one = productFactsOf(ctx.db, productId, asOf);
    // The register reads every product in one pass: the same statement, so the same facts.
    expect(productFacts(ctx.sqlite, asOf).find((f) => f.productId === productId)?.facts).toEqual(one);
    return one;
  };
  return {
    status: (asOf: string): OcopStatus => statusFromFacts(factsAt(asOf), asOf),
    due: (asOf: string): boolean => isDueFromFacts(factsAt(asOf), asOf),
    facts: factsAt,
  };
}

const district: Evaluation = { level: 'district', stars: 3, evaluatedDate: '2021-05-10' };
const province: Evaluation = { level: 'province', stars: 4, evaluatedDate: '2021-06-15' };
const recognised: Evaluation = { level: 'province', stars: 4, evaluatedDate: '2021-06-15', decisionDate: '2021-07-20' };

describe('OCOP status facts (one SQL rule) and the status as of a date', () => {
  it('walks registered → district → province → recognised', async () => {
    expect((await productWith()).status('2022-01-01')).toBe('registered');
    const d = await productWith(district);
    expect(d.status('2021-05-09')).toBe('registered');
    expect(d.status('2021-05-10')).toBe('district_evaluated');
    expect((await productWith(district, province)).status('2021-06-20')).toBe('province_evaluated');
    const r = await productWith(district, recognised);
    expect(r.status('2021-07-19')).toBe('province_evaluated');
    expect(r.status('2021-07-20')).toBe('recognised');
    expect(r.facts('2021-07-20')).toEqual({
      topLevel: 'province',
      lastEvaluated: '2021-06-15',
      recognition: { id: 2, stars: 4, decisionDate: '2021-07-20', expiryDate: '2024-07-20', revoked: false },
    });
  });

  it('counts a commune-level evaluation like a district one', async () => {
    expect((await productWith({ level: 'commune', stars: 0, evaluatedDate: '2025-09-01' })).status('2025-09-01')).toBe(
      'district_evaluated',
    );
  });

  it('is expiring within 6 months of expiry, expired after it, revoked from the revocation', async () => {
    const r = await productWith(recognised);
    expect(r.status('2024-01-19')).toBe('recognised');
    expect(r.status('2024-01-20')).toBe('expiring');
    expect(r.status('2024-07-20')).toBe('expiring');
    expect(r.status('2024-07-21')).toBe('expired');
    const revoked = await productWith({ ...recognised, revokedDate: '2023-12-01' });
    expect(revoked.status('2023-11-30')).toBe('recognised');
    expect(revoked.status('2023-12-01')).toBe('revoked');
  });

  it('does not recognise a result below 3★ even with a decision date', async () => {
    expect(
      (
        await productWith({ level: 'province', stars: 2, evaluatedDate: '2021-06-15', decisionDate: '2021-07-20' })
      ).status('2022-01-01'),
    ).toBe('province_evaluated');
  });

  it('takes the newest certificate after an upgrade (ties by id) and counts undated evaluations as done', async () => {
    const three: Evaluation = { level: 'province', stars: 3, decisionDate: '2020-05-01' };
    const four: Evaluation = { level: 'province', stars: 4, evaluatedDate: '2023-03-01', decisionDate: '2023-04-01' };
    const up = await productWith(three, four);
    expect(up.status('2023-03-15')).toBe('expiring'); // 3★ expires 2023-05-01
    expect(up.status('2023-04-01')).toBe('recognised');
    expect(up.facts('2023-04-01').recognition).toMatchObject({ id: 2, stars: 4 });
    const sameDay = await productWith(
      { level: 'province', stars: 4, decisionDate: '2022-01-10' },
      { level: 'province', stars: 3, decisionDate: '2022-01-10' },
    );
    expect(sameDay.facts('2022-02-01').recognition).toMatchObject({ id: 2, stars: 3 });
    expect((await productWith({ level: 'province', stars: 4 })).status('2000-01-01')).toBe('province_evaluated');
  });

  it('marks a product due for re-evaluation until a newer evaluation is recorded', async () => {
    const r = await productWith(recognised);
    expect(r.due('2024-03-01')).toBe(true);
    expect(r.due('2025-03-01')).toBe(true);
    expect(r.due('2023-03-01')).toBe(false);
    const again = await productWith(recognised, { level: 'province', stars: 4, evaluatedDate: '2024-05-02' });
    expect(again.due('2024-05-01')).toBe(true);
    expect(again.due('2024-05-02')).toBe(false);
    expect((await productWith({ ...recognised, revokedDate: '2024-02-01' })).due('2024-03-01')).toBe(false);
  });

  it('gives a product without evaluations no facts', async () => {
    const none = await productWith();
    expect(none.facts('2022-01-01')).toEqual({ topLevel: null, recognition: null, lastEvaluated: null });
  });
});
