import { describe, expect, it } from 'vitest';
import { planIndicatorPaste, type PasteIndicator } from '../../renderer/lib/indicator-paste';

const ind = (
  id: number,
  code: string,
  valueKind: string,
  value: string | null = null,
  grades = '',
): PasteIndicator => ({ id, code, valueKind, comparator: '>=', grades, value });
const panel = [
  ind(1, '3.1', 'percent', '80'),
  ind(2, '3.2', 'yesno'),
  ind(3, '3.3', 'grade', null, 'Tốt;Khá;Trung bình'),
  ind(4, '3.4', 'number'),
];

describe('pasting a block into the indicator panel', () => {
  it('places a column of values from the indicator in focus on, as typed', () => {
    expect(planIndicatorPaste(panel, 1, 'Đạt\r\nkhá\r\n1.234,5\r\n')).toEqual({
      ok: true,
      changes: [
        { indicatorId: 2, code: '3.2', text: 'Đạt' },
        { indicatorId: 3, code: '3.3', text: 'khá' },
        { indicatorId: 4, code: '3.4', text: '1.234,5' },
      ],
    });
  });

  it('places a row of cells (the wide sheet) the same way, skipping empty cells and unchanged values', () => {
    expect(planIndicatorPaste(panel, 0, '80%\t\tTốt')).toEqual({
      ok: true,
      changes: [{ indicatorId: 3, code: '3.3', text: 'Tốt' }],
    });
  });

  it('places rows that start with the code by code, with the last cell as the value', () => {
    expect(planIndicatorPaste(panel, 3, '3.4\tSố vụ\t7\n3.1\tTỷ lệ\t92,5')).toEqual({
      ok: true,
      changes: [
        { indicatorId: 4, code: '3.4', text: '7' },
        { indicatorId: 1, code: '3.1', text: '92,5' },
      ],
    });
  });

  it('refuses the whole block on one bad value, naming the row and the indicator', () => {
    const r = planIndicatorPaste(panel, 0, '90\nCó lẽ\nKhá\nnhiều');
    expect(r).toEqual({
      ok: false,
      errors: [
        'Dòng 2 (chỉ tiêu 3.2): «Có lẽ» không hợp lệ: ghi «Đạt» hoặc «Không».',
        'Dòng 4 (chỉ tiêu 3.4): «nhiều» không phải số.',
      ],
    });
    expect(planIndicatorPaste(panel, 0, '95')).toMatchObject({ ok: true });
    expect(planIndicatorPaste(panel, 0, '101\tĐạt')).toEqual({
      ok: false,
      errors: ['Ô 1 (chỉ tiêu 3.1): tỷ lệ 101 phải từ 0 đến 100.'],
    });
  });

  it('refuses a block longer than the indicators left, or a grid that is neither a row nor a column', () => {
    expect(planIndicatorPaste(panel, 2, '1\n2\n3')).toEqual({
      ok: false,
      errors: ['Khối dán có 3 giá trị nhưng từ chỉ tiêu 3.3 chỉ còn 2 chỉ tiêu; chưa có thay đổi nào.'],
    });
    expect(planIndicatorPaste(panel, 0, '1\t2\n3\t4')).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('Khối dán có 2 dòng × 2 cột')],
    });
    expect(planIndicatorPaste(panel, 0, '3.1\t90\n3.1\t95')).toEqual({
      ok: false,
      errors: ['Dòng 2 (chỉ tiêu 3.1): chỉ tiêu này có hai giá trị trong khối dán.'],
    });
  });
});
