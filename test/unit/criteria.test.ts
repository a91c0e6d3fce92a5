import { describe, it, expect } from 'vitest';
import {
  countMet,
  parseResultText,
  resultAt,
  resultFromKey,
  resultsFromMasks,
} from '../../shared/domain/criteria-values';
import { planResultPaste, type PasteCellTarget } from '../../renderer/lib/criteria-paste';
import { projectLevels } from '../../shared/domain/ntm-projection';
import { computeFigures, criteriaBands, type CommuneStanding } from '../../shared/domain/ntm-figures';
import { byCommuneName, filterCommunes } from '../../renderer/lib/matrix-filter';
import { parseTsv } from '../../renderer/lib/tsv';
import { criteriaMask } from '../../shared/models/units-of-measure';

describe('criterion result values', () => {
  it('reads what people type or paste, the same way everywhere', () => {
    for (const t of ['đ', 'Đ', 'x', 'X', '1', 'Đạt', 'ĐẠT', 'dat', ' Đạt '])
      expect(parseResultText(t)).toEqual({ kind: 'met' });
    for (const t of ['0', 'c', 'C', '-', 'Chưa đạt', 'chua dat', 'CHƯA ĐẠT'])
      expect(parseResultText(t)).toEqual({ kind: 'unmet' });
    expect(parseResultText('  ')).toEqual({ kind: 'empty' });
    expect(parseResultText('2')).toEqual({ kind: 'invalid', text: '2' });
    expect(parseResultText('Đạt một phần')).toEqual({ kind: 'invalid', text: 'Đạt một phần' });
    expect(resultFromKey('đ')).toBe(true);
    expect(resultFromKey('0')).toBe(false);
    expect(resultFromKey('q')).toBeNull();
    expect(resultFromKey('Enter')).toBeNull();
  });

  it('packs results one character per criterion', () => {
    // Criteria numbered 1..4; bits 1 and 3 met, bit 4 entered but not met, bit 2 not entered.
    const r = resultsFromMasks(criteriaMask(2 ** 1 + 2 ** 3), criteriaMask(2 ** 1 + 2 ** 3 + 2 ** 4), [1, 2, 3, 4]);
    expect(r).toBe('1-10');
    expect(resultAt(r, 0)).toBe(true);
    expect(resultAt(r, 1)).toBeNull();
    expect(resultAt(r, 3)).toBe(false);
    expect(countMet(r)).toBe(2);
    // 19 criteria all met: 2^1 + … + 2^19 stays exact.
    const all = Array.from({ length: 19 }, (_, i) => i + 1);
    const mask = criteriaMask(all.reduce((s, no) => s + 2 ** no, 0));
    expect(resultsFromMasks(mask, mask, all)).toBe('1'.repeat(19));
  });
});

const cell = (
  communeLabel: string,
  columnLabel: string,
  text: string,
  criterionId: number | null = 1,
  current: boolean | null = null,
): PasteCellTarget => ({
  communeId: communeLabel.length,
  communeLabel,
  criterionId,
  columnLabel,
  text,
  current,
});

describe('paste onto the criteria grid', () => {
  it('builds changes from an Excel block, skipping empty cells and unchanged values', () => {
    const block = parseTsv('Đạt\tx\t0\r\n\tChưa đạt\t1\r\n');
    expect(block).toEqual([
      ['Đạt', 'x', '0'],
      ['', 'Chưa đạt', '1'],
    ]);
    const plan = planResultPaste([
      cell('Phú Hữu (huyện Châu Thành)', '1. Quy hoạch', 'Đạt', 1, false),
      cell('Phú Hữu (huyện Châu Thành)', '2. Giao thông', 'x', 2, true),
      cell('Phú Tân (huyện Châu Thành)', '1. Quy hoạch', '', 1, true),
      cell('Phú Tân (huyện Châu Thành)', '2. Giao thông', 'Chưa đạt', 2, null),
    ]);
    expect(plan).toEqual({
      ok: true,
      changes: [
        { communeId: 26, criterionId: 1, before: false, after: true },
        { communeId: 26, criterionId: 2, before: null, after: false },
      ],
    });
  });

  it('refuses the whole block when any cell is invalid, naming commune and column', () => {
    const plan = planResultPaste([
      cell('Phú Hữu (huyện Châu Thành)', '1. Quy hoạch', 'Đạt'),
      cell('Vị Bình (huyện Vị Thủy)', '5. Trường học', 'có lẽ'),
      cell('Vị Bình (huyện Vị Thủy)', 'Số tiêu chí đạt', '18', null),
    ]);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.errors).toHaveLength(2);
      expect(plan.errors[0]).toMatch(
        /^Xã Vị Bình \(huyện Vị Thủy\), cột «5\. Trường học»: «có lẽ» không phải giá trị hợp lệ/,
      );
      expect(plan.errors[1]).toMatch(/cột «Số tiêu chí đạt»: cột này không nhập được/);
    }
    expect(planResultPaste([cell('A', '1', 'Đạt')], true).ok).toBe(false);
  });
});

