import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

/**
 * Documents the office drafts and issues (plan = Kế hoạch, report = Báo cáo).
 * content holds the editable parts as JSON (header overrides, narrative sections, signer,
 * recipients); the computed parts are rebuilt from the data, so a registered document can be
 * regenerated identically from its stored content and the data snapshot it records.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    /** Report period: '2022-Q1'…'2022-Q4', '2022-H1', '2022-9M', '2022-Y'; empty for plans. */
    period: text('period').notNull().default(''),
    number: text('number').notNull().default(''),
    symbol: text('symbol').notNull().default(''),
    issuedDate: text('issued_date'),
    signer: text('signer').notNull().default(''),
    title: text('title').notNull().default(''),
    content: text('content').notNull().default('{}'),
    /** draft | issued */
    status: text('status').notNull().default('draft'),
    /** Frozen computed model (JSON) at issue time, so regeneration is identical. */
    snapshot: text('snapshot'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('documents_type_year_idx').on(t.type, t.year)],
);
