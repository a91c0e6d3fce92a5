/**
 * How a criterion result is written by people (typed in the grid, pasted from Excel, read from an
 * imported sheet) and shown back. One rule for all three, so a value accepted in one is accepted in all.
 */
import { searchKey } from '../format/text';
import type { CriteriaMask } from '../models/units-of-measure';

export const MET_TEXT = 'Đạt';
export const UNMET_TEXT = 'Chưa đạt';

/** Shown in the UI help line: what a person may type. */
export const RESULT_INPUT_HELP =
  '«đ», «x», «1» hoặc «Đạt» → Đạt; «0», «c», «-» hoặc «Chưa đạt» → Chưa đạt; ô trống: giữ nguyên';

// Keys compared after searchKey (lower case, no diacritics), so "ĐẠT", "dat" and "Đạt" are one value.
const MET_KEYS = new Set(['d', 'dat', 'x', '1', 'co', 'true', '✓']);
const UNMET_KEYS = new Set(['0', 'c', 'chua dat', 'chua', '-', '—', '–', 'khong', 'false', '✗']);

export type ParsedResult = { kind: 'met' } | { kind: 'unmet' } | { kind: 'empty' } | { kind: 'invalid'; text: string };

/** Reads one value; "empty" means "leave the cell as it is". */
export function parseResultText(raw: string): ParsedResult {
  const text = raw.trim();
  if (!text) return { kind: 'empty' };
  const key = searchKey(text);
  if (MET_KEYS.has(key)) return { kind: 'met' };
  if (UNMET_KEYS.has(key)) return { kind: 'unmet' };
  return { kind: 'invalid', text };
}

/** The single key a person presses in the grid, or null if the key sets nothing. */
export function resultFromKey(key: string): boolean | null {
  if (key.length !== 1) return null;
  const parsed = parseResultText(key);
  return parsed.kind === 'met' ? true : parsed.kind === 'unmet' ? false : null;
}

export const resultText = (met: boolean | null): string => (met === null ? '' : met ? MET_TEXT : UNMET_TEXT);

/** Characters of MatrixRow.results. */
export const RESULT_MET = '1';
export const RESULT_UNMET = '0';
export const RESULT_NONE = '-';

export function resultAt(results: string, index: number): boolean | null {
  const ch = results[index];
  return ch === RESULT_MET ? true : ch === RESULT_UNMET ? false : null;
}

export function countMet(results: string): number {
  let n = 0;
  for (let i = 0; i < results.length; i++) if (results[i] === RESULT_MET) n++;
  return n;
}

/**
 * Results string from bit masks over criterion numbers (bit `no` of the mask = that criterion),
 * in the order of `nos` (the set's columns). Numbers stay below 2^53, so plain arithmetic is exact.
 */
export function resultsFromMasks(metMask: CriteriaMask, knownMask: CriteriaMask, nos: readonly number[]): string {
  if (knownMask === 0) return RESULT_NONE.repeat(nos.length);
  let s = '';
  for (const no of nos) {
    // Bit operators are 32-bit: criteria numbered above 30 take the arithmetic path.
    const known = no < 31 ? (knownMask >>> no) & 1 : Math.floor(knownMask / 2 ** no) % 2;
    const met = no < 31 ? (metMask >>> no) & 1 : Math.floor(metMask / 2 ** no) % 2;
    s += known ? (met ? RESULT_MET : RESULT_UNMET) : RESULT_NONE;
  }
  return s;
}
