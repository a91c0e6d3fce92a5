import { describe, it, expect } from 'vitest';
import {
  averageOfMembers,
  formatPoints,
  parsePoints,
  partProblem,
  pointsProblems,
  rate,
  starsFromTotal,
  versionAt,
  type VersionLimits,
} from '../../shared/domain/ocop-scoring';
import { pointsHundredths as p } from '../../shared/models/units-of-measure';
import { ocopVersions } from '../../db/seed/data/ocop';
import { groupFromText, groupLabel, QD148_GROUPS, subgroupFromText } from '../../shared/domain/ocop-groups';

const QD1048 = ocopVersions.find((v) => v.code === 'QD1048')! as VersionLimits;
const QD148 = ocopVersions.find((v) => v.code === 'QD148')! as VersionLimits;

describe('OCOP stars from points', () => {
  it.each([
    [0, 1],
    [2999, 1],
    [3000, 2],
    [4999, 2],
    [5000, 3],
    [6999, 3],
    [7000, 4],
    [8999, 4],
    [9000, 5],
    [10000, 5],
  ])('%i hundredths → %i★', (total, stars) => {
    expect(starsFromTotal(p(total))).toBe(stars);
  });

  it('parses points with a comma or a dot, at most two decimals', () => {
    expect(parsePoints('29,99')).toBe(2999);
    expect(parsePoints('38.5')).toBe(3850);
    expect(parsePoints('100')).toBe(10000);
    expect(parsePoints('7')).toBe(700);
    expect(parsePoints('38,123')).toBeNull();
    expect(parsePoints('-1')).toBeNull();
    expect(parsePoints('ba mươi')).toBeNull();
    expect(formatPoints(p(7250))).toBe('72,5');
    expect(formatPoints(p(8999))).toBe('89,99');
  });
});

describe('criteria versions', () => {
  it('picks the version in force on the evaluation date (QĐ 148 from 24/02/2023)', () => {
    const all = [QD1048, QD148];
    expect(versionAt(all, '2019-08-20')).toBeUndefined();
    expect(versionAt(all, '2021-07-20')?.code).toBe('QD1048');
    expect(versionAt(all, '2023-02-23')?.code).toBe('QD1048');
    expect(versionAt(all, '2023-02-24')?.code).toBe('QD148');
    const later = { ...QD148, code: 'QD999', decision: 'QĐ 999', effectiveFrom: '2027-01-01' };
    expect(versionAt([...all, later], '2027-06-01')?.code).toBe('QD999');
  });

  it('refuses points above each part maximum, naming the part and its maximum', () => {
    // QĐ 1048: A35/B25/C40; QĐ 148: A40/B25/C35.
    expect(partProblem(QD1048, 'A', p(3500))).toBeNull();
    expect(partProblem(QD1048, 'A', p(3800))).toBe(
      'Điểm phần A (38) vượt điểm tối đa 35 của phần A theo QĐ 1048/QĐ-TTg.',
    );
    expect(partProblem(QD148, 'A', p(3800))).toBeNull();
    expect(partProblem(QD148, 'A', p(4001))).toMatch(/phần A .*tối đa 40/);
    expect(partProblem(QD1048, 'C', p(4000))).toBeNull();
    expect(partProblem(QD148, 'C', p(3600))).toMatch(/phần C .*tối đa 35 .*QĐ 148/);
    expect(partProblem(QD148, 'B', p(2501))).toMatch(/phần B .*tối đa 25/);
    expect(pointsProblems(QD1048, { pointsA: p(3600), pointsB: p(2600), pointsC: p(3000) }).map((p) => p.part)).toEqual(
      ['A', 'B'],
    );
  });
});

describe('council scoring', () => {
  it('averages the members exactly in hundredths (half up)', () => {
    const avg = averageOfMembers([
      { pointsA: p(3000), pointsB: p(2000), pointsC: p(2000) },
      { pointsA: p(3100), pointsB: p(2000), pointsC: p(2000) },
      { pointsA: p(3100), pointsB: p(2100), pointsC: p(2000) },
    ]);
    expect(avg).toEqual({ pointsA: 3067, pointsB: 2033, pointsC: 2000, total: 7100 });
    expect(
      averageOfMembers([
        { pointsA: p(1), pointsB: p(0), pointsC: p(0) },
        { pointsA: p(0), pointsB: p(0), pointsC: p(0) },
      ]).pointsA,
    ).toBe(1);
  });

  it('caps a product failing a mandatory criterion at 2★ and says why', () => {
    expect(rate(p(7500), false)).toMatchObject({ stars: 4, capped: false, capReason: null });
    const r = rate(p(7500), true);
    expect(r).toMatchObject({ pointStars: 4, stars: 2, capped: true });
    expect(r.capReason).toBe('Đạt 75 điểm (mức 4 sao) nhưng không đạt tiêu chí bắt buộc nên chỉ được xếp 2 sao.');
    expect(rate(p(4000), true)).toMatchObject({ stars: 2, capped: false });
    expect(rate(p(2000), true).stars).toBe(1);
  });
});

describe('product groups', () => {
  it('has the 6 groups of QĐ 148 and reads them back from their labels', () => {
    expect(QD148_GROUPS.map((g) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(groupLabel('II')).toBe('II. Đồ uống');
    expect(groupFromText('II. Đồ uống')?.code).toBe('II');
    expect(groupFromText('NH3. Thảo dược')?.code).toBe('NH3');
    const food = groupFromText('I')!;
    expect(subgroupFromText(food, 'I.3.d')?.name).toMatch(/thủy sản/);
  });
});
