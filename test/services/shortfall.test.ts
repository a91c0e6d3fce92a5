/**
 * «Xã cần bổ sung»: the list on a hand-made case, and the fast path (maintained value packs judged
 * as they are read, rows by position) equal to a straightforward recomputation from the tables.
 */
import { describe, it, expect } from 'vitest';
import { call, tempContexts } from '../helpers/dispatch';
import { YEAR, indicatorId, setUp } from '../helpers/qd51';
import { workbookOf } from '../helpers/excel';
import type { ServiceContext } from '../../electron/services/context';
import { shortfallIndicators, type ShortfallCommune, type ShortfallReport } from '../../shared/models/indicators';
import {
  criterionFromIndicators,
  evaluateIndicator,
  groupKey,
  type IndicatorStatus,
} from '../../shared/domain/criteria-eval';
import { recomputedValuePacks, storedValuePacks } from '../../db/repositories/criteria-values';

const ctxOf = tempContexts();

/** A shortfall row as [criterion no, unmet indicator codes] pairs (rows carry positions). */
function unmetOf(r: ShortfallReport, row: ShortfallCommune): [number, string[]][] {
  const flat = shortfallIndicators(r);
  const criterionOfIndicator = r.byCriterion.flatMap((c, kk) => c.indicators.map(() => kk));
  return row.unmet.map((kk) => [
    r.byCriterion[kk]!.no,
    row.unmetIndicators.filter((k) => criterionOfIndicator[k] === kk).map((k) => flat[k]!.code),
  ]);
}

describe('who falls short under the new set', () => {
  it('lists unmet criteria and indicators per commune and counts them by criterion', async () => {
    const ctx = await ctxOf();
    const { detail, communes } = await setUp(ctx);
    const [a, b, c] = communes;
    await call(ctx, 'communeGroups.save', {
      year: YEAR,
      validFrom: '2026-02-15',
      decision: '12/QĐ-UBND',
      changes: [1, 2, 2].map((g, k) => ({ communeId: communes[k]!.communeId, groupNo: g })),
    });
    // Everyone meets everything (95 / Đạt / Tốt / 0 incidents) …
    const all = detail.criteria.flatMap((x) => x.indicators);
    const full = (communeId: number) =>
      all.map((i) => ({
        communeId,
        indicatorId: i.id,
        value: i.code === '1.2' ? 'Đạt' : i.code === '3.1' ? 'Tốt' : i.code === '4.1' ? '0' : '95',
      }));
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [...full(a!.communeId), ...full(b!.communeId), ...full(c!.communeId)],
    });
    // … except: A (group 1) has 85% on 2.1 (needs 90); B has 85% on 2.1 (group 2 needs 80: fine) and «Trung bình» on 3.1.
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [
        { communeId: a!.communeId, indicatorId: indicatorId(detail, '2.1'), value: '85' },
        { communeId: b!.communeId, indicatorId: indicatorId(detail, '2.1'), value: '85' },
        { communeId: b!.communeId, indicatorId: indicatorId(detail, '3.1'), value: 'Trung bình' },
      ],
    });
    const r = await call(ctx, 'indicators.shortfall', { year: YEAR });
    expect(r.communes).toHaveLength(communes.length);
    const rowOf = (id: number) => r.communes.find((x) => x.communeId === id)!;
    expect(unmetOf(r, rowOf(a!.communeId))).toEqual([[2, ['2.1']]]);
    expect(unmetOf(r, rowOf(b!.communeId))).toEqual([[3, ['3.1']]]);
    expect(rowOf(c!.communeId)).toMatchObject({ unmet: [], unmetIndicators: [], unknown: 0, latestYear: YEAR });
    expect(r.complete).toBe(1);
    expect(r.byCriterion.find((x) => x.no === 2)).toMatchObject({
      communes: 1,
      indicators: expect.arrayContaining([{ code: '2.1', name: 'Chỉ tiêu thử 2.1', communes: 1 }]),
    });
    expect(r.byCriterion.find((x) => x.no === 3)!.communes).toBe(1);
    // Communes with no values yet: every criterion unknown, not «chưa đạt».
    expect(rowOf(communes[3]!.communeId)).toMatchObject({ unmet: [], unknown: 10, latestYear: null });
    // 2021–2025 beside it: predecessors' titles for the new units.
    expect(r.communes.some((x) => x.previousNote.length > 0)).toBe(true);
    const xlsx = await call(ctx, 'indicators.exportShortfall', { year: YEAR });
    const wb = await workbookOf(xlsx);
    expect(wb.getWorksheet('Theo tiêu chí')!.getCell(3, 2).value).toBe(1);
    // The export names value and requirement of each unmet indicator.
    const detailed: string[] = [];
    wb.getWorksheet('Xã cần bổ sung')!.eachRow((row) => detailed.push(row.getCell(5).text));
    expect(detailed).toEqual(expect.arrayContaining(['2.1 (85%; cần ≥ 90%)', '3.1 (Trung bình; cần ≥ Khá)']));
  });
});

