/**
 * OCOP read models over many products: per-product status facts in one pass, certificates by expiry,
 * recognitions in a period, and the counts behind the yearly targets. Hot paths use prepared raw
 * statements (20,000 products / 60,000 evaluations within the 100 ms budget).
 */
import type Database from 'better-sqlite3';
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import type { ProductFacts } from '../../shared/domain/ocop-status';
import type { OcopLevel } from '../../shared/models/ocop';

export interface FactsRow {
  productId: number;
  districtId: number | null;
  facts: ProductFacts;
}

/**
 * THE rule for the facts behind a product's OCOP status as of :d (there is no TypeScript twin;
 * `statusFromFacts` in shared/domain/ocop-status.ts turns the facts into the status):
 * - an evaluation counts from its evaluation date, else its decision date; an undated one counts at any date;
 * - `top`: the highest level among the evaluations that count (commune counts as district);
 * - `last`: the latest evaluation (or decision) date among them;
 * - `rec`: the certificate in force, i.e. the recognition (decision dated on or before :d, 3★ or more)
 *   with the newest decision date (ties: the higher id), packed as
 *   "decisionDate · 1e10+id · stars · expiry · R" so max() picks it; 'R' when revoked on or before :d.
 * One aggregate pass over every product (20,000 products / 60,000 evaluations within the read
 * budget), or over one product's evaluations when :p is bound (the status stored on save).
 */
const factsSql = (oneProduct: boolean) => `
SELECT product_id,
  max(CASE level WHEN 'central' THEN 3 WHEN 'province' THEN 2 ELSE 1 END) AS top,
  max(CASE WHEN decision_date <= :d AND stars >= 3
           THEN decision_date || (10000000000 + id) || stars || coalesce(expiry_date, '')
                || CASE WHEN revoked_date <= :d THEN 'R' ELSE '' END END) AS rec,
  max(coalesce(evaluated_date, decision_date)) AS last
FROM ocop_evaluations
WHERE ${oneProduct ? 'product_id = :p AND ' : ''}coalesce(evaluated_date, decision_date, '') <= :d
GROUP BY product_id`;
const FACTS_SQL = factsSql(false);
const PRODUCT_FACTS_SQL = factsSql(true);

/** The level of the rank `top` (3 central, 2 province, 1 district or commune). */
const levelFromRank = (rank: number | null): OcopLevel | null =>
  rank === 3 ? 'central' : rank === 2 ? 'province' : rank === 1 ? 'district' : null;

type FactsRecord = [productId: number, top: number, rec: string | null, last: string | null];

/** The facts from one row of the statement above. */
function factsOf([, top, rec, last]: FactsRecord): ProductFacts {
  let recognition: ProductFacts['recognition'] = null;
  if (rec) {
    // Fixed widths: date (10), 1e10 + id (11 digits), stars (1), expiry (10 or none), 'R' if revoked.
    const rest = rec.slice(22);
    recognition = {
      id: Number(rec.slice(10, 21)) - 10_000_000_000,
      stars: Number(rec[21]),
      decisionDate: rec.slice(0, 10),
      expiryDate: rest.length >= 10 ? rest.slice(0, 10) : null,
      revoked: rest.endsWith('R'),
    };
  }
  return { topLevel: levelFromRank(top), recognition, lastEvaluated: last };
}

/** Every product's status facts as of a date. Products are read apart and merged: faster than a join here. */
export function productFacts(sqlite: Database.Database, asOf: string): FactsRow[] {
  const products = preparedRaw(sqlite, 'SELECT id, district_id FROM ocop_products').all() as [number, number | null][];
  const byProduct = factsByProduct(sqlite, asOf);
  return products.map(([productId, districtId]) => ({
    productId,
    districtId,
    facts: byProduct.get(productId) ?? NO_FACTS,
  }));
}

/** The facts of the products that have any evaluation counting at a date (the others have none). */
export function factsByProduct(sqlite: Database.Database, asOf: string): Map<number, ProductFacts> {
  const byProduct = new Map<number, ProductFacts>();
  for (const r of preparedRaw(sqlite, FACTS_SQL).all({ d: asOf }) as FactsRecord[]) byProduct.set(r[0], factsOf(r));
  return byProduct;
}

/** One product's status facts as of a date, by the same rule (works inside a transaction). */
export function productFactsOf(db: AppDb, productId: number, asOf: string): ProductFacts {
  const r = preparedRaw(db, PRODUCT_FACTS_SQL).get({ d: asOf, p: productId }) as FactsRecord | undefined;
  return r ? factsOf(r) : NO_FACTS;
}

const NO_FACTS: ProductFacts = { topLevel: null, recognition: null, lastEvaluated: null };

export interface CertificateRow {
  evaluationId: number;
  productId: number;
  productName: string;
  producerName: string;
  districtName: string | null;
  districtKind: string | null;
  stars: number;
  decisionNo: string;
  decisionDate: string;
  expiryDate: string;
  reEvaluated: number;
}