const standing = (
  communeId: number,
  level: CommuneStanding['level'],
  levelYear: number | null,
  criteriaMet: number | null,
  districtId = 1,
): CommuneStanding => ({
  communeId,
  districtId,
  level,
  levelYear,
  criteriaMet,
});

describe('figures and projections', () => {
  it('computes figures and bands for the 19-criteria and the 10-criteria set', () => {
    const rows = [
      standing(1, 'ntm', 2022, 19),
      standing(2, 'nang_cao', 2020, 19),
      standing(3, null, null, 15),
      standing(4, null, null, 9),
      standing(5, null, null, 3),
    ];
    const f = computeFigures(rows, 2022, 19);
    expect(f).toMatchObject({
      communeTotal: 5,
      ntm: 2,
      ntmPercent: '40%',
      newNtm: 1,
      nangCao: 1,
      kieuMau: 0,
      avgCriteria: '13,0',
      minCriteria: 3,
    });
    expect(f.bands.map((b) => b.count)).toEqual([2, 1, 0, 1, 1]);
    expect(criteriaBands(10).map((b) => b.label)).toEqual(['10 tiêu chí', '5–9 tiêu chí', 'Dưới 5 tiêu chí']);
    const f10 = computeFigures(
      [standing(1, null, null, 10), standing(2, null, null, 7), standing(3, null, null, null)],
      2026,
      10,
    );
    expect(f10.bands.map((b) => b.count)).toEqual([1, 1, 0]);
    expect(f10.withResults).toBe(2);
  });

  it('projects the year end from last year and the targets, counting a commune once', () => {
    const baseline = new Map([
      [1, 'ntm' as const],
      [2, 'nang_cao' as const],
    ]);
    const p = projectLevels(
      baseline,
      [
        { communeId: 3, level: 'ntm', kind: 'official' },
        { communeId: 1, level: 'nang_cao', kind: 'official' },
        { communeId: 4, level: 'ntm', kind: 'stretch' },
        { communeId: 2, level: 'kieu_mau', kind: 'stretch' },
        { communeId: 5, level: 'tieu_chi', kind: 'official' },
      ],
      10,
    );
    expect(p.map((x) => [x.level, x.baseline, x.official, x.stretch, x.projected, x.projectedWithStretch])).toEqual([
      ['ntm', 2, 1, 1, 3, 4],
      // Commune 2 already holds nâng cao: its kiểu mẫu stretch target adds nobody here.
      ['nang_cao', 1, 1, 0, 2, 2],
      ['kieu_mau', 0, 0, 1, 0, 1],
    ]);
    expect(p[0]!.projectedPercent).toBe('30%');
  });
});

describe('finding communes', () => {
  const rows = [
    { id: 1, name: 'Phú Hữu', districtName: 'Châu Thành', districtId: 4, code: '31471' },
    { id: 2, name: 'Phú Tân', districtName: 'Châu Thành', districtId: 4, code: '31472' },
    { id: 3, name: 'Tân Phú', districtName: 'Long Mỹ', districtId: 8, code: '31500' },
    { id: 4, name: 'Đông Phước', districtName: 'Châu Thành', districtId: 4, code: null },
    { id: 5, name: 'Đại Thành', districtName: 'Ngã Bảy', districtId: 2, code: null },
  ];
  it('ignores diacritics and filters by district-level unit', () => {
    expect(filterCommunes(rows, { search: 'phu huu' }).map((r) => r.name)).toEqual(['Phú Hữu']);
    // Part of a name finds that name; otherwise the words may fall in the district's name too.
    expect(filterCommunes(rows, { search: 'tan phu' }).map((r) => r.name)).toEqual(['Tân Phú']);
    expect(filterCommunes(rows, { search: 'phu chau' }).map((r) => r.name)).toEqual([
      'Phú Hữu',
      'Phú Tân',
      'Đông Phước',
    ]);
    expect(filterCommunes(rows, { search: 'long my' }).map((r) => r.name)).toEqual(['Tân Phú']);
    expect(filterCommunes(rows, { districtId: 4 })).toHaveLength(3);
    expect(filterCommunes(rows, { districtId: 4, search: 'phu' }).map((r) => r.id)).toEqual([1, 2, 4]);
    expect(filterCommunes(rows, { search: '31500' }).map((r) => r.id)).toEqual([3]);
  });
  it('sorts Vietnamese names with Đ after D', () => {
    expect([...rows].sort(byCommuneName).map((r) => r.name)).toEqual([
      'Đại Thành',
      'Đông Phước',
      'Phú Hữu',
      'Phú Tân',
      'Tân Phú',
    ]);
  });
});
