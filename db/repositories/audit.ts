import type { AppDb } from '../open';
import { prepared } from './prepared';

export interface AuditEntry {
  entity: string;
  entityId: string | number;
  field?: string;
  action: 'insert' | 'update' | 'delete' | 'import';
  oldValue?: unknown;
  newValue?: unknown;
  communeId?: number | null;
}

const asText = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));

/** Writes audit rows; call inside the same transaction as the change it describes. */
export function recordAudit(db: AppDb, entries: AuditEntry[], at: Date): void {
  if (!entries.length) return;
  const iso = at.toISOString();
  const rows = entries.map((e) => ({
    at: iso,
    entity: e.entity,
    entityId: String(e.entityId),
    field: e.field ?? '',
    action: e.action,
    oldValue: asText(e.oldValue),
    newValue: asText(e.newValue),
    communeId: e.communeId ?? null,
  }));
  // One prepared single-row insert, reused: no statement built per call, and no variable limit for large imports.
  const insert = prepared(
    db,
    'INSERT INTO audit_log (at, entity, entity_id, field, action, old_value, new_value, commune_id) VALUES (@at, @entity, @entityId, @field, @action, @oldValue, @newValue, @communeId)',
  );
  for (const row of rows) insert.run(row);
}
