import os from 'node:os';
import type { AppDb } from '../open';
import { prepared, preparedRaw } from './prepared';
import { getSetting } from './settings';

/** Settings key of the optional display name shown beside the OS account in histories. */
export const DISPLAY_NAME_KEY = 'display_name';

/** The account the app runs under (the Windows user name); '' if the OS will not say. */
export function osAccountName(): string {
  // The account cannot change while the process runs; asking the OS costs more than a cell edit.
  if (account === undefined) {
    try {
      account = os.userInfo().username;
    } catch {
      account = '';
    }
  }
  return account;
}
let account: string | undefined;

/** "Nguyễn Văn An (nvan)", or the account alone when no display name is set. */
export function currentActor(db: AppDb): string {
  const display = getSetting<string>(db, DISPLAY_NAME_KEY, '').trim();
  const account = osAccountName();
  if (!display) return account;
  return account ? `${display} (${account})` : display;
}

export interface AuditEntry {
  entity: string;
  entityId: string | number;
  field?: string;
  action: 'insert' | 'update' | 'delete' | 'import';
  oldValue?: unknown;
  newValue?: unknown;
  communeId?: number | null;
}

const asText = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** From this many rows on, one statement writes them all. */
const BULK_AUDIT = 100;

/** Writes audit rows; call inside the same transaction as the change it describes. */
export function recordAudit(db: AppDb, entries: AuditEntry[], at: Date): void {
  if (!entries.length) return;
  const iso = at.toISOString();
  const actor = currentActor(db);
  if (entries.length >= BULK_AUDIT) {
    // Imports (10^4 rows): one statement over a JSON list, the same values as the row by row insert;
    // jsonb_each hands each row over as JSONB, so `->>` does not parse its text again per column.
    preparedRaw(
      db,
      `INSERT INTO audit_log (at, entity, entity_id, field, action, old_value, new_value, commune_id, actor)
       SELECT @at, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, @actor FROM jsonb_each(@rows)`,
    ).run({
      at: iso,
      actor,
      rows: JSON.stringify(
        entries.map((e) => [
          e.entity,
          String(e.entityId),
          e.field ?? '',
          e.action,
          asText(e.oldValue),
          asText(e.newValue),
          e.communeId ?? null,
        ]),
      ),
    });
    return;
  }
  const rows = entries.map((e) => ({
    at: iso,
    entity: e.entity,
    entityId: String(e.entityId),
    field: e.field ?? '',
    action: e.action,
    oldValue: asText(e.oldValue),
    newValue: asText(e.newValue),
    communeId: e.communeId ?? null,
    actor,
  }));
  // One prepared single-row insert, reused: no statement built per call, and no variable limit for large imports.
  const insert = prepared(
    db,
    'INSERT INTO audit_log (at, entity, entity_id, field, action, old_value, new_value, commune_id, actor) VALUES (@at, @entity, @entityId, @field, @action, @oldValue, @newValue, @communeId, @actor)',
  );
  for (const row of rows) insert.run(row);
}
