import { describe, it, expect } from 'vitest';
import { call, refused, tempContexts } from '../helpers/dispatch';
import { criteriaPlanData, criteriaReportData } from '../../electron/services/criteria';
import type { ServiceContext } from '../../electron/services/context';
import type { CriteriaMatrix, MatrixRow } from '../../shared/models/criteria';
import type { InputOf } from '../../shared/api/contract';

const ctxOf = tempContexts();

const rowOf = (m: CriteriaMatrix, name: string): MatrixRow => {
  const hits = m.rows.filter((r) => r.name === name);
  if (hits.length !== 1) throw new Error(`${hits.length} rows named ${name}`);
  return hits[0]!;
};
const criterion = (m: CriteriaMatrix, no: number) => m.criteria.find((c) => c.no === no)!;
const count = (ctx: ServiceContext, sql: string) => (ctx.sqlite.prepare(sql).get() as { n: number }).n;

describe('criteria matrix', () => {
  it('shows every commune of 2022 with the 19 criteria of QĐ 318 and the derived columns', async () => {
    const ctx = await ctxOf();
    const m = await call(ctx, 'criteria.matrix', { year: 2022 });
    expect(m.set?.code).toBe('QD318-NTM');
    expect(m.criteria.map((c) => c.no)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(m.rows).toHaveLength(51);
    expect(m.sampleData).toBe(true);
    const phuHuu = rowOf(m, 'Phú Hữu');
    expect(phuHuu).toMatchObject({
      results: '1'.repeat(19),
      met: 19,
      level: 'ntm',
      levelYear: 2022,
      decisionNo: 'Mẫu-151/QĐ-UBND',
      atRisk: false,
    });
    expect(m.districts.find((d) => d.id === phuHuu.districtId)?.fullName).toBe('huyện Châu Thành');
    expect(m.districts).toHaveLength(8);
    const tanLong = rowOf(m, 'Tân Long');
    expect(tanLong.met).toBe(14);
    expect(tanLong.level).toBeNull();
    // Unmet in 2022: 2, 5, 10, 13, 17.
    expect([...tanLong.results].map((ch, i) => (ch === '0' ? i + 1 : 0)).filter(Boolean)).toEqual([2, 5, 10, 13, 17]);
    expect(rowOf(m, 'Thạnh Xuân').level).toBe('kieu_mau');
    // Communes come grouped by district-level unit, in the province's order.
    const order = new Map(m.districts.map((d) => [d.id, d.order]));
    const orders = m.rows.map((r) => order.get(r.districtId!)!);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  it('saves one cell with its audit, flags a recognised commune below 19/19, and undoes it', async () => {
    const ctx = await ctxOf();
    const m = await call(ctx, 'criteria.matrix', { year: 2022 });
    const phuHuu = rowOf(m, 'Phú Hữu');
    const truongHoc = criterion(m, 5);
    const edit = await call(ctx, 'criteria.setResults', {
      year: 2022,
      changes: [{ communeId: phuHuu.id, criterionId: truongHoc.id, met: false }],
    });
    expect(edit.changed).toBe(1);
    expect(edit.rows).toHaveLength(1);
    expect(edit.rows[0]).toMatchObject({ id: phuHuu.id, met: 18, atRisk: true, level: 'ntm' });
    expect(edit.rows[0]!.results[4]).toBe('0');

    const figures = await call(ctx, 'criteria.figures', { year: 2022 });
    expect(figures.atRisk).toEqual([
      { communeId: phuHuu.id, communeLabel: 'Phú Hữu (huyện Châu Thành)', level: 'ntm', met: 18, required: 19 },
    ]);

    const history = await call(ctx, 'criteria.history', { communeId: phuHuu.id });
    expect(history[0]).toMatchObject({
      what: 'Năm 2022 — tiêu chí 5. Trường học',
      oldValue: 'Đạt',
      newValue: 'Chưa đạt',
      at: '2022-07-11T08:00:00.000Z',
    });

    // The undo is itself a saved, audited change.
    const undo = await call(ctx, 'criteria.setResults', {
      year: 2022,
      changes: [{ communeId: phuHuu.id, criterionId: truongHoc.id, met: true }],
    });
    expect(undo.rows[0]).toMatchObject({ met: 19, atRisk: false });
    const after = await call(ctx, 'criteria.history', { communeId: phuHuu.id });
    expect(after.slice(0, 2).map((h) => `${h.oldValue}→${h.newValue}`)).toEqual(['Chưa đạt→Đạt', 'Đạt→Chưa đạt']);
    // A value equal to the stored one changes and audits nothing.
    const same = await call(ctx, 'criteria.setResults', {
      year: 2022,
      changes: [{ communeId: phuHuu.id, criterionId: truongHoc.id, met: true }],
    });
    expect(same.changed).toBe(0);
    expect(count(ctx, "SELECT count(*) n FROM audit_log WHERE entity = 'criterion_result'")).toBe(2);
  });

  it('removes a first entry on undo (met: null) and records it', async () => {
    const ctx = await ctxOf();
    const m = await call(ctx, 'criteria.matrix', { year: 2023 });
    expect(m.rows.every((r) => r.results === '-'.repeat(19))).toBe(true);
    const r = m.rows[0]!;
    const c = criterion(m, 1);
    await call(ctx, 'criteria.setResults', {
      year: 2023,
      changes: [{ communeId: r.id, criterionId: c.id, met: true }],
    });
    const removed = await call(ctx, 'criteria.setResults', {
      year: 2023,
      changes: [{ communeId: r.id, criterionId: c.id, met: null }],
    });
    expect(removed.rows[0]!.results).toBe('-'.repeat(19));
    expect(count(ctx, 'SELECT count(*) n FROM criterion_results WHERE year = 2023')).toBe(0);
    const actions = ctx.sqlite
      .prepare("SELECT action FROM audit_log WHERE entity = 'criterion_result' ORDER BY id")
      .all();
    expect(actions).toEqual([{ action: 'insert' }, { action: 'delete' }]);
  });

  it('refuses a batch naming a commune or criterion outside the year, writing nothing', async () => {
    const ctx = await ctxOf();
    const m = await call(ctx, 'criteria.matrix', { year: 2022 });
    const m26 = await call(ctx, 'criteria.matrix', { year: 2026 });
    const ok = { communeId: m.rows[0]!.id, criterionId: criterion(m, 1).id, met: false };
    const before = count(ctx, 'SELECT count(*) n FROM audit_log');
    const wrongSet = await refused(ctx, 'criteria.setResults', {
      year: 2022,
      changes: [ok, { communeId: m.rows[1]!.id, criterionId: m26.criteria[0]!.id, met: true }],
    });
    expect(wrongSet.message).toMatch(/không thuộc Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025/);
    const wrongCommune = await refused(ctx, 'criteria.setResults', {
      year: 2022,
      changes: [ok, { communeId: m26.rows[0]!.id, criterionId: criterion(m, 1).id, met: true }],
    });
    expect(wrongCommune.code).toBe('NOT_FOUND');
    const twice = await refused(ctx, 'criteria.setResults', { year: 2022, changes: [ok, { ...ok, met: true }] });
    expect(twice.message).toMatch(/một ô được sửa hai lần/);
    expect(await refused(ctx, 'criteria.setResults', { year: 2022, changes: [] })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(count(ctx, 'SELECT count(*) n FROM audit_log')).toBe(before);
    expect((await call(ctx, 'criteria.matrix', { year: 2022 })).rows[0]).toEqual(m.rows[0]);
  });

  it('works for the 2026 set of QĐ 51 with its 10 criteria', async () => {
    const ctx = await ctxOf();
    const m = await call(ctx, 'criteria.matrix', { year: 2026 });
    expect(m.set?.code).toBe('QD51-NTM');
    expect(m.criteria).toHaveLength(10);
    expect(m.rows.length).toBeGreaterThan(0);
    const target = m.rows[0]!;
    const changes = m.criteria.map((c, i) => ({ communeId: target.id, criterionId: c.id, met: i < 9 }));
    const saved = await call(ctx, 'criteria.setResults', { year: 2026, changes });
    expect(saved.rows[0]).toMatchObject({ results: '1111111110', met: 9 });
    const f = await call(ctx, 'criteria.figures', { year: 2026 });
    expect(f.set?.requiredCount).toBe(10);
    expect(f.province.bands).toEqual([
      { label: '10 tiêu chí', count: 0 },
      { label: '5–9 tiêu chí', count: 1 },
      { label: 'Dưới 5 tiêu chí', count: 0 },
    ]);
    expect(f.province.minCriteria).toBe(9);
  });
});

describe('province figures', () => {
  it('reproduces the 2022 plan from the default data', async () => {
    const ctx = await ctxOf();
    const f = await call(ctx, 'criteria.figures', { year: 2022 });
    expect(f.province).toMatchObject({
      communeTotal: 51,
      ntm: 38,
      ntmPercent: '74,5%',
      newNtm: 3,
      nangCao: 9,
      newNangCao: 4,
      kieuMau: 1,
      newKieuMau: 1,
      avgCriteria: '18,2',
      minCriteria: 14,
    });
    expect(f.province.bands.map((b) => [b.label, b.count])).toEqual([
      ['19 tiêu chí', 38],
      ['15–18 tiêu chí', 12],
      ['10–14 tiêu chí', 1],
      ['5–9 tiêu chí', 0],
      ['Dưới 5 tiêu chí', 0],
    ]);
    expect(f.byDistrict).toHaveLength(8);
    expect(f.byDistrict.reduce((s, d) => s + d.figures.communeTotal, 0)).toBe(51);
    expect(f.byDistrict.reduce((s, d) => s + d.figures.ntm, 0)).toBe(38);
    const phungHiep = f.byDistrict.find((d) => d.name === 'huyện Phụng Hiệp')!;
    expect(phungHiep.figures).toMatchObject({ communeTotal: 12, minCriteria: 14 });
    expect(
      f.projections.map((p) => [
        p.level,
        p.baseline,
        p.official,
        p.projected,
        p.projectedPercent,
        p.projectedWithStretch,
        p.stated,
      ]),
    ).toEqual([
      ['ntm', 35, 3, 38, '74,5%', 40, 38],
      ['nang_cao', 5, 4, 9, '17,6%', 12, 9],
      ['kieu_mau', 0, 1, 1, '2%', 2, null],
    ]);
    expect(f.avgCriteriaTarget).toBe('18,2');
    expect(f.minCriteriaTarget).toBe(14);
    expect(f.atRisk).toEqual([]);
    const f21 = await call(ctx, 'criteria.figures', { year: 2021 });
    expect(f21.province).toMatchObject({ ntm: 35, nangCao: 5, kieuMau: 0, avgCriteria: '17,9', minCriteria: 12 });
  });
});

describe('recognitions', () => {
  it('records a recognition and a revocation, and the figures follow', async () => {
    const ctx = await ctxOf();
    const m = await call(ctx, 'criteria.matrix', { year: 2022 });
    const phuTan = rowOf(m, 'Phú Tân');
    // Phú Tân has 18/19 in 2022: refused unless recorded as an exception with its reason.
    const input = {
      communeId: phuTan.id,
      level: 'ntm' as const,
      year: 2022,
      decisionNo: '2140/QĐ-UBND',
      decisionDate: '2022-12-28',
      issuer: 'UBND tỉnh Hậu Giang',
    };
    expect((await refused(ctx, 'criteria.recognize', input)).message).toContain(
      '17. Môi trường và an toàn thực phẩm (chưa đạt)',
    );
    const rec = await call(ctx, 'criteria.recognize', {
      ...input,
      exceptionReason: 'Quyết định đã ban hành trước khi nhập kết quả',
    });
    expect(rec).toMatchObject({
      communeLabel: 'Phú Tân (huyện Châu Thành)',
      level: 'ntm',
      source: 'user',
      exceptionUnmet: '17. Môi trường và an toàn thực phẩm (chưa đạt)',
    });
    // Recognised as an exception, so now at risk.
    let f = await call(ctx, 'criteria.figures', { year: 2022 });
    expect(f.province.ntm).toBe(39);
    expect(f.atRisk.map((a) => a.communeLabel)).toEqual(['Phú Tân (huyện Châu Thành)']);

    const dup = await refused(ctx, 'criteria.recognize', {
      communeId: phuTan.id,
      level: 'ntm',
      year: 2022,
      decisionNo: '1/QĐ',
      decisionDate: null,
      issuer: 'UBND tỉnh',
    });
    expect(dup).toMatchObject({ code: 'CONFLICT' });
    expect(dup.message).toMatch(/đã được công nhận NTM năm 2022 \(QĐ 2140\/QĐ-UBND\)/);
    // Refused decisions for Vị Bình, which has not met NTM.
    const refusedForViBinh = (d: Pick<InputOf<'criteria.recognize'>, 'level' | 'decisionNo' | 'decisionDate'>) =>
      refused(ctx, 'criteria.recognize', { communeId: rowOf(m, 'Vị Bình').id, year: 2022, issuer: 'UBND tỉnh', ...d });
    const skip = await refusedForViBinh({ level: 'nang_cao', decisionNo: '2/QĐ', decisionDate: null });
    expect(skip.message).toMatch(/chưa đạt NTM nên chưa thể công nhận NTM nâng cao/);
    const wrongYear = await refusedForViBinh({ level: 'ntm', decisionNo: '3/QĐ', decisionDate: '2023-01-02' });
    expect(wrongYear.message).toMatch(/phải thuộc năm công nhận 2022/);
    const badDate = await refusedForViBinh({ level: 'ntm', decisionNo: '3/QĐ', decisionDate: '2022-02-31' });
    expect(badDate.code).toBe('VALIDATION');

    const revoked = await call(ctx, 'criteria.revoke', {
      id: rec.id,
      revokedDate: '2022-12-30',
      revokeDecisionNo: '2200/QĐ-UBND',
      revokeReason: 'Không duy trì tiêu chí 17',
    });
    expect(revoked.revokedDate).toBe('2022-12-30');
    f = await call(ctx, 'criteria.figures', { year: 2022 });
    expect(f.province.ntm).toBe(38);
    expect(f.atRisk).toEqual([]);
    expect(
      await refused(ctx, 'criteria.revoke', {
        id: rec.id,
        revokedDate: '2022-12-31',
        revokeDecisionNo: 'x',
        revokeReason: '',
      }),
    ).toMatchObject({ code: 'CONFLICT' });
    const list = await call(ctx, 'criteria.recognitions', { communeId: phuTan.id });
    expect(list).toHaveLength(1);
    const history = await call(ctx, 'criteria.history', { communeId: phuTan.id });
    expect(history.map((h) => h.what)).toEqual(['Quyết định công nhận (thu hồi)', 'Quyết định công nhận (thêm mới)']);
    expect(history[0]!.newValue).toBe('Thu hồi theo QĐ 2200/QĐ-UBND ngày 30/12/2022 — Không duy trì tiêu chí 17');
  });
});

describe('targets and the data for plans and reports', () => {
  it('sets, replaces and removes a commune target, refusing one already reached', async () => {
    const ctx = await ctxOf();
    const m = await call(ctx, 'criteria.matrix', { year: 2023 });
    const viBinh = rowOf(m, 'Vị Bình');
    const t = await call(ctx, 'criteria.setTarget', {
      communeId: viBinh.id,
      year: 2023,
      level: 'ntm',
      kind: 'official',
      targetCriteria: 19,
      notes: '',
    });
    expect(t).toMatchObject({
      communeLabel: 'Vị Bình (huyện Vị Thủy)',
      baselineCriteria: 18,
      currentCriteria: null,
      kind: 'official',
    });
    const again = await call(ctx, 'criteria.setTarget', {
      communeId: viBinh.id,
      year: 2023,
      level: 'ntm',
      kind: 'stretch',
      targetCriteria: 19,
      notes: 'phấn đấu',
    });
    expect(again.id).toBe(t.id);
    expect(await call(ctx, 'criteria.targets', { year: 2023 })).toHaveLength(1);
    const reached = await refused(ctx, 'criteria.setTarget', {
      communeId: rowOf(m, 'Phú Hữu').id,
      year: 2023,
      level: 'ntm',
      kind: 'official',
      targetCriteria: null,
      notes: '',
    });
    expect(reached.message).toMatch(/Phú Hữu \(huyện Châu Thành\) đã đạt NTM từ năm 2022/);
    const bad = await refused(ctx, 'criteria.setTarget', {
      communeId: viBinh.id,
      year: 2023,
      level: 'ntm',
      kind: 'official',
      targetCriteria: -1,
      notes: '',
    });
    expect(bad.message).toMatch(/Số tiêu chí không được âm/);
    await call(ctx, 'criteria.removeTarget', { id: t.id });
    expect(await call(ctx, 'criteria.targets', { year: 2023 })).toHaveLength(0);
    const history = await call(ctx, 'criteria.history', { communeId: viBinh.id });
    expect(history.map((h) => h.action)).toEqual(['delete', 'update', 'insert']);
    await call(ctx, 'criteria.setProvinceTarget', { year: 2023, key: 'avg_criteria', value: 18.6 });
    expect((await call(ctx, 'criteria.figures', { year: 2023 })).avgCriteriaTarget).toBe('18,6');
  });

  it('gives the documents domain section II and Phụ lục 1 of the 2022 plan', async () => {
    const ctx = await ctxOf();
    const p = criteriaPlanData(ctx, 2022);
    const [ntm, nangCao, kieuMau] = p.levels;
    expect(ntm!.official.map((c) => c.label)).toEqual([
      'Phú Hữu (huyện Châu Thành)',
      'Tân Phú (thị xã Long Mỹ)',
      'Hiệp Hưng (huyện Phụng Hiệp)',
    ]);
    expect(ntm!.stretch.map((c) => c.label)).toEqual(['Phú Tân (huyện Châu Thành)', 'Vị Bình (huyện Vị Thủy)']);
    expect(ntm!.projection).toMatchObject({ baseline: 35, projected: 38, projectedPercent: '74,5%' });
    expect(nangCao!.official.map((c) => c.name)).toEqual(['Long Trị A', 'Thuận Hưng', 'Vị Tân', 'Nhơn Nghĩa A']);
    expect(nangCao!.projection.projected).toBe(9);
    expect(kieuMau!.official.map((c) => c.label)).toEqual(['Thạnh Xuân (huyện Châu Thành A)']);
    expect(kieuMau!.stretch.map((c) => c.label)).toEqual(['Đại Thành (thành phố Ngã Bảy)']);
    expect(p).toMatchObject({ communeTotal: 51, avgCriteriaTarget: '18,2', minCriteriaTarget: 14 });
    expect(p.baseline).toMatchObject({ ntm: 35, nangCao: 5 });
    expect(p.appendix.map((g) => g.districtFullName)).toEqual([
      'thành phố Vị Thanh',
      'thành phố Ngã Bảy',
      'huyện Châu Thành A',
      'huyện Châu Thành',
      'huyện Phụng Hiệp',
      'huyện Vị Thủy',
      'huyện Long Mỹ',
      'thị xã Long Mỹ',
    ]);
    expect(p.appendix.reduce((s, g) => s + g.targets.length, 0)).toBe(14);
    expect(ntm!.official[0]!.baselineCriteria).toBe(18);
  });

  it('gives a report its period: recognitions, cumulative figures, tallies and target progress', async () => {
    const ctx = await ctxOf();
    const mid = criteriaReportData(ctx, 2022, '2022-06-30');
    // The sample 2022 decisions are dated in December.
    expect(mid.recognised).toEqual([]);
    expect(mid.figures).toMatchObject({ ntm: 35, nangCao: 5, kieuMau: 0 });
    const year = criteriaReportData(ctx, 2022, '2022-12-31');
    expect(year.recognised.map((r) => `${r.communeName}:${r.level}`)).toHaveLength(8);
    expect(year.figures).toMatchObject({ ntm: 38, ntmPercent: '74,5%', nangCao: 9, kieuMau: 1, avgCriteria: '18,2' });
    expect(year.previousYearEnd).toMatchObject({ ntm: 35, avgCriteria: '17,9' });
    expect(year.criteria.find((c) => c.no === 17)).toMatchObject({
      name: 'Môi trường và an toàn thực phẩm',
      communesEntered: 51,
    });
    expect(year.criteria.find((c) => c.no === 1)!.communesMet).toBe(51);
    expect(year.targets[0]!.official.every((t) => t.achieved)).toBe(true);
    expect(year.targets[0]!.stretch.map((t) => t.achieved)).toEqual([false, false]);
    expect(() => criteriaReportData(ctx, 2022, '2023-01-01')).toThrow(/phải nằm trong năm 2022/);
  });
});

describe('criteria sets as data', () => {
  it('lists criteria, indicators and flagged thresholds, and edits a threshold with its audit', async () => {
    const ctx = await ctxOf();
    const sets = await call(ctx, 'criteria.sets', {});
    expect(sets.map((s) => s.code)).toEqual(['QD318-NTM', 'QD51-NTM']);
    const d = await call(ctx, 'criteria.setDetail', { setId: sets[0]!.id });
    expect(d.criteria).toHaveLength(19);
    const thresholds = d.criteria.flatMap((c) => c.indicators.flatMap((i) => i.thresholds));
    expect(thresholds.some((t) => !t.verified)).toBe(true);
    const income = d.criteria.find((c) => c.no === 10)!.indicators[0]!;
    const dbscl = income.thresholds.find((t) => t.region === 'DBSCL')!;
    expect(dbscl.verified).toBe(false);
    const saved = await call(ctx, 'criteria.updateThreshold', {
      id: dbscl.id,
      value: '≥ 46',
      verified: true,
      source: 'QĐ tỉnh Hậu Giang',
    });
    expect(saved).toMatchObject({ value: '≥ 46', verified: true });
    const again = await call(ctx, 'criteria.setDetail', { setId: sets[0]!.id });
    expect(
      again.criteria.find((c) => c.no === 10)!.indicators[0]!.thresholds.find((t) => t.region === 'DBSCL'),
    ).toMatchObject({ value: '≥ 46', verified: true });
    expect(count(ctx, "SELECT count(*) n FROM audit_log WHERE entity = 'indicator_threshold'")).toBe(3);
    expect(await refused(ctx, 'criteria.updateThreshold', { id: dbscl.id, value: ' ', verified: false })).toMatchObject(
      { code: 'VALIDATION' },
    );
    const qd51 = await call(ctx, 'criteria.setDetail', { setId: sets[1]!.id });
    expect(qd51.criteria).toHaveLength(10);
  });
});
