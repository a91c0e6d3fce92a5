import { describe, it, expect } from 'vitest';
import { planAmountBatch, type AmountCellInput } from '../../renderer/lib/amount-paste';
import { thousandVnd } from '../../shared/models/units-of-measure';

const cell = (
  rowLabel: string,
  colLabel: string,
  text: string,
  over: Partial<AmountCellInput> = {},
): AmountCellInput => ({
  rowLabel,
  colLabel,
  text,
  target: { workId: 7, source: 'trung_uong', stage: 'need' },
  ...over,
});

describe('a pasted block of amounts', () => {
  it('becomes one batch of exact changes when every cell is valid', () => {
    const r = planAmountBatch([
      cell('Đường ấp 3', 'Trung ương', '6.259.605'),
      cell('Đường ấp 3', 'Địa phương', '1,5', { target: { workId: 7, source: 'dia_phuong', stage: 'need' } }),
      cell('Đường ấp 4', 'Trung ương', ''),
    ]);
    expect(r).toEqual({
      ok: true,
      changes: [
        { workId: 7, source: 'trung_uong', stage: 'need', amount: 6_259_605_000 },
        { workId: 7, source: 'dia_phuong', stage: 'need', amount: 1_500 },
        { workId: 7, source: 'trung_uong', stage: 'need', amount: null },
      ],
    });
  });

  it('skips cells that keep their value', () => {
    expect(planAmountBatch([cell('A', 'B', '170.914', { current: thousandVnd(170_914_000) })])).toEqual({
      ok: true,
      changes: [],
    });
  });

  it('is refused whole, naming every wrong cell', () => {
    const r = planAmountBatch([
      cell('Đường ấp 3', 'Trung ương', '100'),
      cell('Đường ấp 3', 'Địa phương', '1,234.5'),
      cell('Nhà văn hóa', 'Lồng ghép', 'abc'),
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(
      /^Không lưu ô nào\. Dòng «Đường ấp 3», cột «Địa phương»: «1,234\.5» viết theo kiểu tiếng Anh.* \(và 1 lỗi khác\)$/,
    );
    expect(r.details).toHaveLength(2);
    expect(r.details[1]).toMatch(/^Dòng «Nhà văn hóa», cột «Lồng ghép»: «abc» không phải số tiền/);
  });

  it('refuses cells that take no amount and blocks running past the grid', () => {
    const r = planAmountBatch([cell('Tổng cộng', 'Trung ương', '5', { target: null })], true);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.details).toEqual([
        'Khối dán vượt quá số dòng hoặc số cột của bảng.',
        'Dòng «Tổng cộng», cột «Trung ương»: chỉ dán được vào các ô số tiền theo nguồn vốn.',
      ]);
  });
});
