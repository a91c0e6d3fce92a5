import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { adminUnits } from './units';
import type { ThousandVnd } from '../../shared/models/units-of-measure';

/** The six sources of the seed plan, as a catalogue so a future split is data. */
export const fundingSources = sqliteTable(
  'funding_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('funding_sources_code_uq').on(t.code)],
);

/** A work / project (công trình) in a commune. */
export const works = sqliteTable(
  'works',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communeId: integer('commune_id').references(() => adminUnits.id),
    name: text('name').notNull(),
    /** Criterion served, by number in the set in force (e.g. 2 = Giao thông). */
    criterionNo: integer('criterion_no'),
    startYear: integer('start_year'),
    endYear: integer('end_year'),
    /** planned | in_progress | done | suspended */
    status: text('status').notNull().default('planned'),
    /** Committed contract value (nghìn đồng), to flag works without secured funding. */
    committedValue: integer('committed_value').$type<ThousandVnd>(),
    notes: text('notes').notNull().default(''),
    source: text('source').notNull().default('user'),
    /**
     * Stable key of the work as first written: "<commune id>|<name>". A sheet row without a work id
     * that has this key is the same work, so applying a file twice adds nothing the second time.
     */
    importKey: text('import_key'),
  },
  (t) => [
    index('works_commune_idx').on(t.communeId),
    index('works_import_key_idx').on(t.importKey),
    // "Is there sample data?" without reading every work.
    index('works_sample_idx')
      .on(t.startYear)
      .where(sql`${t.source} = 'sample'`),
  ],
);

/**
 * One amount per (year, holder, source, stage). The holder is a work, or an administrative unit
 * for figures the office has only at that level (e.g. province-level need by source).
 * stage: need | allocated | disbursed. Amounts are integers of nghìn đồng (1/1000 triệu đồng),
 * exact for the office's "triệu đồng" figures with up to three decimals — never floats.
 */
export const fundingAmounts = sqliteTable(
  'funding_amounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    workId: integer('work_id').references(() => works.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').references(() => adminUnits.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => fundingSources.id),
    stage: text('stage').notNull(),
    amount: integer('amount').$type<ThousandVnd>().notNull(),
    /** Cut-off date of a disbursement figure. */
    asOf: text('as_of'),
    source: text('source').notNull().default('user'),
  },
  (t) => [
    index('funding_amounts_work_idx').on(t.workId),
    // Only a unit's own figures name a unit (a few dozen rows): the works' figures, nearly all of the
    // table, stay out of the index instead of each adding a NULL entry to it.
    index('funding_amounts_unit_idx')
      .on(t.unitId)
      .where(sql`${t.unitId} IS NOT NULL`),
    // A year's disbursement cut-offs read by seeking distinct dates, not by scanning its snapshots; its
    // (year, stage) prefix serves the reads by year and stage (a separate index of those two only cost
    // every figure written, e.g. 70.000 in a works import).
    index('funding_amounts_cutoff_idx').on(t.year, t.stage, t.asOf),
    // Works' figures of exactly 0: the summaries drop sums of 0, and these tell a measured 0 from no figure.
    index('funding_amounts_zero_idx')
      .on(t.year)
      .where(sql`${t.amount} = 0 AND ${t.workId} IS NOT NULL`),
    // "Is there sample data?" without reading every figure of the year.
    index('funding_amounts_sample_idx')
      .on(t.year)
      .where(sql`${t.source} = 'sample'`),
  ],
);
