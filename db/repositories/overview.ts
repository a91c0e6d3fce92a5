import type Database from 'better-sqlite3';
import { preparedRaw } from './prepared';

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
 * Every recognition of an xã with what decides when it is in force and the xã's own validity, one
 * xã's rows together (ordered by xã): Tổng quan's progress over several years in one pass, with no
 * map per year.
 */
export function xaRecognitionSpans(
  sqlite: Database.Database,
): [number, string, number, string | null, string | null, string | null, string | null][] {
  return sqlite
    .prepare(
      `SELECT r.commune_id, r.level, r.year, r.decision_date, r.revoked_date, u.valid_from, u.valid_to
       FROM recognitions r JOIN admin_units u ON u.id = r.commune_id AND u.kind = 'xa' ORDER BY r.commune_id`,
    )
    .raw()
    .all() as [number, string, number, string | null, string | null, string | null, string | null][];
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
