import { describe, it, expect } from 'vitest';
import { Rollup, type RollupEntry } from '../../electron/domain/funding-rollup';
import { checkFunding, type WorkForCheck } from '../../electron/domain/funding-warnings';
import type { FundingSourceInfo, FundingStage } from '../../shared/models/funding';
import { thousandVnd as k } from '../../shared/models/units-of-measure';

// Province 1 → districts 10, 20 → communes 11, 12 (in 10) and 21 (in 20).
const units = [
  { id: 1, parentId: null },
  { id: 10, parentId: 1 },
  { id: 20, parentId: 1 },
  { id: 11, parentId: 10 },
  { id: 12, parentId: 10 },
  { id: 21, parentId: 20 },
];
const codes = ['tw', 'dp'];
const work = (unitId: number, sourceCode: string, stage: FundingStage, amount: number): RollupEntry => ({
  unitId,
  direct: false,
  sourceCode,
  stage,
  amount: k(amount),
});
const direct = (unitId: number, sourceCode: string, stage: FundingStage, amount: number): RollupEntry => ({
  unitId,
  direct: true,
  sourceCode,
  stage,
  amount: k(amount),
});

describe('funding roll-up', () => {
  it('sums works to commune, district-level unit and province', () => {
    const r = Rollup.of(codes, units, [
      work(11, 'tw', 'need', 1_000),
      work(11, 'tw', 'need', 2_500), // a second work of the same commune
      work(12, 'tw', 'need', 500),
      work(21, 'dp', 'need', 7_000),
      work(21, 'dp', 'allocated', 4_000),
    ]);
    expect(r.cell(11, 'need', 'tw')).toEqual({ direct: null, detail: 3_500, total: 3_500, unallocated: null });
    expect(r.cell(10, 'need', 'tw').total).toBe(4_000);
    expect(r.cell(20, 'need', 'dp').total).toBe(7_000);
    expect(r.cell(1, 'need', 'tw').total).toBe(4_000);
    const f = r.figures(1);
    expect(f.need.total.total).toBe(11_000);
    expect(f.allocated.total.total).toBe(4_000);
    // Nothing disbursed was entered: no figure, not 0.
    expect(f.disbursed.total.total).toBeNull();
    expect(r.hasAny(12)).toBe(true);
    expect(r.hasAny(999)).toBe(false);
  });

  it('uses a province-level figure where entered and shows what the works do not break down', () => {
    const r = Rollup.of(codes, units, [
      direct(1, 'tw', 'need', 170_914_000),
      work(11, 'tw', 'need', 2_500_000),
      work(21, 'tw', 'need', 3_500_000),
    ]);
    expect(r.cell(1, 'need', 'tw')).toEqual({
      direct: 170_914_000,
      detail: 6_000_000,
      total: 170_914_000,
      unallocated: 164_914_000,
    });
    // Without a province figure the total is the sum of works; without works either, there is none.
    expect(r.cell(1, 'need', 'dp')).toEqual({ direct: null, detail: null, total: null, unallocated: null });
    const total = r.figures(1).need.total;
    expect(total).toEqual({ direct: 170_914_000, detail: 6_000_000, total: 170_914_000, unallocated: 164_914_000 });
  });

  it('lets a district-level figure stand for its communes in the province total', () => {
    const r = Rollup.of(codes, units, [
      direct(10, 'dp', 'allocated', 9_000),
      work(11, 'dp', 'allocated', 2_000),
      work(21, 'dp', 'allocated', 1_000),
    ]);
    expect(r.cell(10, 'allocated', 'dp')).toMatchObject({ total: 9_000, unallocated: 7_000 });
    expect(r.cell(1, 'allocated', 'dp')).toMatchObject({ direct: null, detail: 10_000, total: 10_000 });
  });

  it('reproduces the 2022 plan total from its six sources', () => {
    const six = ['trung_uong', 'dia_phuong', 'long_ghep', 'tin_dung', 'doanh_nghiep', 'dan_gop'];
    const needs = [170_914, 217_040, 149_039, 5_589_382, 16_918, 116_312].map((m) => m * 1000);
    const r = Rollup.of(
      six,
      [{ id: 1, parentId: null }],
      six.map((code, i) => direct(1, code, 'need', needs[i]!)),
    );
    expect(r.figures(1).need.total.total).toBe(6_259_605_000);
  });

  it('ignores figures of units outside the tree and unknown sources', () => {
    const r = Rollup.of(codes, units, [work(999, 'tw', 'need', 5), work(11, 'xx', 'need', 5)]);
    expect(r.figures(1).need.total.total).toBeNull();
  });

  it('keeps a figure of 0 as a measured 0 up the tree, apart from a slot nobody entered', () => {
    const r = Rollup.of(codes, units, [
      work(11, 'tw', 'allocated', 0),
      direct(20, 'dp', 'allocated', 0),
      work(21, 'dp', 'allocated', 3_000), // stands behind district 20's own 0
    ]);
    expect(r.cell(11, 'allocated', 'tw')).toEqual({ direct: null, detail: 0, total: 0, unallocated: null });
    expect(r.cell(10, 'allocated', 'tw').total).toBe(0);
    expect(r.cell(1, 'allocated', 'tw')).toEqual({ direct: null, detail: 0, total: 0, unallocated: null });
    expect(r.cell(20, 'allocated', 'dp')).toEqual({ direct: 0, detail: 3_000, total: 0, unallocated: -3_000 });
    expect(r.cell(1, 'allocated', 'dp').total).toBe(0);
    expect(r.cell(12, 'allocated', 'tw').total).toBeNull();
    expect(r.cell(1, 'need', 'tw').total).toBeNull();
    expect(r.figures(1).allocated.total).toEqual({ direct: null, detail: 0, total: 0, unallocated: null });
    expect(r.stageTotals(1)).toEqual({ need: null, allocated: 0, disbursed: null });
    expect(r.stageTotals(12)).toEqual({ need: null, allocated: null, disbursed: null });
    expect(r.hasAny(11)).toBe(true);
    expect(r.hasAny(12)).toBe(false);
    // A direct figure with nothing under it is all still to break down.
    expect(Rollup.of(codes, units, [direct(1, 'tw', 'need', 5_000)]).cell(1, 'need', 'tw')).toEqual({
      direct: 5_000,
      detail: null,
      total: 5_000,
      unallocated: 5_000,
    });
  });
});

