import { describe, it, expect } from 'vitest';
import { projectTopology, type Topology } from '../../electron/domain/topojson';
import {
  amountClasses,
  classify,
  combineLevels,
  criteriaClasses,
  meanOf,
  OCOP_CLASSES,
  roundNice,
} from '../../electron/domain/map-scale';
import { wrapText } from '../../renderer/features/map/map-document';

/** Two unit squares side by side sharing one arc (quantized, delta-encoded). */
const twoSquares: Topology = {
  type: 'Topology',
  transform: { scale: [1, 1], translate: [0, 0] },
  arcs: [
    [
      [1, 0],
      [0, 1],
    ],
    [
      [1, 1],
      [-1, 0],
      [0, -1],
      [1, 0],
    ],
    [
      [1, 0],
      [1, 0],
      [0, 1],
      [-1, 0],
    ],
  ],
  objects: {
    units: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: 'A', name: 'Một' } },
        { type: 'Polygon', arcs: [[2, ~0]], properties: { code: 'B', name: 'Hai' } },
        { type: 'MultiPolygon', arcs: [[[0, 1]], [[2, ~0]]], properties: { code: 'C', name: 'Cả hai' } },
      ],
    },
  },
};

describe('TopoJSON to SVG paths', () => {
  it('decodes delta-encoded arcs, reverses shared arcs, flips latitude and fits the width', () => {
    const m = projectTopology(twoSquares, 200);
    expect(m.width).toBe(200);
    expect(m.height).toBe(100);
    expect(m.shapes.map((s) => [s.code, s.name])).toEqual([
      ['A', 'Một'],
      ['B', 'Hai'],
      ['C', 'Cả hai'],
    ]);
    expect(m.shapes[0]!.d).toBe('M100,100L100,0L0,0L0,100L100,100Z');
    expect(m.shapes[1]!.d).toBe('M100,100L200,100L200,0L100,0L100,100Z');
    expect(m.shapes[2]!.d).toBe(m.shapes[0]!.d + m.shapes[1]!.d);
  });

  it('scales longitude by the cosine of the mid-latitude', () => {
    const far: Topology = { ...twoSquares, transform: { scale: [1, 1], translate: [105, 59.5] } };
    const m = projectTopology(far, 200);
    // cos(60°) = 0.5: a degree of longitude is half a degree of latitude on the ground.
    expect(m.height).toBeCloseTo(200, 0);
  });
});

describe('map scales', () => {
  it('classes criteria met on the set size, averages falling between', () => {
    const c = criteriaClasses(19);
    expect(c.map((x) => x.label)).toEqual([
      'Đủ 19 tiêu chí',
      'Từ 15 đến dưới 19 tiêu chí',
      'Từ 10 đến dưới 15 tiêu chí',
      'Dưới 10 tiêu chí',
    ]);
    expect(classify(c, 19).key).toBe('c4');
    expect(classify(c, 18.7).key).toBe('c3');
    expect(classify(c, 15).key).toBe('c3');
    expect(classify(c, 14.9).key).toBe('c2');
    expect(classify(c, 0).key).toBe('c1');
    expect(criteriaClasses(10).map((x) => x.min)).toEqual([10, 8, 5, -Infinity]);
  });

  it('combines former communes: lowest common level, partial, none', () => {
    expect(combineLevels(['nang_cao'])).toEqual({ key: 'nang_cao', held: 1 });
    expect(combineLevels(['ntm', 'kieu_mau', 'nang_cao'])).toEqual({ key: 'ntm', held: 3 });
    expect(combineLevels(['ntm', null, 'ntm'])).toEqual({ key: 'partial', held: 2 });
    expect(combineLevels([null, null])).toEqual({ key: 'none', held: 0 });
  });

  it('a missing figure is not a zero', () => {
    expect(meanOf([null, null])).toBeNull();
    expect(meanOf([0, null])).toEqual({ mean: 0, n: 1 });
    expect(meanOf([17, 19, null])).toEqual({ mean: 18, n: 2 });
    expect(classify(OCOP_CLASSES, 0).key).toBe('o0');
    expect(classify(OCOP_CLASSES, 3).key).toBe('o2');
  });

  it('amount classes by quartile with round bounds', () => {
    expect(roundNice(1234)).toBe(1200);
    expect(roundNice(0)).toBe(0);
    const amounts = [500_000, 1_000_000, 2_000_000, 4_000_000, 9_500_000, 12_000_000, 780_000, 3_800_000];
    const c = amountClasses(amounts);
    expect(c).toHaveLength(4);
    expect(c[0]!.label).toMatch(/^Từ .* triệu đồng trở lên$/);
    expect(c[3]!.label).toMatch(/^Dưới /);
    // Every amount falls in exactly one class, highest first.
    for (const a of amounts) expect(c.filter((x) => x === classify(c, a))).toHaveLength(1);
    expect(classify(c, 12_000_000).key).toBe(c[0]!.key);
    expect(amountClasses([5_000_000]).map((x) => x.label)).toEqual([
      'Từ 5.000 triệu đồng trở lên',
      'Dưới 5.000 triệu đồng',
    ]);
    expect(amountClasses([]).map((x) => x.label)).toEqual(['Có số liệu']);
  });

  it('wraps printed notes at spaces', () => {
    expect(wrapText('một hai ba bốn năm', 7)).toEqual(['một hai', 'ba bốn', 'năm']);
  });
});
