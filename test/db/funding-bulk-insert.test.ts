/**
 * insertWorks and insertWorkFigures write a large batch (an import's 10^4 rows) with a few statements
 * (issue 14): multi-row inserts of works, one statement over a JSON list of figures. What they store
 * must be what the single-row inserts store (every column, types included), ids in input order, and
 * each value in its own column.
 */
import { describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import type { WorkInsert } from '../../db/repositories/funding';
import { insertWorkFigures, insertWorks, type WorkFigureInsert } from '../../db/repositories/funding-insert';
import { fundingAmounts, works } from '../../db/schema';
import { tempEmptyContext } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';
import { thousandVnd } from '../../shared/models/units-of-measure';

const context = closedAfterEach(() => tempEmptyContext());
type Ctx = Awaited<ReturnType<typeof context>>;

const BIG = Number.MAX_SAFE_INTEGER;

/** Two units and two sources to refer to. */
function refs(ctx: Ctx): { communes: number[]; sources: number[] } {
  const unit = ctx.sqlite.prepare("INSERT INTO admin_units (name, kind, level) VALUES (?, 'xa', 'commune')");
  const source = ctx.sqlite.prepare('INSERT INTO funding_sources (code, name, short_name) VALUES (?, ?, ?)');
  return {
    communes: [Number(unit.run('Xã Tân Hòa').lastInsertRowid), Number(unit.run('Xã Vĩnh Viễn A').lastInsertRowid)],
    sources: [
      Number(source.run('tw', 'Trung ương', 'TW').lastInsertRowid),
      Number(source.run('dan', 'Nhân dân', 'Dân').lastInsertRowid),
    ],
  };
}

/** Works with every kind of value a column holds: nulls, defaults, empty strings, unicode, large integers. */
function workRows(n: number, communes: number[]): WorkInsert[] {
  const names = ['Đường trục ấp «Tân Phú» "3"\\ \n\ttab', '', '😀 ký tự ngoài BMP', 'x'.repeat(500), 'Cầu 12'];
  return Array.from({ length: n }, (_, i) => ({
    communeId: i % 7 === 3 ? null : communes[i % communes.length]!,
    name: `${names[i % names.length]}${i % 2 ? i : ''}`,
    criterionNo: i % 4 === 0 ? null : (i % 19) + 1,
    startYear: i % 5 === 0 ? null : 2020 + (i % 7),
    endYear: i % 6 === 0 ? null : 2030 + (i % 3),
    status: i % 3 === 0 ? undefined : (['in_progress', 'done', 'suspended'] as const)[i % 3],
    committedValue: [null, 0, BIG, -BIG, 1_234_567_890_123, undefined].map((v) =>
      typeof v === 'number' ? thousandVnd(v) : v,
    )[i % 6],
    notes: i % 4 === 1 ? undefined : i % 4 === 2 ? '' : `Ghi chú ${i} — «đã duyệt»`,
    source: i % 5 === 2 ? undefined : i % 5 === 3 ? 'sample' : 'user',
    importKey: i % 8 === 5 ? `khóa riêng ${i}` : undefined,
  }));
}

const ALL_WORKS = `SELECT *, typeof(id), typeof(commune_id), typeof(name), typeof(criterion_no), typeof(start_year), typeof(end_year),
  typeof(status), typeof(committed_value), typeof(notes), typeof(source), typeof(import_key) FROM works ORDER BY id`;
const ALL_FIGURES = `SELECT *, typeof(id), typeof(year), typeof(work_id), typeof(unit_id), typeof(source_id), typeof(stage),
  typeof(amount), typeof(as_of), typeof(source) FROM funding_amounts ORDER BY id`;

/** Every table row without its id (the same rows written twice get other ids). */
const withoutIds = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...rest }) => rest);

