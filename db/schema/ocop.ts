import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { adminUnits } from './units';
import type { PointsHundredths } from '../../shared/models/units-of-measure';

/** Scoring rules by decision (QĐ 1048/2019: A35/B25/C40; QĐ 148/2023: A40/B25/C35). */
export const ocopCriteriaVersions = sqliteTable(
  'ocop_criteria_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    decision: text('decision').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    maxA: integer('max_a').notNull(),
    maxB: integer('max_b').notNull(),
    maxC: integer('max_c').notNull(),
    /** Whether the version has mandatory criteria that cap a product below 3★. */
    hasMandatory: integer('has_mandatory', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('ocop_versions_code_uq').on(t.code)],
);

/** kind: doanh_nghiep | hop_tac_xa | to_hop_tac | ho_san_xuat */
export const ocopProducers = sqliteTable(
  'ocop_producers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    address: text('address').notNull().default(''),
    communeId: integer('commune_id').references(() => adminUnits.id),
    districtId: integer('district_id').references(() => adminUnits.id),
    representative: text('representative').notNull().default(''),
    phone: text('phone').notNull().default(''),
    taxCode: text('tax_code').notNull().default(''),
    notes: text('notes').notNull().default(''),
    searchKey: text('search_key').notNull().default(''),
    source: text('source').notNull().default('user'),
  },
  (t) => [index('ocop_producers_commune_idx').on(t.communeId)],
);

export const ocopProducts = sqliteTable(
  'ocop_products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    producerId: integer('producer_id')
      .notNull()
      .references(() => ocopProducers.id),
    name: text('name').notNull(),
    groupCode: text('group_code').notNull().default(''),
    subgroupCode: text('subgroup_code').notNull().default(''),
    communeId: integer('commune_id').references(() => adminUnits.id),
    districtId: integer('district_id').references(() => adminUnits.id),
    /** registered | district_evaluated | province_evaluated | recognised | expiring | expired | revoked; derived states are recomputed. */
    status: text('status').notNull().default('registered'),
    notes: text('notes').notNull().default(''),
    searchKey: text('search_key').notNull().default(''),
    source: text('source').notNull().default('user'),
  },
  (t) => [index('ocop_products_producer_idx').on(t.producerId), index('ocop_products_district_idx').on(t.districtId)],
);

/**
 * One evaluation of a product in a round, at a level (district | province | central).
 * Points are stored in hundredths (7250 = 72,50) so the council's average stays exact.
 */
export const ocopEvaluations = sqliteTable(
  'ocop_evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => ocopProducts.id, { onDelete: 'cascade' }),
    roundName: text('round_name').notNull().default(''),
    level: text('level').notNull(),
    versionId: integer('version_id')
      .notNull()
      .references(() => ocopCriteriaVersions.id),
    evaluatedDate: text('evaluated_date'),
    pointsA: integer('points_a').$type<PointsHundredths>().notNull(),
    pointsB: integer('points_b').$type<PointsHundredths>().notNull(),
    pointsC: integer('points_c').$type<PointsHundredths>().notNull(),
    total: integer('total').$type<PointsHundredths>().notNull(),
    stars: integer('stars').notNull(),
    mandatoryFailed: integer('mandatory_failed', { mode: 'boolean' }).notNull().default(false),
    /** new | upgrade | re_evaluation */
    kind: text('kind').notNull().default('new'),
    decisionNo: text('decision_no').notNull().default(''),
    decisionDate: text('decision_date'),
    issuer: text('issuer').notNull().default(''),
    expiryDate: text('expiry_date'),
    revokedDate: text('revoked_date'),
    revokeReason: text('revoke_reason').notNull().default(''),
    notes: text('notes').notNull().default(''),
    source: text('source').notNull().default('user'),
  },
  (t) => [
    index('ocop_evaluations_product_idx').on(t.productId),
    index('ocop_evaluations_expiry_idx').on(t.expiryDate),
    index('ocop_evaluations_decision_idx').on(t.decisionDate),
  ],
);

/** Individual council members' sheets; the evaluation holds their average. */
export const ocopMemberScores = sqliteTable(
  'ocop_member_scores',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => ocopEvaluations.id, { onDelete: 'cascade' }),
    memberName: text('member_name').notNull(),
    pointsA: integer('points_a').$type<PointsHundredths>().notNull(),
    pointsB: integer('points_b').$type<PointsHundredths>().notNull(),
    pointsC: integer('points_c').$type<PointsHundredths>().notNull(),
  },
  (t) => [index('ocop_member_scores_eval_idx').on(t.evaluationId)],
);

/** Dossier checklist per product; files are copied into the app's data folder (storedPath is relative to it). */
export const ocopDossierItems = sqliteTable(
  'ocop_dossier_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => ocopProducts.id, { onDelete: 'cascade' }),
    docType: text('doc_type').notNull(),
    present: integer('present', { mode: 'boolean' }).notNull().default(false),
    fileName: text('file_name'),
    storedPath: text('stored_path'),
    addedAt: text('added_at'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [uniqueIndex('ocop_dossier_uq').on(t.productId, t.docType)],
);

/**
 * Yearly OCOP targets. kind: district_3_4 (per district unit, min–max) | province_3_4 | upgrade_3_4 |
 * national_dossiers. unitId set for per-unit targets.
 */
export const ocopTargets = sqliteTable(
  'ocop_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    unitId: integer('unit_id').references(() => adminUnits.id),
    minCount: integer('min_count').notNull(),
    maxCount: integer('max_count'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('ocop_targets_year_idx').on(t.year)],
);
