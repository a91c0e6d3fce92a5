import { describe, it, expect } from 'vitest';
import { amountFromNumber, formatAmount, formatRate, MAX_AMOUNT, parseAmount } from '../../shared/domain/amount';
import { thousandVnd } from '../../shared/models/units-of-measure';

const value = (text: string) => {
  const r = parseAmount(text);
  if (!r.ok) throw new Error(`refused ${text}: ${r.error}`);
  return r.value;
};
const refusal = (text: string) => {
  const r = parseAmount(text);
  if (r.ok) throw new Error(`accepted ${text} as ${r.value}`);
  return r.error;
};

describe('amounts in triệu đồng (stored as integers of nghìn đồng)', () => {
  it('reads the Vietnamese format: dots group thousands, a comma marks decimals', () => {
    expect(value('6.259.605')).toBe(6_259_605_000);
    expect(value('6259605')).toBe(6_259_605_000);
    expect(value('1.234,5')).toBe(1_234_500);
    expect(value('1,5')).toBe(1_500);
    expect(value('0,005')).toBe(5);
    expect(value('0')).toBe(0);
    expect(value('  170.914 ')).toBe(170_914_000);
    expect(value('5.589.382')).toBe(5_589_382_000);
  });

  it('reads "1.234" as one thousand two hundred thirty-four triệu, per Vietnamese convention', () => {
    expect(value('1.234')).toBe(1_234_000);
    // And a comma is always the decimal mark.
    expect(value('1,234')).toBe(1_234);
  });

  it('accepts spaces (also no-break and thin spaces) as thousands groups, never mixed with dots', () => {
    expect(value('6 259 605')).toBe(6_259_605_000);
    expect(value('6\u00a0259\u00a0605,5')).toBe(6_259_605_500);
    expect(value('6\u202f259')).toBe(6_259_000);
    expect(refusal('6 259.605')).toMatch(/dấu chấm/);
    expect(refusal('62 59')).toMatch(/3 chữ số/);
  });

  it('treats empty text as no figure', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses groups that are not three digits', () => {
    expect(refusal('1.23')).toMatch(/đúng 3 chữ số/);
    expect(refusal('1.2345')).toMatch(/đúng 3 chữ số/);
    expect(refusal('1234.5')).toMatch(/đúng 3 chữ số/);
    expect(refusal('1.5')).toMatch(/đúng 3 chữ số/);
    expect(refusal('12.34.567')).toMatch(/đúng 3 chữ số/);
    expect(refusal('1.')).toMatch(/đúng 3 chữ số/);
  });

  it('refuses numbers that mix the English convention in', () => {
    expect(refusal('1,234.5')).toMatch(/tiếng Anh/);
    expect(refusal('1,234,567')).toMatch(/tiếng Anh/);
    expect(refusal('6,259,605.00')).toMatch(/tiếng Anh/);
  });

  it('refuses more than three decimals, negatives and text', () => {
    expect(refusal('1,2345')).toMatch(/tối đa 3 chữ số thập phân/);
    expect(refusal('-5')).toMatch(/không được âm/);
    expect(refusal('−5')).toMatch(/không được âm/);
    expect(refusal('(5)')).toMatch(/không được âm/);
    expect(refusal('năm triệu')).toMatch(/không phải số tiền/);
    expect(refusal('5 triệu')).toMatch(/không phải số tiền/);
    expect(refusal('1e6')).toMatch(/không phải số tiền/);
    expect(refusal('1,')).toMatch(/thập phân/);
    expect(refusal(',5')).toMatch(/đúng 3 chữ số/);
  });

  it('names the text it refuses', () => {
    expect(refusal('abc')).toContain('«abc»');
  });

  it('refuses amounts beyond the maximum and never goes through floats', () => {
    expect(value('9.999.999.999,999')).toBe(MAX_AMOUNT);
    expect(refusal('10.000.000.000')).toMatch(/quá lớn/);
    // 0,1 + 0,2 would be 0.30000000000000004 as floats; parsed digit by digit it is exact.
    expect(value('0,1')! + value('0,2')!).toBe(value('0,3'));
    expect(value('8.999.999.999,999')).toBe(8_999_999_999_999);
  });

  it('formats back the way it reads', () => {
    expect(formatAmount(thousandVnd(6_259_605_000))).toBe('6.259.605');
    expect(formatAmount(thousandVnd(1_500))).toBe('1,5');
    expect(formatAmount(thousandVnd(1_234))).toBe('1,234');
    expect(formatAmount(thousandVnd(5))).toBe('0,005');
    expect(formatAmount(thousandVnd(0))).toBe('0');
    expect(formatAmount(thousandVnd(-153_914_000))).toBe('-153.914');
    expect(formatAmount(null)).toBe('');
    for (const n of [0, 1, 999, 1000, 1_234_567, 6_259_605_000, 1_234_500, MAX_AMOUNT])
      expect(value(formatAmount(thousandVnd(n)))).toBe(n);
  });

  it('reads Excel number cells exactly, tolerating float noise only', () => {
    const ok = (n: number) => {
      const r = amountFromNumber(n);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    expect(ok(170914)).toBe(170_914_000);
    expect(ok(1.5)).toBe(1_500);
    expect(ok(1.234)).toBe(1_234);
    expect(ok(0.1 + 0.2)).toBe(300);
    expect(ok(6259605)).toBe(6_259_605_000);
    expect(amountFromNumber(1.2345).ok).toBe(false);
    expect(amountFromNumber(-1).ok).toBe(false);
    expect(amountFromNumber(Number.NaN).ok).toBe(false);
    expect(amountFromNumber(1e13).ok).toBe(false);
  });

  it('reads whole numbers as the general rule does (the fast path changes nothing)', () => {
    // The general rule: the number's three-decimal text, at most 13 digits in all.
    const general = (n: number) => {
      const [i = '0', f = '000'] = n.toFixed(3).split('.');
      return i.length + 3 > String(MAX_AMOUNT).length ? null : Number(i + f);
    };
    const wholes = [0, -0, 1, 999, 9_999_999_999, 10_000_000_000, 2 ** 40, Number.MAX_SAFE_INTEGER];
    for (let k = 0; k < 2000; k++) wholes.push(Math.floor(Math.abs(Math.sin(k + 1)) * 10 ** (k % 14)));
    for (const n of wholes) {
      const r = amountFromNumber(n);
      const want = general(n);
      if (want === null) expect(r, String(n)).toEqual({ ok: false, error: 'số tiền quá lớn.' });
      else expect(r, String(n)).toStrictEqual({ ok: true, value: want });
    }
  });

  it('writes disbursement rates as the documents do', () => {
    expect(formatRate(thousandVnd(38), thousandVnd(51))).toBe('74,5%');
    expect(formatRate(thousandVnd(68_350_000), thousandVnd(112_480_000))).toBe('60,8%');
    expect(formatRate(thousandVnd(5), thousandVnd(0))).toBe('—');
    expect(formatRate(thousandVnd(100), thousandVnd(100))).toBe('100%');
  });
});
