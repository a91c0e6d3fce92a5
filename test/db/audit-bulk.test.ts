/**
 * recordAudit writes a large batch (an import's 10^4 rows) with one statement over a JSON list
 * (issue 14); what the audit log holds must be the same as writing the rows one by one.
 */
import { describe, it, expect } from 'vitest';
import { recordAudit, type AuditEntry } from '../../db/repositories/audit';
import { tempEmptyContext } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';

const context = closedAfterEach(() => tempEmptyContext());

/** Entries with every kind of value an audit row holds. */
function entries(n: number): AuditEntry[] {
  const values: unknown[] = [
    null,
    undefined,
    0,
    -12.5,
    2_000_000,
    'Công trình «Đường trục xã» "ấp 3"\\ \n tab\t',
    '',
    { fields: ['name', 'notes'], amounts: ['Nhu cầu - Trung ương'] },
    [1, null, 'a'],
    true,
    '😀 ký tự ngoài BMP',
  ];
  const actions = ['insert', 'update', 'delete', 'import'] as const;
  return Array.from({ length: n }, (_, i) => ({
    entity: i % 3 ? 'work' : 'funding_amount',
    entityId: i % 2 ? i : `2022/province/trung_uong/need/${i}`,
    field: i % 4 ? undefined : 'need',
    action: actions[i % 4]!,
    oldValue: values[i % values.length],
    newValue: values[(i * 7) % values.length],
    communeId: i % 5 ? null : i,
  }));
}

const rows = (ctx: Awaited<ReturnType<typeof context>>) =>
  ctx.sqlite
    .prepare(
      'SELECT at, entity, entity_id, typeof(entity_id), field, action, old_value, typeof(old_value), new_value, typeof(new_value), commune_id, typeof(commune_id), actor FROM audit_log ORDER BY id',
    )
    .raw()
    .all();

describe('audit log: a large batch', () => {
  it('holds the same rows as the same entries written one at a time', async () => {
    const ctx = await context();
    const list = entries(250);
    const at = new Date('2026-12-02T08:00:00Z');
    ctx.sqlite.exec('DELETE FROM audit_log');
    ctx.db.transaction((tx) => recordAudit(tx, list, at));
    const bulk = rows(ctx);
    ctx.sqlite.exec('DELETE FROM audit_log');
    ctx.db.transaction((tx) => list.forEach((e) => recordAudit(tx, [e], at)));
    const single = rows(ctx);
    expect(bulk).toHaveLength(250);
    expect(bulk).toEqual(single);
  });
});
