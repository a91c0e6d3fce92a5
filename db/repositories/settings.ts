import type { AppDb } from '../open';
import { settings } from '../schema';
import { prepared } from './prepared';

export function getSetting<T>(db: AppDb, key: string, fallback: T): T {
  // A prepared statement: read on every audited write (the display name).
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function setSetting(db: AppDb, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json } })
    .run();
}