const sources: FundingSourceInfo[] = [
  { id: 1, code: 'tw', name: 'Vốn Trung ương', shortName: 'Trung ương' },
  { id: 2, code: 'dp', name: 'Vốn địa phương', shortName: 'Địa phương' },
];
const noWork = (over: Partial<WorkForCheck>): WorkForCheck => ({
  id: 7,
  name: 'Đường ấp 3',
  communeName: 'Phú Hữu',
  committedValue: null,
  amounts: { need: {}, allocated: {}, disbursed: {} },
  allocatedAllYears: k(0),
  ...over,
});

describe('funding roll-up stage totals', () => {
  it('equal the totals over the sources of every unit, with figures entered at any level (and for a unit outside the tree)', () => {
    const entries: RollupEntry[] = [];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const stages: FundingStage[] = ['need', 'allocated', 'disbursed'];
    for (let i = 0; i < 200; i++) {
      const make = next(5) ? work : direct;
      entries.push(make(units[next(units.length)]!.id, codes[next(2)]!, stages[next(3)]!, next(10_000) - 2_000));
    }
    const r = Rollup.of(codes, units, entries);
    for (const u of [...units, { id: 99 }]) {
      const f = r.figures(u.id);
      expect(r.stageTotals(u.id)).toEqual({
        need: f.need.total.total,
        allocated: f.allocated.total.total,
        disbursed: f.disbursed.total.total,
      });
    }
    expect(r.stageTotals(1).need).not.toBe(0);
  });
});

