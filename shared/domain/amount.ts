/**
 * Money amounts as the office writes them: triệu đồng in the Vietnamese number format.
 *
 * Storage: an amount is a `ThousandVnd` (shared/models/units-of-measure.ts), an integer number of nghìn đồng (1 triệu đồng = 1000), so every figure
 * with up to three decimals of triệu is exact; text is turned into that integer digit by digit,
 * never through a float.
 *
 * Rules for text (typed, pasted or read from a text cell in Excel):
 * - "." groups thousands and "," marks decimals: "6.259.605" = 6259605 triệu, "1,5" = 1,5 triệu.
 * - Digits without separators are fine: "6259605".
 * - A group after a "." must have exactly 3 digits: "1.234" = 1234 triệu (Vietnamese convention,
 *   never 1,234); "1.23" and "1.2345" are refused.
 * - At most 3 decimals (a nghìn đồng is the smallest unit): "1,2345" is refused.
 * - A "," followed by "." ("1,234.5"), more than one "," ("1,234,567"), or a "." with a
 *   decimal-looking tail ("1234.5") mixes the English convention in and is refused — it cannot be
 *   read unambiguously. "1,234" is 1,234 triệu by the Vietnamese convention.
 * - Spaces (also no-break and thin spaces, as some spreadsheets copy them) may group thousands
 *   instead of dots, with the same 3-digit rule ("6 259 605"), but not mixed with dots.
 * - Leading and trailing spaces are ignored; empty text means "no figure" (null).
 * - No sign: negatives ("-5", "(5)") are refused; so is any other text ("5 triệu", "năm").
 */

import { formatPercent } from '../format/number';
import { thousandVnd, type ThousandVnd } from '../models/units-of-measure';

export const AMOUNT_UNIT = 'triệu đồng';

/** Just under 10^13 nghìn đồng (10 triệu tỷ đồng): far above any plan, and sums of many stay exact. */
export const MAX_AMOUNT = thousandVnd(9_999_999_999_999);
/** Whole numbers from here on have more digits than MAX_AMOUNT allows (see amountFromNumber). */
const MAX_WHOLE = 10 ** (String(MAX_AMOUNT).length - 3);

export type AmountParse = { ok: true; value: ThousandVnd | null } | { ok: false; error: string };

const SPACES = /[ \u00a0\u2009\u202f]/;
const fail = (error: string): AmountParse => ({ ok: false, error });

/** Reads one amount in triệu đồng; see the module comment for the rules. */
export function parseAmount(input: string): AmountParse {
  const text = input.replace(/^[\s\u00a0\u2009\u202f]+|[\s\u00a0\u2009\u202f]+$/g, '');
  if (text === '') return { ok: true, value: null };
  const shown = `«${text}»`;
  if (/^[-−–]|^\(.*\)$/.test(text)) return fail(`${shown}: số tiền không được âm.`);
  if (!/^[0-9., \u00a0\u2009\u202f]+$/.test(text)) {
    return fail(
      `${shown} không phải số tiền: chỉ nhập chữ số, dấu chấm (hàng nghìn) và dấu phẩy (thập phân); đơn vị là ${AMOUNT_UNIT}.`,
    );
  }
  const commas = text.split(',').length - 1;
  if (commas > 1 || (commas === 1 && text.indexOf('.') > text.indexOf(','))) {
    return fail(
      `${shown} viết theo kiểu tiếng Anh nên không rõ nghĩa: dùng dấu chấm phân cách hàng nghìn và dấu phẩy cho phần thập phân (ví dụ 1.234,5).`,
    );
  }
  const [intText = '', decimals = ''] = text.split(',');
  if (commas === 1 && !/^\d+$/.test(decimals)) return fail(`${shown}: phần thập phân sau dấu phẩy chỉ gồm chữ số.`);
  if (decimals.length > 3) return fail(`${shown}: tối đa 3 chữ số thập phân (đơn vị nhỏ nhất là nghìn đồng).`);
  const digits = integerDigits(intText);
  if (digits === null) {
    return fail(
      `${shown}: dấu chấm phân cách hàng nghìn phải đứng trước đúng 3 chữ số (ví dụ 6.259.605); phần thập phân dùng dấu phẩy.`,
    );
  }
  // Integer digits and three decimal places, concatenated: the value in nghìn đồng, exactly.
  const all = (digits + decimals.padEnd(3, '0')).replace(/^0+(?=\d)/, '');
  if (all.length > String(MAX_AMOUNT).length) return fail(`${shown}: số tiền quá lớn.`);
  return { ok: true, value: thousandVnd(Number(all)) };
}

/** The integer part without its group separators, or null when the grouping is wrong. */
function integerDigits(intText: string): string | null {
  if (intText === '') return null;
  if (/^\d+$/.test(intText)) return intText;
  const hasDot = intText.includes('.');
  const hasSpace = SPACES.test(intText);
  if (hasDot && hasSpace) return null;
  const groups = intText.split(hasDot ? '.' : SPACES);
  const [first = '', ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}

/**
 * An amount from a number cell of Excel (in triệu đồng). Excel stores doubles: the shortest
 * decimal text of the double is read exactly; a value that is only float noise away from three
 * decimals (a formula like =A1*0,3) is taken at three decimals, anything finer is refused.
 */
export function amountFromNumber(value: number): AmountParse {
  // Whole numbers (most figures in a sheet): the checks below, without formatting the number.
  if (Number.isSafeInteger(value) && value >= 0)
    return value < MAX_WHOLE ? { ok: true, value: thousandVnd(value * 1000 + 0) } : fail('số tiền quá lớn.');
  if (!Number.isFinite(value)) return fail('giá trị không phải số.');
  if (value < 0) return fail(`${formatNumberPlain(value)}: số tiền không được âm.`);
  const fixed = value.toFixed(3);
  if (Math.abs(Number(fixed) - value) > 1e-9 * Math.max(1, value)) {
    return fail(`${formatNumberPlain(value)}: tối đa 3 chữ số thập phân (đơn vị nhỏ nhất là nghìn đồng).`);
  }
  const [i = '0', f = '000'] = fixed.split('.');
  if (i.length + 3 > String(MAX_AMOUNT).length) return fail('số tiền quá lớn.');
  return { ok: true, value: thousandVnd(Number(i + f)) };
}

const formatNumberPlain = (v: number) => String(v).replace('.', ',');

const groupInt = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "6.259.605", "1,5", "0,005"; empty text for no figure. Integer arithmetic only. */
export function formatAmount(amount: ThousandVnd | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  const neg = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 1000);
  const frac = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return (neg ? '-' : '') + groupInt(String(whole)) + (frac ? ',' + frac : '');
}

/** A Vietnamese rate "74,5%" of part ÷ whole (a display figure, not an amount), or "—" when there is nothing to divide (by). */
export function formatRate(part: ThousandVnd | null, whole: ThousandVnd | null): string {
  return part !== null && whole !== null && whole > 0 ? formatPercent(part, whole) : '—';
}
