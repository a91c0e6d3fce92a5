import { describe, it, expect } from 'vitest';
import {
  criterionFromIndicators,
  evaluateIndicator,
  missingCriteria,
  parseIndicatorValue,
  showIndicatorValue,
  thresholdFor,
  type IndicatorRule,
} from '../../shared/domain/criteria-eval';
import { ceilingProblem, levelProblem, ocopLevelsAt, OCOP_LEVEL_CEILING } from '../../shared/domain/ocop-levels';

const num = (comparator: string): IndicatorRule => ({ comparator, valueKind: 'number', grades: '' });
const at = (v: string) => ({ value: v, notApplicable: false });

describe('indicator evaluation at every comparator', () => {
  const cases: [string, string, string, 'met' | 'unmet'][] = [
    ['>=', '80', '80', 'met'],
    ['>=', '79.9', '80', 'unmet'],
    ['<=', '5', '5', 'met'],
    ['<=', '5.01', '5', 'unmet'],
    ['>', '80', '80', 'unmet'],
    ['>', '80.5', '80', 'met'],
    ['<', '4.9', '5', 'met'],
    ['<', '5', '5', 'unmet'],
    ['=', '100', '100', 'met'],
    ['=', '99', '100', 'unmet'],
  ];
  for (const [cmp, value, threshold, expected] of cases) {
    it(`${value} ${cmp} ${threshold} → ${expected}`, () => {
      expect(evaluateIndicator(num(cmp), at(threshold), value)).toBe(expected);
    });
  }
  it('reads thresholds written the Vietnamese way (80,5 and 80%)', () => {
    expect(evaluateIndicator(num('>='), at('80,5'), '80.5')).toBe('met');
    expect(evaluateIndicator({ comparator: '>=', valueKind: 'percent', grades: '' }, at('80%'), '79')).toBe('unmet');
  });
  it('yes/no indicators need «Đạt»', () => {
    const yn: IndicatorRule = { comparator: 'dat', valueKind: 'yesno', grades: '' };
    expect(evaluateIndicator(yn, at('Đạt'), 'dat')).toBe('met');
    expect(evaluateIndicator(yn, at('Đạt'), 'khong')).toBe('unmet');
  });
  it('grades compare by their order, best first', () => {
    const g: IndicatorRule = { comparator: '>=', valueKind: 'grade', grades: 'Tốt;Khá;Trung bình;Yếu' };
    expect(evaluateIndicator(g, at('Khá'), 'Tốt')).toBe('met');
    expect(evaluateIndicator(g, at('Khá'), 'Khá')).toBe('met');
    expect(evaluateIndicator(g, at('Khá'), 'Trung bình')).toBe('unmet');
    expect(evaluateIndicator({ ...g, comparator: '=' }, at('Khá'), 'Tốt')).toBe('unmet');
  });
  it('a missing value is «chưa có số liệu», never a zero', () => {
    expect(evaluateIndicator(num('>='), at('80'), null)).toBe('missing');
    expect(evaluateIndicator(num('<='), at('5'), '0')).toBe('met');
  });
  it('«không áp dụng» for a group is neither met nor missing', () => {
    expect(evaluateIndicator(num('>='), { value: '', notApplicable: true }, null)).toBe('na');
    expect(evaluateIndicator(num('>='), undefined, '90')).toBe('no_threshold');
  });
});

describe('group edges', () => {
  const thresholds = new Map([
    ['nhom1', at('90')],
    ['nhom2', at('80')],
    ['nhom3', { value: '', notApplicable: true }],
  ]);
  const rule = num('>=');
  it('the same value meets group 2 but not group 1, and group 3 does not apply', () => {
    const judge = (group: number | null) =>
      evaluateIndicator(rule, thresholdFor('group', thresholds, { group, region: null }), '85');
    expect(judge(1)).toBe('unmet');
    expect(judge(2)).toBe('met');
    expect(judge(3)).toBe('na');
    // No group recorded: no threshold applies yet.
    expect(judge(null)).toBe('no_threshold');
  });
  it('exactly at each group threshold is met', () => {
    expect(evaluateIndicator(rule, thresholdFor('group', thresholds, { group: 1, region: null }), '90')).toBe('met');
    expect(evaluateIndicator(rule, thresholdFor('group', thresholds, { group: 2, region: null }), '80')).toBe('met');
    expect(evaluateIndicator(rule, thresholdFor('group', thresholds, { group: 2, region: null }), '79.99')).toBe(
      'unmet',
    );
  });
  it('region sets fall back to the national threshold', () => {
    const byRegion = new Map([
      ['chung', at('70')],
      ['DBSCL', at('60')],
    ]);
    expect(thresholdFor('region', byRegion, { group: null, region: 'DBSCL' })?.value).toBe('60');
    expect(thresholdFor('region', byRegion, { group: null, region: 'TN' })?.value).toBe('70');
  });
});