type Detail = Awaited<ReturnType<typeof setUp>>['detail'];

/**
 * The list as one would compute it by hand: every value of the set's years read row by row (the
 * latest wins), each indicator judged against the threshold of the commune's group, overrides and
 * criterion marks taken as their latest.
 */
function recompute(
  ctx: ServiceContext,
  detail: Detail,
  year: number,
  communeIds: number[],
  groups: Map<number, number | null>,
) {
  const rows = <T>(sql: string) => ctx.sqlite.prepare(sql).all(detail.set.yearFrom, year) as T[];
  const latest = new Map<string, { value: string; year: number }>();
  for (const v of rows<{ c: number; i: number; value: string; y: number }>(
    'SELECT commune_id c, indicator_id i, value, year y FROM indicator_values WHERE year BETWEEN ? AND ? ORDER BY year',
  )) {
    latest.set(`${v.c}:${v.i}`, { value: v.value, year: v.y });
  }
  const override = new Map<string, boolean>();
  for (const o of rows<{ c: number; k: number; met: number }>(
    'SELECT commune_id c, criterion_id k, met FROM criterion_overrides WHERE year BETWEEN ? AND ? ORDER BY year',
  ))
    override.set(`${o.c}:${o.k}`, !!o.met);
  const mark = new Map<string, boolean>();
  for (const m of rows<{ c: number; k: number; met: number }>(
    'SELECT commune_id c, criterion_id k, met FROM criterion_results WHERE year BETWEEN ? AND ? ORDER BY year',
  ))
    mark.set(`${m.c}:${m.k}`, !!m.met);
  const indicatorCount = new Map<string, number>();
  const criterionCount = new Map<number, { communes: number; unknown: number }>();
  let complete = 0;
  const out = communeIds.map((c) => {
    const g = groups.get(c) ?? null;
    const years = detail.criteria.flatMap((k) => k.indicators.map((i) => latest.get(`${c}:${i.id}`)?.year ?? 0));
    const unmet: [number, string[]][] = [];
    const overridden: number[] = [];
    let unknown = 0;
    for (const k of detail.criteria) {
      const statuses: IndicatorStatus[] = [];
      const codes: string[] = [];
      for (const i of k.indicators) {
        const t = g === null ? undefined : i.thresholds.find((x) => x.region === groupKey(g));
        const s = evaluateIndicator(i, t, latest.get(`${c}:${i.id}`)?.value ?? null);
        statuses.push(s);
        if (s === 'unmet') {
          codes.push(i.code);
          indicatorCount.set(i.code, (indicatorCount.get(i.code) ?? 0) + 1);
        }
      }
      const o = override.get(`${c}:${k.id}`);
      const met = o ?? (k.indicators.length ? criterionFromIndicators(statuses) : (mark.get(`${c}:${k.id}`) ?? null));
      const tally = criterionCount.get(k.no) ?? { communes: 0, unknown: 0 };
      criterionCount.set(k.no, tally);
      if (met === false) {
        unmet.push([k.no, codes]);
        tally.communes++;
        if (o !== undefined) overridden.push(k.no);
      } else if (met === null) {
        unknown++;
        tally.unknown++;
      }
    }
    if (!unmet.length && !unknown) complete++;
    return { communeId: c, groupNo: g, latestYear: Math.max(...years) || null, unmet, overridden, unknown };
  });
  return { out, indicatorCount, criterionCount, complete };
}