describe('works and figures: a large batch', () => {
  it('stores the same works as the same rows written one at a time, ids in input order', async () => {
    const ctx = await context();
    const { communes } = refs(ctx);
    const list = workRows(257, communes);
    const bulkIds = ctx.db.transaction((tx) => insertWorks(tx, list));
    const bulk = ctx.sqlite.prepare(ALL_WORKS).all() as Record<string, unknown>[];
    ctx.sqlite.exec('DELETE FROM works');
    const singleIds = ctx.db.transaction((tx) => list.map((w) => insertWorks(tx, [w])[0]!));
    const single = ctx.sqlite.prepare(ALL_WORKS).all() as Record<string, unknown>[];

    expect(bulk).toHaveLength(257);
    expect(withoutIds(bulk)).toEqual(withoutIds(single));
    expect(bulkIds).toEqual(bulk.map((r) => r.id));
    expect(singleIds).toEqual(single.map((r) => r.id));
    expect(new Set(bulk.map((r) => r['typeof(committed_value)']))).toEqual(new Set(['null', 'integer']));

    // Each value in its own column, defaults where a value is missing (read through the schema's mapping).
    const stored = ctx.db.select().from(works).orderBy(asc(works.id)).all();
    expect(stored.map(({ id: _id, ...w }) => w)).toEqual(
      list.map((w) => ({
        communeId: w.communeId ?? null,
        name: w.name,
        criterionNo: w.criterionNo ?? null,
        startYear: w.startYear ?? null,
        endYear: w.endYear ?? null,
        status: w.status ?? 'planned',
        committedValue: w.committedValue ?? null,
        notes: w.notes ?? '',
        source: w.source ?? 'user',
        importKey: w.importKey ?? (w.communeId ? `${w.communeId}|${w.name}` : null),
      })),
    );
  });

  it('gives the ids in input order after other works, and a small batch its ids too', async () => {
    const ctx = await context();
    const { communes } = refs(ctx);
    const first = ctx.db.transaction((tx) => insertWorks(tx, workRows(3, communes)));
    ctx.sqlite.exec(`DELETE FROM works WHERE id = ${first[2]}`);
    const list = workRows(1000, communes).map((w, i) => ({ ...w, name: `Công trình số ${i}` }));
    const ids = ctx.db.transaction((tx) => insertWorks(tx, list));
    expect(ids).toHaveLength(1000);
    const names = new Map(
      (ctx.sqlite.prepare('SELECT id, name FROM works').raw().all() as [number, string][]).map(([id, n]) => [id, n]),
    );
    expect(ids.map((id) => names.get(id))).toEqual(list.map((w) => w.name));
    // AUTOINCREMENT: never an id used before, even one deleted.
    expect(Math.min(...ids)).toBeGreaterThan(first[2]!);
  });

  it('stores the same figures as the same rows written one at a time', async () => {
    const ctx = await context();
    const { communes, sources } = refs(ctx);
    const workIds = ctx.db.transaction((tx) => insertWorks(tx, workRows(40, communes)));
    const stages = ['need', 'allocated', 'disbursed'] as const;
    const list: WorkFigureInsert[] = Array.from({ length: 301 }, (_, i) => {
      const stage = stages[i % 3]!;
      return {
        year: 2020 + (i % 9),
        workId: workIds[(i * 13) % workIds.length]!,
        sourceId: sources[i % 2]!,
        stage,
        amount: [0, 1, BIG, -BIG, 123_456_789, -7][i % 6]!,
        asOf: stage === 'disbursed' && i % 2 ? `2026-0${1 + (i % 9)}-15` : null,
      };
    });
    ctx.db.transaction((tx) => insertWorkFigures(tx, list));
    const bulk = ctx.sqlite.prepare(ALL_FIGURES).all() as Record<string, unknown>[];
    ctx.sqlite.exec('DELETE FROM funding_amounts');
    ctx.db.transaction((tx) => list.forEach((f) => insertWorkFigures(tx, [f])));
    const single = ctx.sqlite.prepare(ALL_FIGURES).all() as Record<string, unknown>[];

    expect(bulk).toHaveLength(301);
    expect(withoutIds(bulk)).toEqual(withoutIds(single));
    expect(new Set(bulk.map((r) => r['typeof(amount)']))).toEqual(new Set(['integer']));

    const stored = ctx.db.select().from(fundingAmounts).orderBy(asc(fundingAmounts.id)).all();
    expect(stored.map(({ id: _id, ...f }) => f)).toEqual(list.map((f) => ({ ...f, unitId: null, source: 'user' })));
  });
});
