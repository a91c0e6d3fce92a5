/** Vietnamese number formats: "." groups thousands, "," marks decimals (6.259.605; 74,5). */

const groupInt = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Formats an integer or a decimal string/number the Vietnamese way, with at most `decimals` places. */
export function formatNumber(value: number | bigint, decimals = 0): string {
  if (typeof value === 'bigint') return (value < 0n ? '-' : '') + groupInt((value < 0n ? -value : value).toString());
  if (!Number.isFinite(value)) return '';
  const neg = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = '0', frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return (neg ? '-' : '') + groupInt(intPart) + (trimmed ? ',' + trimmed : '');
}

/** One decimal always shown, as plans write averages: 18,2. */
export function formatDecimal1(value: number): string {
  const fixed = value.toFixed(1);
  const [i = '0', f = '0'] = fixed.split('.');
  return groupInt(i) + ',' + f;
}

/** 38 of 51 → "74,5%" (one decimal, trailing zero dropped: 100%). */
export function formatPercent(part: number, whole: number, decimals = 1): string {
  if (whole === 0) return '0%';
  return formatNumber(Math.round((part / whole) * 100 * 10 ** decimals) / 10 ** decimals, decimals) + '%';
}

/** Zero-padded ordinal as documents write counts under 10: 3 → "03". */
export function pad2(n: number): string {
  return n < 10 && n >= 0 ? '0' + n : String(n);
}

/** A document number as Decree 30 writes it: numbers below 10 take a leading zero ("05"); other text as given. */
export function docNumber(n: string | number): string {
  const s = String(n).trim();
  return /^\d+$/.test(s) && Number(s) < 10 ? s.padStart(2, '0') : s;
}