describe('criterion from indicators', () => {
  it('unmet wins, then unknown, and «không áp dụng» counts as not blocking', () => {
    expect(criterionFromIndicators(['met', 'na', 'met'])).toBe(true);
    expect(criterionFromIndicators(['met', 'missing'])).toBeNull();
    expect(criterionFromIndicators(['missing', 'unmet'])).toBe(false);
    expect(criterionFromIndicators(['na', 'na'])).toBe(true);
    expect(criterionFromIndicators([])).toBeNull();
  });
});

describe('values as typed', () => {
  it('parses Vietnamese numbers and refuses text, percent above 100', () => {
    expect(parseIndicatorValue(num('>='), '1.234,5')).toEqual({ kind: 'value', value: '1234.5' });
    expect(parseIndicatorValue(num('>='), '12,5')).toEqual({ kind: 'value', value: '12.5' });
    expect(parseIndicatorValue(num('>='), 'abc').kind).toBe('invalid');
    expect(parseIndicatorValue({ comparator: '>=', valueKind: 'percent', grades: '' }, '120').kind).toBe('invalid');
    expect(parseIndicatorValue({ comparator: 'dat', valueKind: 'yesno', grades: '' }, 'đạt')).toEqual({
      kind: 'value',
      value: 'dat',
    });
    expect(parseIndicatorValue({ comparator: '>=', valueKind: 'grade', grades: 'Tốt;Khá' }, 'kha')).toEqual({
      kind: 'value',
      value: 'Khá',
    });
    expect(parseIndicatorValue(num('>='), '  ')).toEqual({ kind: 'empty' });
  });
  it('shows values the Vietnamese way', () => {
    expect(showIndicatorValue({ comparator: '>=', valueKind: 'percent', grades: '' }, '74.5')).toBe('74,5%');
    expect(showIndicatorValue(num('>='), '6259605')).toBe('6.259.605');
    expect(showIndicatorValue(num('>='), null)).toBe('');
  });
});

describe('recognition check', () => {
  it('names every criterion not met or not entered', () => {
    const criteria = [{ id: 1 }, { id: 2 }, { id: 3 }];
    expect(
      missingCriteria(
        criteria,
        new Map([
          [1, true],
          [2, false],
        ]),
      ).map((c) => c.id),
    ).toEqual([2, 3]);
    expect(
      missingCriteria(
        criteria,
        new Map([
          [1, true],
          [2, true],
          [3, true],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('OCOP levels and ceilings', () => {
  it('after 1/7/2025: commune first check, province, centre; no district', () => {
    expect(ocopLevelsAt('2025-06-30')).toEqual(['district', 'province', 'central']);
    expect(ocopLevelsAt('2025-07-01')).toEqual(['commune', 'province', 'central']);
    expect(levelProblem('district', '2025-08-01')).toContain('không còn cấp huyện');
    expect(levelProblem('commune', '2025-01-01')).not.toBeNull();
    expect(levelProblem('province', '2026-01-01')).toBeNull();
  });
  it('no level awards stars above its ceiling', () => {
    expect(OCOP_LEVEL_CEILING).toEqual({ commune: 0, district: 3, province: 4, central: 5 });
    expect(ceilingProblem('province', 4)).toBeNull();
    expect(ceilingProblem('province', 5)).toContain('tối đa 4 sao');
    expect(ceilingProblem('district', 4)).toContain('tối đa 3 sao');
    expect(ceilingProblem('commune', 3)).toContain('sơ bộ');
    expect(ceilingProblem('central', 5)).toBeNull();
  });
});
