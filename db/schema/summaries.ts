import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { adminUnits } from './units';
import { criteriaSets } from './criteria';
import { NO_CRITERIA, thousandVnd, type CriteriaMask, type ThousandVnd } from '../../shared/models/units-of-measure';

/**
 * Maintained summaries (issue 14): derived rows kept equal to a recomputation from their source
 * tables by SQLite triggers (see the migration), so every writer — edits, imports, undos, seeds,
 * and code added later — keeps them right without knowing they exist.
 */

/**
 * One row per (year, criteria set, commune) with results entered: `criterion_results` folded into
 * bit masks over criterion numbers (bit `no` set = entered / met) and the count of sample rows.
 * The matrix of a year reads 10,000 of these instead of grouping 190,000 results.
 */
export const criteriaYearSummary = sqliteTable(
  'criteria_year_summary',
  {
    year: integer('year').notNull(),
    setId: integer('set_id')
      .notNull()
      .references(() => criteriaSets.id),
    communeId: integer('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    metMask: integer('met_mask').$type<CriteriaMask>().notNull().default(NO_CRITERIA),
    knownMask: integer('known_mask').$type<CriteriaMask>().notNull().default(NO_CRITERIA),
    sampleCount: integer('sample_count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.year, t.setId, t.communeId] })],
);

/**
 * Funding of works summed per (year, commune, source, stage), kept by triggers on funding_amounts
 * and works. Need and allocated: the sum of the commune's works' figures (as_of ''). Disbursed
 * figures are cumulative snapshots, and "the figure at date D" is each work's latest snapshot on
 * or before D; so each snapshot is stored as its change over the work's previous snapshot for the
 * source (by date, then id), under its date: the commune's disbursement at D is the sum of its rows
 * with as_of ≤ D. Rows summing to zero are removed, so the table equals its recomputation exactly.
 */
export const fundingCommuneSums = sqliteTable(
  'funding_commune_sums',
  {
    year: integer('year').notNull(),
    communeId: integer('commune_id').notNull(),
    sourceId: integer('source_id').notNull(),
    stage: text('stage').notNull(),
    asOf: text('as_of').notNull().default(''),
    amount: integer('amount').$type<ThousandVnd>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.communeId, t.sourceId, t.stage, t.asOf] })],
);

/**
 * The same sums one level up: funding_commune_sums summed per (year, parent unit of the commune,
 * source, stage, as_of), kept by triggers on funding_commune_sums and on a commune's parent. The
 * roll-up to the province reads one row per district-level unit and source instead of one per xã.
 */
export const fundingParentSums = sqliteTable(
  'funding_parent_sums',
  {
    year: integer('year').notNull(),
    parentId: integer('parent_id').notNull(),
    sourceId: integer('source_id').notNull(),
    stage: text('stage').notNull(),
    asOf: text('as_of').notNull().default(''),
    amount: integer('amount').$type<ThousandVnd>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.parentId, t.sourceId, t.stage, t.asOf] })],
);

/**
 * Each work's figures of a year per source, kept by triggers on funding_amounts: need and allocated
 * summed, and the largest disbursement snapshot of the year (a disbursement at any cut-off is one
 * of the snapshots, so at most this). The Nguồn vốn warnings read the few rows a partial index
 * marks as possibly warned about (allocated above need, or some snapshot above the allocation),
 * instead of grouping every figure of the year; `figures` counts the stored rows behind a row.
 */
export const fundingWorkSums = sqliteTable(
  'funding_work_sums',
  {
    workId: integer('work_id').notNull(),
    year: integer('year').notNull(),
    sourceId: integer('source_id').notNull(),
    need: integer('need').$type<ThousandVnd>().notNull().default(thousandVnd(0)),
    allocated: integer('allocated').$type<ThousandVnd>().notNull().default(thousandVnd(0)),
    disbursedMax: integer('disbursed_max').$type<ThousandVnd>(),
    figures: integer('figures').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workId, t.year, t.sourceId] }),
    index('funding_work_sums_flagged_idx')
      .on(t.year)
      .where(sql`${t.allocated} > ${t.need} OR ${t.disbursedMax} > ${t.allocated}`),
  ],
);
