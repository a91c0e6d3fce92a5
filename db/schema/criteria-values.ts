import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { adminUnits } from './units';
import { criterionVerdictColumns, indicators } from './criteria';

/**
 * A commune's group under QĐ 51/2025 (1, 2, 3) over a validity period, with the deciding document.
 * validTo is exclusive; null = still valid.
 */
export const communeGroups = sqliteTable(
  'commune_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communeId: integer('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    groupNo: integer('group_no').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    decision: text('decision').notNull().default(''),
  },
  (t) => [index('commune_groups_commune_idx').on(t.communeId)],
);

/**
 * Maintained (like the summaries): one row per (year, commune) with indicator values, the values
 * folded into "id=value;id=value" in indicator order, kept equal to that grouping of
 * `indicator_values` by triggers (see the migration). The shortfall list of a country reads 10,000
 * of these instead of grouping 470,000 values on every opening.
 */
export const indicatorValuePacks = sqliteTable(
  'indicator_value_packs',
  {
    year: integer('year').notNull(),
    communeId: integer('commune_id').notNull(),
    packed: text('packed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.communeId] })],
);

/** One indicator's value for a commune and year, as entered (number as text with '.', 'dat'/'khong', or a grade). */
export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    communeId: integer('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    value: text('value').notNull(),
    source: text('source').notNull().default('user'),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.communeId, t.indicatorId] }),
    index('indicator_values_indicator_idx').on(t.indicatorId),
  ],
);

/** A person's judgement replacing the computed đạt of a criterion, with the reason (audited, shown in the grid). */
export const criterionOverrides = sqliteTable(
  'criterion_overrides',
  {
    ...criterionVerdictColumns(),
    reason: text('reason').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.communeId, t.criterionId] }),
    index('criterion_overrides_criterion_idx').on(t.criterionId),
  ],
);
