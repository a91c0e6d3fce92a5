import { describe, it, expect } from 'vitest';
import { call, refused, tempContexts } from '../helpers/dispatch';
import { tempContext } from '../helpers/temp';
import { provinceDataFile } from '../helpers/geo-province';
import { unitsOfProvince } from '../../db/seed/national';
import type { MapView } from '../../shared/models/map';

const open = tempContexts();
const byCode = (v: MapView, code: string) => v.units.find((u) => u.code === code)!;
const legendCount = (v: MapView, key: string) => v.legend.find((l) => l.key === key)!.count;
/** A 2026 NTM recognition of one xã, entered without its criteria results (as an office may). */
const recogniseNtm2026 = (ctx: Awaited<ReturnType<typeof open>>, communeId: number) =>
  call(ctx, 'criteria.recognize', {
    communeId,
    level: 'ntm',
    year: 2026,
    decisionNo: '15/QĐ-UBND',
    decisionDate: '2026-06-30',
    issuer: 'UBND thành phố',
    exceptionReason: 'Kết quả tiêu chí chưa nhập vào ứng dụng',
  });

describe('map service', () => {
  it('draws every unit of the province file and counts each colour in the legend (2022 through the successions)', async () => {
    const ctx = await open();
    const v = await call(ctx, 'map.province', { year: 2022 });
    expect(v.provinceCode).toBe('92');
    expect(v.hasGeometry).toBe(true);
    expect(v.units.filter((u) => u.drawn)).toHaveLength(unitsOfProvince('92').length);
    // The boundaries come once, apart from the figures: one path per unit of the file, the same object every time.
    const shapes = await call(ctx, 'map.shapes', { provinceCode: '92' });
    expect(shapes.shapes.map((x) => x.code)).toEqual(v.units.filter((u) => u.drawn).map((u) => u.code));
    expect(shapes.shapes.every((x) => /^M[\d.,]+(L[\d.,]+)+Z/.test(x.d))).toBe(true);
    expect(shapes.width).toBe(1000);
    expect(shapes.height).toBeGreaterThan(0);
    expect(new Set(v.units.map((u) => u.code))).toEqual(new Set(unitsOfProvince('92').map((u) => u.code)));
    // The demo holds all 103 units of the new Cần Thơ (the 28 of former Hậu Giang with their history).
    expect(v.units.filter((u) => u.unitId !== null)).toHaveLength(103);
    expect(v.legend.reduce((s, l) => s + l.count, 0)).toBe(v.units.length);
    for (const l of v.legend) expect(v.units.filter((u) => u.category === l.key)).toHaveLength(l.count);
    expect(legendCount(v, 'absent')).toBe(0);
    expect(legendCount(v, 'outside')).toBe(31);

    // xã Hỏa Lựu (31338) took in Hỏa Lựu, Tân Tiến and Hỏa Tiến, all NTM by 2022 (Hỏa Tiến nâng cao).
    const hoaLuu = byCode(v, '31338');
    expect(hoaLuu).toMatchObject({ name: 'xã Hỏa Lựu', category: 'ntm', inherited: true });
    expect(hoaLuu.figure).toBe('3/3 xã cũ đạt chuẩn NTM, mức chung: NTM');
    expect(hoaLuu.detail).toBe('theo 3 xã cũ: Hỏa Lựu, Tân Tiến, Hỏa Tiến');
    expect(byCode(v, '31321')).toMatchObject({ name: 'phường Vị Thanh', category: 'outside' });
    expect(v.notes[0]).toContain('kết quả của xã cũ được tính cho đơn vị mới đã nhận xã đó');
    expect(v.subtitle).toContain('số liệu của xã cũ tính cho đơn vị mới');

    const criteria = await call(ctx, 'map.province', { year: 2022, metric: 'criteria' });
    expect(criteria.legendTitle).toBe('Số tiêu chí đạt (bộ 19 tiêu chí)');
    expect(byCode(criteria, '31338').figure).toBe('bình quân 19,0 tiêu chí');
    // The 51 xã formed from old Cần Thơ and Sóc Trăng have no 2022 data in the demo.
    expect(legendCount(criteria, 'nodata')).toBe(51);
  });

  it('after 1/7/2025 a new unit carries its own results: none is «chưa có số liệu», a recognition colours it', async () => {
    const ctx = await open();
    let v = await call(ctx, 'map.province', { year: 2026, metric: 'criteria' });
    expect(legendCount(v, 'nodata')).toBe(72);
    expect(v.units.some((u) => u.inherited)).toBe(false);
    expect(byCode(v, '31338').figure).toBe('chưa có kết quả tiêu chí');
    const hoaLuu = byCode(v, '31338').unitId!;
    await recogniseNtm2026(ctx, hoaLuu);
    v = await call(ctx, 'map.province', { year: 2026 });
    expect(byCode(v, '31338')).toMatchObject({ category: 'ntm', figure: 'Đạt chuẩn NTM (năm 2026)', inherited: false });
    expect(v.legend.find((l) => l.key === 'partial')).toBeUndefined();

    const shares = await call(ctx, 'map.province', { year: 2026, metric: 'indicators' });
    expect(legendCount(shares, 'nodata')).toBe(72);
    expect(shares.notes).toContain('Chưa có kết quả chỉ tiêu của năm 2026.');
    const old = await call(ctx, 'map.province', { year: 2022, metric: 'indicators' });
    expect(old.notes.some((n) => n.includes('áp dụng từ năm 2026'))).toBe(true);
  });

  it('without any recognition recorded, says «chưa có số liệu» for the level held (map and Tổng quan) instead of «chưa đạt»', async () => {
    const ctx = await open();
    ctx.sqlite.exec('DELETE FROM recognitions');
    const v = await call(ctx, 'map.province', { year: 2022 });
    const xa = v.units.filter((u) => u.drawn && u.category !== 'outside');
    expect(xa.length).toBeGreaterThan(0);
    expect(xa.every((u) => u.category === 'nodata' && u.figure === 'chưa có số liệu')).toBe(true);
    expect(v.notes.some((n) => n.startsWith('Chưa nhập quyết định công nhận xã đạt chuẩn nào'))).toBe(true);
    expect((await call(ctx, 'overview.year', { year: 2022 })).recognitionsRecorded).toBe(false);

    const hoaLuu = byCode(await call(ctx, 'map.province', { year: 2026 }), '31338').unitId!;
    await recogniseNtm2026(ctx, hoaLuu);
    const after = await call(ctx, 'map.province', { year: 2026 });
    expect(byCode(after, '31338').category).toBe('ntm');
    expect(after.units.some((u) => u.category === 'none')).toBe(true);
    expect((await call(ctx, 'overview.year', { year: 2026 })).recognitionsRecorded).toBe(true);
  });

  it("colours each xã by the share of the new set's indicators it meets, judged against its group's thresholds", async () => {
    const ctx = await open();
    const set = (await call(ctx, 'criteria.sets', {})).find((s) => s.code === 'QD51-NTM')!;
    const detail = await call(ctx, 'criteria.setDetail', { setId: set.id });
    const criterion = (no: number) => detail.criteria.find((c) => c.no === no)!.id;
    // A hand-made set of four indicators: a percent (not applicable to nhóm 3), a yes/no, a count (≤) and a grade.
    const indicator = async (
      criterionNo: number,
      code: string,
      valueKind: 'number' | 'percent' | 'yesno' | 'grade',
      comparator: '>=' | '<=' | 'dat',
      thresholds: (string | null)[],
      grades = '',
    ) => {
      const { id } = await call(ctx, 'criteriaSets.saveIndicator', {
        id: null,
        criterionId: criterion(criterionNo),
        code,
        name: `Chỉ tiêu thử ${code}`,
        unit: valueKind === 'percent' ? '%' : '',
        comparator,
        valueKind,
        grades,
      });
      for (const [k, value] of thresholds.entries()) {
        await call(ctx, 'criteriaSets.saveThreshold', {
          indicatorId: id,
          key: `nhom${k + 1}`,
          value: value ?? '',
          notApplicable: value === null,
          verified: true,
          source: 'kiểm thử',
        });
      }
      return id;
    };
    const i11 = await indicator(1, '1.1', 'percent', '>=', ['90', '80', null]);
    const i12 = await indicator(1, '1.2', 'yesno', 'dat', ['Đạt', 'Đạt', 'Đạt']);
    const i21 = await indicator(2, '2.1', 'number', '<=', ['3', '5', '5']);
    const i31 = await indicator(3, '3.1', 'grade', '>=', ['Khá', 'Khá', 'Khá'], 'Tốt;Khá;Trung bình');

    const before = await call(ctx, 'map.province', { year: 2026, metric: 'indicators' });
    const xa = before.units.filter((u) => u.unitId && u.category === 'nodata').slice(0, 5);
    expect(xa).toHaveLength(5);
    const [a, b, c, d, e] = xa.map((u) => u.unitId!) as [number, number, number, number, number];
    await call(ctx, 'communeGroups.save', {
      year: 2026,
      validFrom: '2026-02-15',
      decision: '12/QĐ-UBND',
      changes: [
        { communeId: a, groupNo: 1 },
        { communeId: b, groupNo: 3 },
        { communeId: c, groupNo: 1 },
        { communeId: e, groupNo: 2 },
      ],
    });
    const values = (communeId: number, v: [string, string, string, string]) =>
      [i11, i12, i21, i31]
        .map((indicatorId, k) => ({ communeId, indicatorId, value: v[k]! }))
        .filter((x) => x.value !== '');
    await call(ctx, 'indicators.setValues', {
      year: 2026,
      changes: [
        // A (nhóm 1): 95 ≥ 90, Đạt, 4 > 3, grade not entered → 2 of 4, one without a value.
        ...values(a, ['95', 'Đạt', '4', '']),
        // B (nhóm 3): 1.1 not applicable; Đạt, 5 ≤ 5, Tốt ≥ Khá → 3 of 3.
        ...values(b, ['60', 'Đạt', '5', 'Tốt']),
        // D has values but no group: its thresholds are unknown.
        ...values(d, ['99', 'Đạt', '1', 'Tốt']),
        // E (nhóm 2): nothing met → a measured 0%, not «chưa có số liệu».
        ...values(e, ['70', 'Không', '9', 'Trung bình']),
      ],
    });

    const v = await call(ctx, 'map.province', { year: 2026, metric: 'indicators' });
    const unit = (id: number) => v.units.find((u) => u.unitId === id)!;
    expect(unit(a)).toMatchObject({ category: 's2', figure: '2/4 chỉ tiêu đạt (50%); 1 chỉ tiêu chưa có số liệu' });
    expect(unit(b)).toMatchObject({ category: 's4', figure: '3/3 chỉ tiêu đạt (100%)' });
    expect(unit(c)).toMatchObject({ category: 'nodata', figure: 'chưa có số liệu chỉ tiêu' });
    expect(unit(d)).toMatchObject({ category: 'nodata', figure: 'chưa xếp nhóm xã, chưa tính được tỉ lệ chỉ tiêu' });
    expect(unit(e)).toMatchObject({ category: 's1', figure: '0/4 chỉ tiêu đạt (0%)' });
    expect(legendCount(v, 'nodata')).toBe(legendCount(before, 'nodata') - 3);
    for (const l of v.legend) expect(v.units.filter((u) => u.drawn && u.category === l.key)).toHaveLength(l.count);
    expect(v.notes.some((n) => n.startsWith('Tỉ lệ chỉ tiêu đạt = số chỉ tiêu đạt ngưỡng của nhóm xã'))).toBe(true);
    expect(v.notes).toContain(
      '1 xã có giá trị chỉ tiêu năm 2026 nhưng chưa được xếp nhóm xã (hoặc chưa có ngưỡng) nên chưa tính được tỉ lệ.',
    );
    // The same judgement as the criteria grid: B's criterion 2 is met there too, A's is not.
    const m = await call(ctx, 'criteria.matrix', { year: 2026 });
    const col = m.criteria.findIndex((k) => k.id === criterion(2));
    expect(m.rows.find((r) => r.id === b)!.results[col]).toBe('1');
    expect(m.rows.find((r) => r.id === a)!.results[col]).toBe('0');
    // The card says the same.
    expect((await call(ctx, 'map.commune', { unitId: b, year: 2026 })).records[0]!.indicators).toBe(
      '3/3 chỉ tiêu đạt (100%)',
    );
    expect((await call(ctx, 'map.commune', { unitId: c, year: 2026 })).records[0]!.indicators).toBe(
      'chưa có số liệu chỉ tiêu',
    );
    // Moving A to nhóm 2 (≤ 5, ≥ 80) turns 2.1 met: the thresholds follow the group.
    await call(ctx, 'communeGroups.save', {
      year: 2026,
      validFrom: '2026-06-01',
      decision: '30/QĐ-UBND',
      changes: [{ communeId: a, groupNo: 2 }],
    });
    const after = await call(ctx, 'map.province', { year: 2026, metric: 'indicators' });
    expect(after.units.find((u) => u.unitId === a)!.figure).toBe('3/4 chỉ tiêu đạt (75%); 1 chỉ tiêu chưa có số liệu');
  });

  it('OCOP products and funding are summed on the unit that absorbed their commune; what has no commune is said', async () => {
    const ctx = await open();
    const ocop = await call(ctx, 'map.province', { year: 2022, layer: 'ocop' });
    expect(legendCount(ocop, 'o1')).toBe(1);
    const withProduct = ocop.units.find((u) => u.category === 'o1')!;
    expect(withProduct.inherited).toBe(true);
    expect(withProduct.detail).toMatch(/^ghi tại xã cũ: /);
    expect(ocop.notes.some((n) => n.includes('chưa ghi xã, phường'))).toBe(true);
    // Phường are in scope for OCOP: a measured zero, not «ngoài phạm vi».
    expect(byCode(ocop, '31321').category).toBe('o0');

    const need = await call(ctx, 'map.province', { year: 2022, layer: 'funding', stage: 'need' });
    const placed = need.units.filter((u) => u.unitId && u.category !== 'nodata');
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every((u) => u.figure.endsWith('triệu đồng'))).toBe(true);
    expect(need.notes.some((n) => n.startsWith('6.259.605 triệu đồng nhu cầu năm 2022 ghi ở cấp tỉnh'))).toBe(true);
    // Allocations of the demo exist only province-wide: every unit says so instead of showing 0.
    const allocated = await call(ctx, 'map.province', { year: 2022, layer: 'funding', stage: 'allocated' });
    expect(
      allocated.units.filter((u) => u.unitId).every((u) => u.category === 'nodata' && u.figure === 'chưa có số liệu'),
    ).toBe(true);
  });

  it('the card shows the former communes with their criteria, inherited recognitions and products', async () => {
    const ctx = await open();
    const v = await call(ctx, 'map.province', { year: 2022 });
    const card = await call(ctx, 'map.commune', { unitId: byCode(v, '31338').unitId!, year: 2022 });
    expect(card.name).toBe('xã Hỏa Lựu');
    expect(card.records.map((r) => r.label)).toEqual([
      'xã Hỏa Lựu (thành phố Vị Thanh)',
      'xã Tân Tiến (thành phố Vị Thanh)',
      'xã Hỏa Tiến (thành phố Vị Thanh)',
    ]);
    expect(card.records.every((r) => r.inherited && r.criteriaMet === 19 && r.criteria.length === 19)).toBe(true);
    expect(card.predecessors.map((p) => `${p.label} (${p.districtLabel})`)).toEqual([
      'xã Hỏa Lựu (thành phố Vị Thanh)',
      'xã Tân Tiến (thành phố Vị Thanh)',
      'xã Hỏa Tiến (thành phố Vị Thanh)',
    ]);
    expect(card.predecessors[0]!.decision).toBe('NQ 1668/NQ-UBTVQH15');
    expect(card.recognitions.length).toBeGreaterThanOrEqual(3);
    expect(card.recognitions.every((r) => r.inherited)).toBe(true);
    expect(card.funding.allocated).toBeNull();
    expect(card.records.every((r) => r.indicators === null)).toBe(true);

    // A phường that took in a former xã: outside NTM scope today, its former xã's results still on the card.
    const viTan = await call(ctx, 'map.commune', { unitId: byCode(v, '31333').unitId!, year: 2022 });
    expect(viTan.inNtmScope).toBe(false);
    expect(viTan.records.map((r) => r.label)).toEqual(['xã Vị Tân (thành phố Vị Thanh)']);

    const ocop = await call(ctx, 'map.province', { year: 2022, layer: 'ocop' });
    const productCard = await call(ctx, 'map.commune', {
      unitId: ocop.units.find((u) => u.category === 'o1')!.unitId!,
      year: 2022,
    });
    expect(productCard.products.some((p) => p.stars !== null && p.status === 'còn hiệu lực')).toBe(true);

    expect((await refused(ctx, 'map.commune', { unitId: 999_999, year: 2022 })).message).toBe(
      'Không tìm thấy đơn vị cấp xã này trong dữ liệu.',
    );
    expect((await refused(ctx, 'map.province', { year: 2022, layer: 'roads' as never })).message).toContain(
      'Lớp bản đồ không hợp lệ',
    );
  });

  it('a province without a boundary file gets the figures and a plain message, no shapes', async () => {
    const ctx = await open();
    ctx.sqlite.prepare("UPDATE admin_units SET code = '99' WHERE level = 'province' AND code = '92'").run();
    const v = await call(ctx, 'map.province', { year: 2022 });
    expect(v.hasGeometry).toBe(false);
    expect(v.message).toBe(
      'Chưa có bản đồ ranh giới cho thành phố Cần Thơ (mã 99): Tổng quan chỉ hiện các bảng số liệu.',
    );
    expect(v.units).toHaveLength(103);
    expect(v.units.every((u) => !u.drawn)).toBe(true);
    expect((await refused(ctx, 'map.shapes', { provinceCode: '99' })).message).toBe(
      'Chưa có bản đồ ranh giới cho mã tỉnh, thành phố 99.',
    );
    expect(v.legend.reduce((s, l) => s + l.count, 0)).toBe(103);
    expect(v.legend.find((l) => l.key === 'absent')).toBeUndefined();
  });

  it('draws another province from its own data file, đặc khu outside NTM scope', async () => {
    const file = await provinceDataFile('91');
    const ctx = await tempContext(file.dataDir);
    try {
      const v = await call(ctx, 'map.province', { year: 2026, metric: 'criteria' });
      expect(v.provinceName).toBe('tỉnh An Giang');
      expect(v.units).toHaveLength(file.units);
      expect(v.units.every((u) => u.drawn && u.unitId)).toBe(true);
      expect(legendCount(v, 'absent')).toBe(0);
      expect(legendCount(v, 'outside')).toBe(file.units - file.xa);
      const dacKhu = v.units.find((u) => u.name.startsWith('đặc khu'))!;
      expect(dacKhu.category).toBe('outside');
    } finally {
      ctx.close();
    }
  });
});