/** The report's rows in the same plain form. */
function plain(r: ShortfallReport) {
  const overridden = (row: ShortfallCommune) => (row.overridden ?? []).map((kk) => r.byCriterion[kk]!.no);
  return r.communes.map((row) => ({
    communeId: row.communeId,
    groupNo: row.groupNo,
    latestYear: row.latestYear,
    unmet: unmetOf(r, row),
    overridden: overridden(row),
    unknown: row.unknown,
  }));
}

describe('the fast shortfall path', () => {
  it('equals a straightforward recomputation over two years, groups, «không áp dụng», overrides and hand marks', async () => {
    const ctx = await ctxOf();
    const { set, detail: before, communes } = await setUp(ctx);
    // A criterion without indicators: its hand-entered mark counts as it is.
    await call(ctx, 'criteriaSets.saveCriterion', {
      id: null,
      setId: set.id,
      no: 11,
      name: 'Tiêu chí thử không có chỉ tiêu',
    });
    const detail = await call(ctx, 'criteria.setDetail', { setId: set.id });
    expect(before.criteria).toHaveLength(10);
    const ids = communes.map((c) => c.communeId);
    const [a, b, c, d, e] = ids as [number, number, number, number, number];
    // Groups 1, 2, 3; d has none (its thresholds are not known: «chưa có kết quả», never «chưa đạt»).
    await call(ctx, 'communeGroups.save', {
      year: YEAR,
      validFrom: '2026-02-15',
      decision: '12/QĐ-UBND',
      changes: [a, b, c, e].map((id, k) => ({ communeId: id, groupNo: [1, 2, 3, 2][k]! })),
    });
    const all = detail.criteria.flatMap((x) => x.indicators);
    const id = (code: string) => indicatorId(detail, code);
    const good = (code: string) => (code === '1.2' ? 'Đạt' : code === '3.1' ? 'Tốt' : code === '4.1' ? '0' : '95');
    const v = (communeId: number, code: string, value: string) => ({ communeId, indicatorId: id(code), value });
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [
        ...all.map((i) => ({ communeId: a, indicatorId: i.id, value: good(i.code) })),
        ...all
          .filter((i) => i.code.startsWith('1.') || i.code.startsWith('3.'))
          .map((i) => ({ communeId: b, indicatorId: i.id, value: good(i.code) })),
        ...all.map((i) => ({ communeId: c, indicatorId: i.id, value: good(i.code) })),
        ...all.slice(0, 10).map((i) => ({ communeId: d, indicatorId: i.id, value: good(i.code) })),
      ],
    });
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [
        v(a, '2.1', '85'),
        v(b, '3.1', 'Trung bình'),
        v(b, '1.2', 'Không'),
        v(c, '1.1', '10'), // «Không áp dụng» for nhóm 3
        v(c, '2.2', '69,99'),
        v(c, '2.3', '70'), // exactly at the nhóm 3 edge: met
        v(e, '4.1', '5'),
      ],
    });
    // 2027: a's 2.1 improves, its 4.1 worsens (nhóm 1 allows ≤ 3); b gets a decimal value.
    await call(ctx, 'indicators.setValues', {
      year: YEAR + 1,
      changes: [v(a, '2.1', '95'), v(a, '4.1', '4'), v(b, '2.1', '80,5'), v(e, '4.1', '5,5')],
    });
    const c11 = detail.criteria.find((x) => x.no === 11)!;
    await call(ctx, 'criteria.setResults', {
      year: YEAR,
      changes: [
        { communeId: a, criterionId: c11.id, met: true },
        { communeId: b, criterionId: c11.id, met: false },
      ],
    });
    await call(ctx, 'criteria.setResults', {
      year: YEAR + 1,
      changes: [{ communeId: b, criterionId: c11.id, met: true }],
    });
    const c5 = detail.criteria.find((x) => x.no === 5)!;
    const c4 = detail.criteria.find((x) => x.no === 4)!;
    await call(ctx, 'indicators.override', {
      year: YEAR,
      communeId: c,
      criterionId: c5.id,
      met: false,
      reason: 'Đoàn kiểm tra phát hiện sai lệch',
    });
    await call(ctx, 'indicators.override', {
      year: YEAR + 1,
      communeId: a,
      criterionId: c4.id,
      met: true,
      reason: 'Số liệu mới được xác nhận',
    });

    const groups = new Map(
      (await call(ctx, 'communeGroups.list', { year: YEAR + 1 })).map((g) => [g.communeId, g.groupNo]),
    );
    for (const year of [YEAR, YEAR + 1]) {
      const r = await call(ctx, 'indicators.shortfall', { year });
      const want = recompute(
        ctx,
        detail,
        year,
        r.communes.map((x) => x.communeId),
        groups,
      );
      expect(r.communes.map((x) => x.communeId).sort()).toEqual([...groups.keys()].sort());
      expect(plain(r)).toEqual(want.out);
      expect(r.complete).toBe(want.complete);
      expect(r.noGroup).toBe([...groups.values()].filter((g) => g === null).length);
      for (const k of r.byCriterion) {
        expect({ no: k.no, communes: k.communes, unknown: k.unknown }).toEqual({
          no: k.no,
          ...want.criterionCount.get(k.no)!,
        });
        for (const i of k.indicators)
          expect([i.code, i.communes]).toEqual([i.code, want.indicatorCount.get(i.code) ?? 0]);
      }
    }
    // The hand-made facts themselves, so the comparison cannot pass on two equal mistakes.
    const r = await call(ctx, 'indicators.shortfall', { year: YEAR + 1 });
    const row = (x: number) => r.communes.find((y) => y.communeId === x)!;
    expect(unmetOf(r, row(a))).toEqual([]);
    expect(row(a)).toMatchObject({ latestYear: YEAR + 1, unknown: 0 });
    expect(unmetOf(r, row(b))).toEqual([
      [1, ['1.2']],
      [3, ['3.1']],
    ]);
    expect(unmetOf(r, row(c))).toEqual([
      [2, ['2.2']],
      [5, []],
    ]);
    expect(row(c).overridden?.map((kk) => r.byCriterion[kk]!.no)).toEqual([5]);
    expect(unmetOf(r, row(e))).toEqual([[4, ['4.1']]]);
    expect(row(d)).toMatchObject({ groupNo: null, unmet: [], unknown: 11 });
  });

  it('keeps the value packs equal to the values after edits, removals and direct SQL', async () => {
    const ctx = await ctxOf();
    const { detail, communes } = await setUp(ctx);
    const check = () => expect(storedValuePacks(ctx.db)).toEqual(recomputedValuePacks(ctx.db));
    const [a, b] = communes.map((c) => c.communeId) as [number, number];
    const id = (code: string) => indicatorId(detail, code);
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [
        { communeId: a, indicatorId: id('2.1'), value: '85' },
        { communeId: a, indicatorId: id('1.1'), value: '90' },
        { communeId: b, indicatorId: id('2.1'), value: '70' },
      ],
    });
    check();
    expect(storedValuePacks(ctx.db)).toEqual([
      [YEAR, a, `${id('1.1')}=90;${id('2.1')}=85`],
      [YEAR, b, `${id('2.1')}=70`],
    ]);
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [
        { communeId: a, indicatorId: id('2.1'), value: '' },
        { communeId: b, indicatorId: id('2.1'), value: '75' },
      ],
    });
    check();
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [{ communeId: b, indicatorId: id('2.1'), value: '' }],
    });
    check();
    expect(storedValuePacks(ctx.db)).toEqual([[YEAR, a, `${id('1.1')}=90`]]);
    ctx.sqlite.prepare('UPDATE indicator_values SET year = ?, commune_id = ? WHERE commune_id = ?').run(YEAR + 1, b, a);
    check();
    ctx.sqlite.prepare('DELETE FROM indicator_values').run();
    check();
    expect(storedValuePacks(ctx.db)).toEqual([]);
  });
});
