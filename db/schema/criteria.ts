import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { adminUnits } from './units';

/**
 * A versioned criteria set: period and level (ntm | nang_cao | kieu_mau | huyen | hien_dai).
 * A year's grid uses the set in force that year, so 2026–2030 (QĐ 51/2025) is just more rows.
 */
export const criteriaSets = sqliteTable(
  'criteria_sets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    yearFrom: integer('year_from').notNull(),
    yearTo: integer('year_to').notNull(),
    decision: text('decision').notNull().default(''),
    /** How many criteria a commune must meet for the level (19 for QĐ 318 NTM). */
    requiredCount: integer('required_count').notNull(),
    /** What thresholds vary by: 'region' (QĐ 318: chung + 7 regions) or 'group' (QĐ 51: nhom1..3). */
    thresholdBy: text('threshold_by').notNull().default('region'),
    /** The document the set was transcribed from (e.g. "Phụ lục I QĐ 51/2025/QĐ-TTg"). */
    sourceDoc: text('source_doc').notNull().default(''),
    /** How many indicators the source document has (47 for QĐ 51), to say how many are still to enter. */
    expectedIndicators: integer('expected_indicators'),
    /** Checked against the official text by the office. */
    verified: integer('verified', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('criteria_sets_code_uq').on(t.code)],
);

export const criteria = sqliteTable(
  'criteria',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    setId: integer('set_id')
      .notNull()
      .references(() => criteriaSets.id),
    no: integer('no').notNull(),
    name: text('name').notNull(),
    groupNo: integer('group_no').notNull(),
    groupName: text('group_name').notNull(),
  },
  (t) => [uniqueIndex('criteria_set_no_uq').on(t.setId, t.no)],
);

export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => criteria.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    /** 'dat' (yes/no), '>=', '<=', '=', '>', '<' */
    comparator: text('comparator').notNull().default('dat'),
    sortOrder: integer('sort_order').notNull().default(0),
    /** How a value is entered: number | percent | yesno | grade. */
    valueKind: text('value_kind').notNull().default('number'),
    /** For 'grade': the grades best first, separated by ';' (e.g. "Tốt;Khá;Trung bình"). */
    grades: text('grades').notNull().default(''),
  },
  (t) => [index('indicators_criterion_idx').on(t.criterionId)],
);

/** Threshold per region (QĐ 318: chung + 7 regions) or per commune group (QĐ 51: nhom1..3). */
export const indicatorThresholds = sqliteTable(
  'indicator_thresholds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    region: text('region').notNull(),
    value: text('value').notNull(),
    /** False where the public sources could not confirm the figure: shown as such, editable. */
    verified: integer('verified', { mode: 'boolean' }).notNull().default(false),
    source: text('source').notNull().default(''),
    /** «Không áp dụng» for this group/region: the indicator is not assessed there. */
    notApplicable: integer('not_applicable', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('indicator_threshold_uq').on(t.indicatorId, t.region)],
);

/** The columns that name one criterion of one commune in one year and its đạt (a result, or a person's override of it). */
export const criterionVerdictColumns = () => ({
  communeId: integer('commune_id')
    .notNull()
    .references(() => adminUnits.id),
  criterionId: integer('criterion_id')
    .notNull()
    .references(() => criteria.id),
  year: integer('year').notNull(),
  met: integer('met', { mode: 'boolean' }).notNull(),
});

export const criterionResults = sqliteTable(
  'criterion_results',
  {
    ...criterionVerdictColumns(),
    note: text('note').notNull().default(''),
    /** sample | official | user — sample rows are shown as such in the UI. */
    source: text('source').notNull().default('user'),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.communeId, t.criterionId] }),
    index('criterion_results_criterion_idx').on(t.criterionId),
  ],
);

/** level: ntm | nang_cao | kieu_mau */
export const recognitions = sqliteTable(
  'recognitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communeId: integer('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    level: text('level').notNull(),
    year: integer('year').notNull(),
    decisionNo: text('decision_no').notNull().default(''),
    decisionDate: text('decision_date'),
    issuer: text('issuer').notNull().default(''),
    criteriaSetId: integer('criteria_set_id').references(() => criteriaSets.id),
    revokedDate: text('revoked_date'),
    revokeDecisionNo: text('revoke_decision_no').notNull().default(''),
    revokeReason: text('revoke_reason').notNull().default(''),
    source: text('source').notNull().default('user'),
    /** Recorded although criteria were unmet: the reason (non-empty = an exception, flagged wherever shown). */
    exceptionReason: text('exception_reason').notNull().default(''),
    /** The criteria unmet when the exception was recorded ("2. Giao thông; 5. Trường học"). */
    exceptionUnmet: text('exception_unmet').notNull().default(''),
  },
  (t) => [index('recognitions_commune_idx').on(t.communeId), index('recognitions_year_idx').on(t.year)],
);

/**
 * Per-commune yearly targets; kind official ("công nhận") vs stretch ("chỉ đạo bổ sung, phấn đấu").
 * level: ntm | nang_cao | kieu_mau | tieu_chi (only a criteria-count target).
 */
export const communeTargets = sqliteTable(
  'commune_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communeId: integer('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    level: text('level').notNull(),
    kind: text('kind').notNull(),
    targetCriteria: integer('target_criteria'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [uniqueIndex('commune_targets_uq').on(t.communeId, t.year, t.level)],
);

/** Province-level figures a plan states directly (e.g. the 18,2 average target). */
export const provinceTargets = sqliteTable(
  'province_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [uniqueIndex('province_targets_uq').on(t.year, t.key)],
);
