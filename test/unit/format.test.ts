import { describe, it, expect } from 'vitest';
import { formatNumber, formatDecimal1, formatPercent, pad2 } from '../../shared/format/number';
import { formatLongDate, formatShortDate, parseViDate, addMonths } from '../../shared/format/date';
import { compareVi, matchesSearch, searchKey } from '../../shared/format/text';
import { parseTsv } from '../../renderer/lib/tsv';

describe('Vietnamese formats', () => {
  it('groups thousands with dots and marks decimals with a comma', () => {
    expect(formatNumber(6_259_605)).toBe('6.259.605');
    expect(formatNumber(170914)).toBe('170.914');
    expect(formatNumber(-1234.5, 1)).toBe('-1.234,5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1234567890123n)).toBe('1.234.567.890.123');
    expect(formatDecimal1(18.2)).toBe('18,2');
    expect(formatDecimal1(18)).toBe('18,0');
    expect(formatPercent(38, 51)).toBe('74,5%');
    expect(formatPercent(51, 51)).toBe('100%');
    expect(formatPercent(1, 0)).toBe('0%');
    expect(pad2(3)).toBe('03');
    expect(pad2(38)).toBe('38');
  });

  it('writes dates as Decree 30 does', () => {
    expect(formatLongDate('2022-07-11')).toBe('ngày 11 tháng 7 năm 2022');
    expect(formatLongDate('2022-02-05')).toBe('ngày 05 tháng 02 năm 2022');
    expect(formatLongDate('2022-12-31')).toBe('ngày 31 tháng 12 năm 2022');
    expect(formatShortDate('2021-07-20')).toBe('20/07/2021');
    expect(parseViDate('20/7/2021')).toBe('2021-07-20');
    expect(parseViDate('31/02/2022')).toBeNull();
    expect(parseViDate('hôm qua')).toBeNull();
    expect(addMonths('2021-07-20', 36)).toBe('2024-07-20');
    expect(addMonths('2020-02-29', 36)).toBe('2023-02-28');
  });

  it('sorts and searches Vietnamese names', () => {
    const names = ['Vĩnh Viễn A', 'Đông Phú', 'Đại Thành', 'Ái', 'Bình Thành', 'Dân'];
    expect([...names].sort(compareVi)).toEqual(['Ái', 'Bình Thành', 'Dân', 'Đại Thành', 'Đông Phú', 'Vĩnh Viễn A']);
    expect(searchKey('Phú Hữu')).toBe('phu huu');
    expect(searchKey('ĐÔNG PHƯỚC A')).toBe('dong phuoc a');
    expect(matchesSearch('Phú Hữu huyện Châu Thành', 'phu huu')).toBe(true);
    expect(matchesSearch('Phú Tân', 'phu huu')).toBe(false);
  });
});

describe('TSV from Excel', () => {
  it('reads rows, tabs, quoted cells and drops the trailing newline', () => {
    expect(parseTsv('Đạt\tx\r\n1\t0\r\n')).toEqual([
      ['Đạt', 'x'],
      ['1', '0'],
    ]);
    expect(parseTsv('"a\tb"\t"say ""hi"""\n')).toEqual([['a\tb', 'say "hi"']]);
    expect(parseTsv('"two\nlines"\tz')).toEqual([['two\nlines', 'z']]);
    expect(parseTsv('\t\n')).toEqual([['', '']]);
    expect(parseTsv('')).toEqual([]);
  });
});
