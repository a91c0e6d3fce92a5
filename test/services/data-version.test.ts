import { describe, it, expect } from 'vitest';
import { call, tempContexts } from '../helpers/dispatch';

const open = tempContexts();

/** The renderer keeps a visited section while this value stays the same (renderer/components/KeptPages.tsx). */
describe('overview.dataVersion', () => {
  it('stays the same across the reads of every section and moves with any write', async () => {
    const ctx = await open();
    const v0 = await call(ctx, 'overview.dataVersion', {});
    await call(ctx, 'overview.year', { year: 2022 });
    const matrix = await call(ctx, 'criteria.matrix', { year: 2022 });
    await call(ctx, 'funding.overview', { year: 2022 });
    await call(ctx, 'units.list', { year: 2022 });
    await call(ctx, 'ocop.meta', {});
    await call(ctx, 'documents.list', {});
    expect(await call(ctx, 'overview.dataVersion', {})).toBe(v0);

    const row = matrix.rows[0]!;
    const criterionId = matrix.criteria[0]!.id;
    const was = row.results[0] === '1';
    await call(ctx, 'criteria.setResults', { year: 2022, changes: [{ communeId: row.id, criterionId, met: !was }] });
    const v1 = await call(ctx, 'overview.dataVersion', {});
    expect(v1).not.toBe(v0);
    expect(await call(ctx, 'overview.dataVersion', {})).toBe(v1);
  });
});
