import { sqliteTable, integer, text, index, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

/**
 * Administrative units of every level in one table, so the 2025 reorganisation (district level
 * abolished, provinces merged) is just new rows with validity dates plus successions.
 * kind: tinh | thanh_pho_tw | thanh_pho | thi_xa | huyen | xa | phuong | thi_tran
 * level: province | district | commune
 */
export const adminUnits = sqliteTable(
  'admin_units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code'), // GSO code where known
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => adminUnits.id),
    validFrom: text('valid_from'), // ISO date, null = since ever
    validTo: text('valid_to'), // ISO date exclusive, null = still valid
    /** Commune group under QĐ 51/2025 (1, 2, 3), null before 2026. */
    communeGroup: integer('commune_group'),
    region: text('region'), // QĐ 318 region code (e.g. DBSCL)
    notes: text('notes').notNull().default(''),
    /** Lower-cased, diacritics stripped: SQLite LIKE ignores case for ASCII only. */
    searchKey: text('search_key').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    /** Deciding document of the unit's creation or last change ("NQ 1668/NQ-UBTVQH15"). */
    decision: text('decision').notNull().default(''),
  },
  (t) => [
    index('admin_units_parent_idx').on(t.parentId),
    index('admin_units_level_idx').on(t.level),
    // GSO reuses codes across reorganisations: unique per validity start.
    uniqueIndex('admin_units_code_uq').on(t.code, t.validFrom),
  ],
);

/** Old unit → new unit from an effective date; history survives reorganisations. */
export const unitSuccessions = sqliteTable(
  'unit_successions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    effectiveDate: text('effective_date').notNull(),
    decision: text('decision').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** whole | partial (only part of the old unit's area/population went to the new unit). */
    extent: text('extent').notNull().default('whole'),
    /** The composition part this link settles, for links made from the national lists or settled by the office. */
    partId: integer('part_id').references((): AnySQLiteColumn => successionParts.id),
  },
  (t) => [
    index('unit_successions_from_idx').on(t.fromUnitId),
    index('unit_successions_to_idx').on(t.toUnitId),
    index('unit_successions_part_idx').on(t.partId),
  ],
);

/**
 * One constituent named in a new unit's published composition, as matched against the old units.
 * match: one | one-by-district | several | none | unchanged | manual; status: settled | pending
 * («cần xác nhận»: several candidates, unmatched, partial transfers until the office settles them).
 */
export const successionParts = sqliteTable(
  'succession_parts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    compositionText: text('composition_text').notNull().default(''),
    part: text('part').notNull(),
    match: text('match').notNull(),
    extent: text('extent').notNull().default('whole'),
    status: text('status').notNull(),
    /** JSON array of old unit ids the national data proposed. */
    candidateIds: text('candidate_ids').notNull().default('[]'),
    settledAt: text('settled_at'),
    note: text('note').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('succession_parts_to_idx').on(t.toUnitId, t.status), index('succession_parts_status_idx').on(t.status)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(), // JSON
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    field: text('field').notNull().default(''),
    action: text('action').notNull(), // insert | update | delete | import
    oldValue: text('old_value'),
    newValue: text('new_value'),
    /** Commune the change concerns, so a commune's history is one indexed query. */
    communeId: integer('commune_id'),
    /** Who made the change: "display name (OS account)" or the OS account alone; '' before this was recorded. */
    actor: text('actor').notNull().default(''),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_commune_idx').on(t.communeId)],
);