const CERT_SELECT = `
SELECT e.id AS evaluationId, e.product_id AS productId, p.name AS productName, pr.name AS producerName,
  d.name AS districtName, d.kind AS districtKind, e.stars, e.decision_no AS decisionNo, e.decision_date AS decisionDate,
  e.expiry_date AS expiryDate,
  EXISTS (SELECT 1 FROM ocop_evaluations n WHERE n.product_id = e.product_id AND n.id <> e.id
          AND coalesce(n.evaluated_date, n.decision_date) > e.decision_date
          AND coalesce(n.evaluated_date, n.decision_date) <= :asOf) AS reEvaluated
FROM ocop_evaluations e
JOIN ocop_products p ON p.id = e.product_id
JOIN ocop_producers pr ON pr.id = p.producer_id
LEFT JOIN admin_units d ON d.id = p.district_id`;

/** Certificates in force at `asOf` (latest recognition of their product, not revoked) expiring in [asOf, until]. */
export function certificatesExpiring(sqlite: Database.Database, asOf: string, until: string): CertificateRow[] {
  return sqlite
    .prepare(
      `${CERT_SELECT}
WHERE e.expiry_date >= :asOf AND e.expiry_date <= :until AND e.decision_date <= :asOf AND e.stars >= 3
  AND (e.revoked_date IS NULL OR e.revoked_date > :asOf)
  AND NOT EXISTS (SELECT 1 FROM ocop_evaluations s WHERE s.product_id = e.product_id AND s.stars >= 3 AND s.decision_date <= :asOf
                  AND (s.decision_date > e.decision_date OR (s.decision_date = e.decision_date AND s.id > e.id)))
ORDER BY e.expiry_date, p.name`,
    )
    .all({ asOf, until }) as CertificateRow[];
}

/** The same rows for given evaluations (the certificates of products due for re-evaluation). */
export function certificatesByIds(sqlite: Database.Database, ids: number[], asOf: string): CertificateRow[] {
  const out: CertificateRow[] = [];
  const stmt = sqlite.prepare(
    `${CERT_SELECT} WHERE e.id IN (SELECT value FROM json_each(:ids)) ORDER BY e.expiry_date, p.name`,
  );
  for (let i = 0; i < ids.length; i += 5000)
    out.push(...(stmt.all({ ids: JSON.stringify(ids.slice(i, i + 5000)), asOf }) as CertificateRow[]));
  return out;
}

export interface RecognitionRow {
  evaluationId: number;
  productId: number;
  productName: string;
  producerName: string;
  districtId: number | null;
  districtName: string | null;
  districtKind: string | null;
  stars: number;
  kind: string;
  level: string;
  decisionNo: string;
  decisionDate: string;
  source: string;
}

/** Recognition decisions (3★ and above) dated in [from, to]. */
export function recognitionsBetween(sqlite: Database.Database, from: string, to: string): RecognitionRow[] {
  return sqlite
    .prepare(
      `SELECT e.id AS evaluationId, e.product_id AS productId, p.name AS productName, pr.name AS producerName,
        p.district_id AS districtId, d.name AS districtName, d.kind AS districtKind, e.stars, e.kind, e.level,
        e.decision_no AS decisionNo, e.decision_date AS decisionDate, e.source
       FROM ocop_evaluations e
       JOIN ocop_products p ON p.id = e.product_id
       JOIN ocop_producers pr ON pr.id = p.producer_id
       LEFT JOIN admin_units d ON d.id = p.district_id
       WHERE e.decision_date >= :from AND e.decision_date <= :to AND e.stars >= 3
       ORDER BY e.decision_date, p.name`,
    )
    .all({ from, to }) as RecognitionRow[];
}

/** Counts behind the yearly targets, for decisions/evaluations dated in [from, to]. */
export function targetCounts(sqlite: Database.Database, from: string, to: string, nationalDoc: string) {
  const c = sqlite;
  const when = `coalesce(e.decision_date, e.evaluated_date)`;
  const byDistrict = c
    .prepare(
      `SELECT p.district_id AS unitId, count(DISTINCT p.id) AS n FROM ocop_evaluations e JOIN ocop_products p ON p.id = e.product_id
       WHERE e.level = 'district' AND e.stars BETWEEN 3 AND 4 AND ${when} >= :from AND ${when} <= :to GROUP BY p.district_id`,
    )
    .all({ from, to }) as { unitId: number | null; n: number }[];
  const one = (q: string, params: Record<string, string> = {}) =>
    (c.prepare(q).get({ from, to, ...params }) as { n: number }).n;
  const province = one(
    `SELECT count(DISTINCT e.product_id) AS n FROM ocop_evaluations e
     WHERE e.level = 'province' AND e.stars BETWEEN 3 AND 4 AND e.kind <> 'upgrade' AND e.decision_date >= :from AND e.decision_date <= :to`,
  );
  const upgrades = one(
    `SELECT count(DISTINCT e.product_id) AS n FROM ocop_evaluations e
     WHERE e.kind = 'upgrade' AND e.stars = 4 AND e.decision_date >= :from AND e.decision_date <= :to`,
  );
  const national = one(
    `SELECT count(*) AS n FROM ocop_products p WHERE
       EXISTS (SELECT 1 FROM ocop_evaluations e WHERE e.product_id = p.id AND coalesce(e.evaluated_date, e.decision_date) BETWEEN :from AND :to
               AND ((e.level = 'province' AND e.total >= 9000) OR e.level = 'central'))
       OR EXISTS (SELECT 1 FROM ocop_dossier_items i WHERE i.product_id = p.id AND i.doc_type = :doc AND i.present = 1
               AND substr(i.added_at, 1, 10) BETWEEN :from AND :to)`,
    { doc: nationalDoc },
  );
  return { byDistrict, province, upgrades, national };
}
