import { describe, it, expect } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { annexInvestmentNeeds, fundingPlanData, fundingReportData } from '../../electron/services/funding';
import { yearRollup } from '../../electron/services/funding/data';
import { tempContext } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';
import { DEFAULT_SOURCE_CODES } from '../helpers/funding';
import type { FundingOverview, WorksList } from '../../shared/models/funding';

export const fundingCtx = closedAfterEach(() => tempContext());

const ok = <T>(r: Awaited<ReturnType<typeof dispatch>>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

type Ctx = Awaited<ReturnType<typeof fundingCtx>>;
const overview = async (ctx: Ctx, asOf?: string) =>
  ok<FundingOverview>(await dispatch(ctx, 'funding.overview', { year: 2022, asOf }));
const works = async (ctx: Ctx) => ok<WorksList>(await dispatch(ctx, 'funding.works', { year: 2022 }));
const count = (ctx: Ctx, table: string) =>
  (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('funding overview of the default 2022 data', () => {
  it('has the plan need by the six sources, totalling 6.259.605 triệu đồng', async () => {
    const ctx = await fundingCtx();
    const o = await overview(ctx);
    expect(o.sources.map((s) => s.code)).toEqual([...DEFAULT_SOURCE_CODES]);
    const need = o.province.figures.need;
    expect(o.sources.map((s) => need.bySource[s.code]!.total! / 1000)).toEqual([
      170_914, 217_040, 149_039, 5_589_382, 16_918, 116_312,
    ]);
    expect(need.total.total).toBe(6_259_605_000);
    expect(o.province.name).toBe('tỉnh Hậu Giang');
    expect(o.asOf).toBe('2022-12-31');
    expect(o.cutoffs).toEqual(['2022-12-31']);
    expect(o.sampleData).toBe(true);
  });

  it('rolls the works up and shows what the province figure does not break down', async () => {
    const ctx = await fundingCtx();
    const o = await overview(ctx);
    // Works' need for Trung ương: 2.500 + 2.000 + 3.500 + 3.800 + 1.600 + 900 + 1.200 + 1.500 = 17.000 triệu.
    expect(o.province.figures.need.bySource.trung_uong).toEqual({
      direct: 170_914_000,
      detail: 17_000_000,
      total: 170_914_000,
      unallocated: 153_914_000,
    });
    const chauThanh = o.districts.find((d) => d.name === 'huyện Châu Thành')!;
    // Phú Hữu's three works: 4.150 + 1.000 + 2.200 triệu.
    expect(chauThanh.totals.need).toBe(7_350_000);
    expect(o.districts).toHaveLength(8);
    const districtsSum = o.districts.reduce((s, d) => s + (d.totals.need ?? 0), 0);
    expect(districtsSum).toBe(o.province.figures.need.total.detail);
  });

  it('gives allocated, disbursed and the disbursement rate at the cut-off', async () => {
    const ctx = await fundingCtx();
    const r = fundingReportData(ctx, 2022, '2022-12-31');
    expect(r.sources[0]).toMatchObject({
      code: 'trung_uong',
      need: 170_914_000,
      allocated: 112_480_000,
      disbursed: 68_350_000,
      rate: '60,8%',
    });
    expect(r.total.need).toBe(6_259_605_000);
    expect(r.total.allocated).toBe(3_632_410_000);
    // Before the only cut-off no disbursement figure is in force: «chưa có số liệu», not 0.
    expect(fundingReportData(ctx, 2022, '2022-06-30').total).toMatchObject({ disbursed: null, rate: '—' });
  });

  it('warns about works committed without secured funding', async () => {
    const ctx = await fundingCtx();
    const o = await overview(ctx);
    const unfunded = o.warnings.filter((w) => w.kind === 'committed_unfunded');
    expect(unfunded).toHaveLength(6);
    expect(unfunded[0]!.message).toMatch(
      /^Công trình «Nâng cấp, mở rộng đường giao thông liên ấp» \(xã Phú Hữu\): đã cam kết 4\.150 triệu đồng nhưng chưa có vốn giao/,
    );
    expect(o.warningCount).toBe(o.warnings.length);
  });

  it('gives the plan and Phụ lục 2 data for the documents', async () => {
    const ctx = await fundingCtx();
    const plan = fundingPlanData(ctx, 2022);
    expect(plan.totalNeed).toBe(6_259_605_000);
    expect(plan.sources.map((s) => s.name)[0]).toBe('Vốn Trung ương hỗ trợ cho Chương trình');
    const annex = annexInvestmentNeeds(ctx, 2022);
    // 14 target communes of 2022 (NTM, nâng cao, kiểu mẫu; official and stretch) under 7 district-level units.
    expect(annex.districts.flatMap((d) => d.communes)).toHaveLength(14);
    expect(annex.districts.map((d) => d.name)[0]).toBe('thành phố Vị Thanh');
    const phuHuu = annex.districts.flatMap((d) => d.communes).find((c) => c.name === 'Phú Hữu')!;
    expect(phuHuu.targets).toEqual([{ level: 'ntm', kind: 'official' }]);
    expect(phuHuu.works.map((w) => w.name)).toContain('Xây dựng nhà văn hóa ấp');
    expect(phuHuu.total).toBe(7_350_000);
    expect(phuHuu.works[0]).toMatchObject({
      criterionNo: 2,
      criterionName: 'Giao thông',
      bySource: expect.objectContaining({ trung_uong: 2_500_000 }),
    });
    // All 16 sample works are in target communes.
    const worksTotal = (await works(ctx)).rows.reduce(
      (s, w) => s + Object.values(w.amounts.need).reduce((a, b) => a + b, 0),
      0,
    );
    expect(annex.total).toBe(worksTotal);
  });
});

describe('editing funding', () => {
  it('sets a work figure, updates every total and records it', async () => {
    const ctx = await fundingCtx();
    const w = (await works(ctx)).rows.find((x) => x.name === 'Xây dựng nhà văn hóa ấp')!;
    const before = await overview(ctx);
    ok(
      await dispatch(ctx, 'funding.setAmounts', {
        year: 2022,
        changes: [{ workId: w.id, source: 'trung_uong', stage: 'need', amount: 1_234_500 }],
      }),
    );
    const after = await overview(ctx);
    expect(after.province.figures.need.bySource.trung_uong!.detail).toBe(
      before.province.figures.need.bySource.trung_uong!.detail! + 1_234_500,
    );
    expect(after.province.figures.need.bySource.trung_uong!.unallocated).toBe(153_914_000 - 1_234_500);
    // The province figure stands: the total need is unchanged.
    expect(after.province.figures.need.total.total).toBe(6_259_605_000);
    const audit = ctx.sqlite
      .prepare("SELECT action, old_value, new_value, commune_id FROM audit_log WHERE entity = 'funding_amount'")
      .all();
    expect(audit).toEqual([{ action: 'insert', old_value: null, new_value: '1234500', commune_id: w.communeId }]);
  });

  it('tells a figure of 0 from no figure, on the screen and in the per-xã roll-up, and forgets it when cleared', async () => {
    const ctx = await fundingCtx();
    const w = (await works(ctx)).rows.find((x) => x.name === 'Xây dựng nhà văn hóa ấp')!;
    const district = (o: FundingOverview) => o.districts.find((d) => d.id === w.districtId)!;
    const perXa = (asOf: string) => {
      const { tree, rollup } = yearRollup(ctx, 2022, asOf);
      return { commune: rollup.figures(w.communeId), province: rollup.figures(tree.province.id) };
    };
    // The demo's works have no allocation: nothing at the district, its xã or the province's detail.
    const before = await overview(ctx);
    expect(district(before).totals.allocated).toBeNull();
    expect(before.province.figures.allocated.bySource.trung_uong!.detail).toBeNull();
    expect(perXa('2022-12-31').commune.allocated.total.total).toBeNull();

    const set = (changes: object[], asOf?: string) =>
      dispatch(ctx, 'funding.setAmounts', { year: 2022, asOf, changes }).then(ok);
    await set([{ workId: w.id, source: 'trung_uong', stage: 'allocated', amount: 0 }]);
    await set([{ workId: w.id, source: 'dia_phuong', stage: 'disbursed', amount: 0 }], '2022-06-30');
    const after = await overview(ctx);
    expect(district(after).totals.allocated).toBe(0);
    expect(after.province.figures.allocated.bySource.trung_uong).toMatchObject({ detail: 0, unallocated: 112_480_000 });
    expect(after.province.figures.allocated.bySource.dia_phuong!.detail).toBeNull();
    expect(after.province.figures.disbursed.bySource.dia_phuong!.detail).toBe(0);
    const x = perXa('2022-12-31');
    expect(x.commune.allocated.bySource.trung_uong!.total).toBe(0);
    expect(x.commune.allocated.bySource.dia_phuong!.total).toBeNull();
    expect(x.commune.disbursed.bySource.dia_phuong!.total).toBe(0);
    expect(x.province.allocated.bySource.trung_uong!.detail).toBe(0);
    // Before the snapshot's date it is not in force.
    expect(perXa('2022-03-31').commune.disbursed.total.total).toBeNull();
    expect((await overview(ctx, '2022-03-31')).province.figures.disbursed.bySource.dia_phuong!.detail).toBeNull();

    await set([{ workId: w.id, source: 'trung_uong', stage: 'allocated', amount: null }]);
    expect(district(await overview(ctx)).totals.allocated).toBeNull();
    expect(perXa('2022-12-31').commune.allocated.total.total).toBeNull();
  });

  it('sets province-level figures and clears them back to the sum of works', async () => {
    const ctx = await fundingCtx();
    ok(
      await dispatch(ctx, 'funding.setAmounts', {
        year: 2022,
        changes: [{ workId: null, source: 'tin_dung', stage: 'need', amount: null }],
      }),
    );
    const o = await overview(ctx);
    // No work has a Tín dụng need either: no figure at all, not 0.
    expect(o.province.figures.need.bySource.tin_dung).toEqual({
      direct: null,
      detail: null,
      total: null,
      unallocated: null,
    });
    expect(o.province.figures.need.total.total).toBe(6_259_605_000 - 5_589_382_000);
  });

  it('refuses a batch with one wrong change and writes none of it', async () => {
    const ctx = await fundingCtx();
    const w = (await works(ctx)).rows[0]!;
    const amountsBefore = count(ctx, 'funding_amounts');
    const r = await dispatch(ctx, 'funding.setAmounts', {
      year: 2022,
      changes: [
        { workId: w.id, source: 'trung_uong', stage: 'need', amount: 1_000 },
        { workId: w.id, source: 'trung_uong', stage: 'allocated', amount: -5 },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toMatch(/không được âm/);
    const missing = await dispatch(ctx, 'funding.setAmounts', {
      year: 2022,
      changes: [
        { workId: w.id, source: 'trung_uong', stage: 'need', amount: 1_000 },
        { workId: 999_999, source: 'trung_uong', stage: 'need', amount: 1_000 },
      ],
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const badSource = await dispatch(ctx, 'funding.setAmounts', {
      year: 2022,
      changes: [{ workId: null, source: 'vay_ngoai', stage: 'need', amount: 1 }],
    });
    expect(badSource).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Không có nguồn vốn mã «vay_ngoai».' },
    });
    expect(count(ctx, 'funding_amounts')).toBe(amountsBefore);
    expect(count(ctx, 'audit_log')).toBe(0);
  });

  it('keeps disbursement snapshots by cut-off date', async () => {
    const ctx = await fundingCtx();
    ok(
      await dispatch(ctx, 'funding.setAmounts', {
        year: 2022,
        asOf: '2022-06-30',
        changes: [{ workId: null, source: 'trung_uong', stage: 'disbursed', amount: 20_000_000 }],
      }),
    );
    const mid = await overview(ctx, '2022-06-30');
    expect(mid.cutoffs).toEqual(['2022-12-31', '2022-06-30']);
    expect(mid.province.figures.disbursed.bySource.trung_uong!.total).toBe(20_000_000);
    expect(mid.province.figures.disbursed.bySource.dia_phuong!.total).toBeNull();
    const end = await overview(ctx);
    expect(end.province.figures.disbursed.bySource.trung_uong!.total).toBe(68_350_000);
    // A date between the snapshots sees the earlier one.
    expect((await overview(ctx, '2022-09-30')).province.figures.disbursed.bySource.trung_uong!.total).toBe(20_000_000);
  });

  it('checks a stated total against the sum of the sources', async () => {
    const ctx = await fundingCtx();
    ok(await dispatch(ctx, 'funding.setStatedTotal', { year: 2022, stage: 'need', amount: 6_259_605_000 }));
    expect((await overview(ctx)).warnings.filter((w) => w.kind === 'total_mismatch')).toEqual([]);
    ok(await dispatch(ctx, 'funding.setStatedTotal', { year: 2022, stage: 'need', amount: 6_259_600_000 }));
    const o = await overview(ctx);
    expect(o.statedTotals).toEqual({ need: 6_259_600_000 });
    expect(o.warnings.find((w) => w.kind === 'total_mismatch')!.message).toBe(
      'Tổng nhu cầu theo văn bản 6.259.600 triệu đồng không bằng tổng các nguồn 6.259.605 triệu đồng (chênh 5).',
    );
  });

  it('warns when disbursed exceeds allocated for a work', async () => {
    const ctx = await fundingCtx();
    const w = (await works(ctx)).rows.find((x) => x.name === 'Bê tông hóa đường ấp')!;
    ok(
      await dispatch(ctx, 'funding.setAmounts', {
        year: 2022,
        changes: [
          { workId: w.id, source: 'trung_uong', stage: 'allocated', amount: 1_500_000 },
          { workId: w.id, source: 'trung_uong', stage: 'disbursed', amount: 1_600_000 },
        ],
      }),
    );
    const kinds = (await overview(ctx)).warnings.filter((x) => x.workId === w.id).map((x) => x.kind);
    // Committed 3.200 triệu, secured 1.500: still short.
    expect(kinds.sort()).toEqual(['committed_unfunded', 'disbursed_over_allocated']);
  });
});

describe('works screen filters at national scale', () => {
  it('sends the xã of the chosen district-level unit only, once there are more than 500', async () => {
    const ctx = await fundingCtx();
    const before = await works(ctx);
    const district = before.districts[0]!;
    const insert = ctx.sqlite.prepare(
      "INSERT INTO admin_units (name, kind, level, parent_id, region, code, search_key, sort_order) VALUES (?, 'xa', 'commune', ?, 'DBSCL', ?, ?, ?)",
    );
    ctx.sqlite.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`Xã thêm ${i}`, district.id, `T${i}`, `xa them ${i}`, 10_000 + i);
    })();
    const all = await works(ctx);
    expect(all.communesByDistrict).toBe(true);
    expect(all.communes).toEqual([]);
    expect(all.districts).toEqual(before.districts);
    const chosen = ok<WorksList>(await dispatch(ctx, 'funding.works', { year: 2022, districtId: district.id }));
    expect(chosen.communes.length).toBe(before.communes.filter((c) => c.districtId === district.id).length + 500);
    expect(chosen.communes.every((c) => c.districtId === district.id)).toBe(true);
  });
});

describe('works', () => {
  it('creates, edits and deletes a work with checked references', async () => {
    const ctx = await fundingCtx();
    const list = await works(ctx);
    const viBinh = list.communes.find((c) => c.name === 'Vị Bình')!;
    expect(list.districts.find((d) => d.id === viBinh.districtId)?.name).toBe('huyện Vị Thủy');
    // A province of a few dozen xã: all of them for the «Xã» filter, whatever the district.
    expect(list.communesByDistrict).toBe(false);
    expect(list.communes).toHaveLength(51);
    const district = list.communes.find((c) => c.name === 'Phú Hữu')!.districtId!;
    const refusals = [
      [
        { communeId: viBinh.id, name: 'Đường', criterionNo: 42, startYear: 2022 },
        { code: 'VALIDATION', message: 'Tiêu chí số 42 không có trong bộ tiêu chí áp dụng năm 2022.' },
      ],
      [
        { communeId: viBinh.id, name: 'Đường', startYear: 2023, endYear: 2022 },
        { message: expect.stringMatching(/Năm kết thúc không được trước năm bắt đầu/) },
      ],
      [{ communeId: viBinh.id, name: '  ' }, { message: expect.stringMatching(/Tên công trình không được để trống/) }],
      // A district is not a xã.
      [{ communeId: district, name: 'Đường' }, { code: 'VALIDATION' }],
    ] as const;
    for (const [input, error] of refusals)
      expect(await dispatch(ctx, 'works.create', input), JSON.stringify(input)).toMatchObject({ ok: false, error });

    const { id } = ok<{ id: number }>(
      await dispatch(ctx, 'works.create', {
        communeId: viBinh.id,
        name: 'Nâng cấp đường ấp Vị Lợi',
        criterionNo: 2,
        startYear: 2022,
        endYear: 2022,
        committedValue: 2_000_000,
      }),
    );
    ok(await dispatch(ctx, 'works.update', { id, status: 'in_progress', name: 'Nâng cấp đường ấp Vị Lợi 1' }));
    const row = (await works(ctx)).rows.find((w) => w.id === id)!;
    expect(row).toMatchObject({
      name: 'Nâng cấp đường ấp Vị Lợi 1',
      status: 'in_progress',
      criterionName: 'Giao thông',
      districtName: 'huyện Vị Thủy',
      sample: false,
    });
    expect((await overview(ctx)).warnings.some((w) => w.workId === id && w.kind === 'committed_unfunded')).toBe(true);
    ok(
      await dispatch(ctx, 'funding.setAmounts', {
        year: 2022,
        changes: [{ workId: id, source: 'dia_phuong', stage: 'need', amount: 5_000 }],
      }),
    );
    ok(await dispatch(ctx, 'works.delete', { id }));
    expect((await works(ctx)).rows.some((w) => w.id === id)).toBe(false);
    expect(ctx.sqlite.prepare('SELECT count(*) AS n FROM funding_amounts WHERE work_id = ?').get(id)).toEqual({ n: 0 });
    expect(await dispatch(ctx, 'works.delete', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
