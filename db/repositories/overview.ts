import type Database from 'better-sqlite3';
import { preparedRaw } from './prepared';

/** Every xã with its validity (ISO dates, null = open): one read answers "which xã existed at year end" for many years. */
export function ruralCommuneSpans(sqlite: Database.Database): [number, string | null, string | null][] {
  return sqlite.prepare("SELECT id, valid_from, valid_to FROM admin_units WHERE kind = 'xa'").raw().all() as [
    number,
    string | null,
    string | null,
  ][];
}

/**
 * Every recognition with what decides when it is in force (see inForceSql in recognitions.ts): read
 * once for Tổng quan's progress over several years instead of once per year.
 */
export function recognitionSpans(sqlite: Database.Database): [number, string, number, string | null, string | null][] {
  return sqlite
    .prepare('SELECT commune_id, level, year, decision_date, revoked_date FROM recognitions')
    .raw()
    .all() as [number, string, number, string | null, string | null][];
}

/**
 * A number that changes whenever the data file changes: writes through this connection
 * (total_changes) or by another process (data_version). Used to reuse a computed read model.
 */
export function dataVersion(sqlite: Database.Database): string {
  // Prepared once per connection: asked on every cached read and every cell edit.
  const [changes] = preparedRaw(sqlite, 'SELECT total_changes()').get() as [number];
  const [external] = preparedRaw(sqlite, 'PRAGMA data_version').get() as [number];
  return `${changes}:${external}`;
}