describe('funding warnings', () => {
  const figures = (entries: RollupEntry[]) => Rollup.of(codes, units, entries).figures(1);

  it('flags disbursed above allocated and allocated above need, per source', () => {
    const w = checkFunding({
      sources,
      province: figures([
        direct(1, 'tw', 'need', 100_000),
        direct(1, 'tw', 'allocated', 120_000),
        direct(1, 'tw', 'disbursed', 130_000),
      ]),
      statedTotals: {},
      works: [],
    });
    expect(w.map((x) => x.kind).sort()).toEqual(['allocated_over_need', 'disbursed_over_allocated']);
    expect(w.find((x) => x.kind === 'disbursed_over_allocated')!.message).toBe(
      'Toàn tỉnh, nguồn «Trung ương»: giải ngân 130 triệu đồng vượt kế hoạch giao 120 triệu đồng.',
    );
  });

  it('is quiet when figures are in order', () => {
    const w = checkFunding({
      sources,
      province: figures([
        direct(1, 'tw', 'need', 100_000),
        direct(1, 'tw', 'allocated', 80_000),
        direct(1, 'tw', 'disbursed', 60_000),
      ]),
      statedTotals: { need: k(100_000) },
      works: [
        noWork({
          committedValue: k(50_000),
          allocatedAllYears: k(50_000),
          amounts: { need: { tw: k(50_000) }, allocated: { tw: k(50_000) }, disbursed: { tw: k(10_000) } },
        }),
      ],
    });
    expect(w).toEqual([]);
  });

  it('flags works with a committed value but no secured funding (no new capital-construction debt)', () => {
    const w = checkFunding({
      sources,
      province: figures([]),
      statedTotals: {},
      works: [
        noWork({ committedValue: k(4_150_000) }),
        noWork({ id: 8, name: 'Nhà văn hóa', committedValue: k(1_000_000), allocatedAllYears: k(400_000) }),
      ],
    });
    expect(w).toHaveLength(2);
    expect(w[0]).toMatchObject({ kind: 'committed_unfunded', workId: 7 });
    expect(w[0]!.message).toContain('đã cam kết 4.150 triệu đồng nhưng chưa có vốn giao');
    expect(w[0]!.message).toContain('nợ đọng xây dựng cơ bản');
    expect(w[1]!.message).toContain('thiếu 600 triệu đồng');
  });

  it('flags a stated total that is not the sum of the sources, and detail above the figure it breaks down', () => {
    const w = checkFunding({
      sources,
      province: figures([
        direct(1, 'tw', 'need', 1_000_000),
        direct(1, 'dp', 'need', 500_000),
        work(11, 'dp', 'need', 700_000),
      ]),
      statedTotals: { need: k(1_400_000) },
      works: [],
    });
    expect(w.map((x) => x.kind).sort()).toEqual(['detail_over_total', 'total_mismatch']);
    expect(w.find((x) => x.kind === 'total_mismatch')!.message).toBe(
      'Tổng nhu cầu theo văn bản 1.400 triệu đồng không bằng tổng các nguồn 1.500 triệu đồng (chênh 100).',
    );
  });

  it('flags a work disbursing above its allocation', () => {
    const w = checkFunding({
      sources,
      province: figures([]),
      statedTotals: {},
      works: [
        noWork({ amounts: { need: { dp: k(10_000) }, allocated: { dp: k(5_000) }, disbursed: { dp: k(6_000) } } }),
      ],
    });
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toBe(
      'Công trình «Đường ấp 3» (xã Phú Hữu), nguồn «Địa phương»: giải ngân 6 triệu đồng vượt kế hoạch giao 5 triệu đồng.',
    );
  });
});

describe('funding warnings with a figure not entered', () => {
  it('flags money disbursed or allocated without the figure above it, and a stated total without sources', () => {
    const w = checkFunding({
      sources,
      province: Rollup.of(codes, units, [
        direct(1, 'tw', 'disbursed', 30_000),
        direct(1, 'dp', 'allocated', 20_000),
      ]).figures(1),
      statedTotals: { need: k(100_000) },
      works: [],
    });
    expect(w.map((x) => x.message)).toEqual([
      'Toàn tỉnh, nguồn «Trung ương»: đã giải ngân 30 triệu đồng nhưng kế hoạch giao chưa có số liệu.',
      'Toàn tỉnh, nguồn «Địa phương»: đã giao kế hoạch 20 triệu đồng nhưng nhu cầu chưa có số liệu.',
      'Tổng nhu cầu theo văn bản là 100 triệu đồng nhưng các nguồn chưa có số liệu.',
    ]);
  });
});
