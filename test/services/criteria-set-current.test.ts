/**
 * A cell edit reads the year's criteria set once per data version and carries it across its own
 * write (electron/services/criteria/common.ts): whatever else changes the set — this connection or
 * another process — the next edit is checked against the set as stored.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, refused, tempContexts } from '../helpers/dispatch';
import { requireSet } from '../../electron/services/criteria/common';

const open = tempContexts();
const YEAR = 2022;

describe('the criteria set read by cell edits', () => {
  it('is kept across an edit and read again after any other write', async () => {
    const ctx = await open();
    const matrix = await call(ctx, 'criteria.matrix', { year: YEAR });
    const row = matrix.rows[0]!;
    const criterionId = matrix.criteria[0]!.id;
    const foreign = { communeId: row.id, criterionId: 987_654, met: true };

    // The edit's own write leaves the set it read current: the same object is handed out after it.
    const before = requireSet(ctx, YEAR);
    await call(ctx, 'criteria.setResults', {
      year: YEAR,
      changes: [{ communeId: row.id, criterionId, met: row.results[0] !== '1' }],
    });
    expect(requireSet(ctx, YEAR)).toBe(before);

    // Another process renames the set: the next edit's message names it as stored.
    const other = new Database(ctx.sqlite.name);
    try {
      other
        .prepare('UPDATE criteria_sets SET name = ? WHERE id = ?')
        .run('Bộ tiêu chí đổi tên ở nơi khác', before.set.id);
    } finally {
      other.close();
    }
    const a = await refused(ctx, 'criteria.setResults', { year: YEAR, changes: [foreign] });
    expect(a.message).toContain('Bộ tiêu chí đổi tên ở nơi khác');

    // An edit in between, then a write through this connection outside the edit path.
    await call(ctx, 'criteria.setResults', {
      year: YEAR,
      changes: [{ communeId: row.id, criterionId, met: row.results[0] === '1' }],
    });
    ctx.sqlite
      .prepare('UPDATE criteria_sets SET name = ? WHERE id = ?')
      .run('Bộ tiêu chí đổi tên lần hai', before.set.id);
    const b = await refused(ctx, 'criteria.setResults', { year: YEAR, changes: [foreign] });
    expect(b.message).toContain('Bộ tiêu chí đổi tên lần hai');
    expect(requireSet(ctx, YEAR)).not.toBe(before);
  });
});
