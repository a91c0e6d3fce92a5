/**
 * A block copied from Excel and pasted into the indicator panel of one commune and criterion.
 * Accepted shapes: one column of values (a row per indicator) or one row of values (a cell per
 * indicator, as in the wide «Chỉ tiêu <năm>» sheet), placed from the indicator in focus on; or
 * rows starting with the indicator's code («2.1 … 85%»), placed by code with the row's last cell as
 * the value. Every value is checked first: one bad value refuses the whole paste, and the message
 * names the row (or cell) of the block and the indicator.
 */
import { parseIndicatorValue, type IndicatorRule } from '../../shared/domain/criteria-eval';
import { parseTsv } from './tsv';

export interface PasteIndicator extends IndicatorRule {
  id: number;
  code: string;
  /** The stored value now (null: none). */
  value: string | null;
}

export interface PastedValue {
  indicatorId: number;
  code: string;
  /** As pasted (the service reads it again with the same rule). */
  text: string;
}

export type IndicatorPastePlan = { ok: true; changes: PastedValue[] } | { ok: false; errors: string[] };

const SHAPE_HELP = 'Hãy dán một cột (hoặc một dòng) giá trị, hoặc các dòng bắt đầu bằng mã chỉ tiêu.';

export function planIndicatorPaste(
  indicators: readonly PasteIndicator[],
  startIndex: number,
  text: string,
): IndicatorPastePlan {
  const rows = parseTsv(text).filter((r) => r.some((c) => c.trim() !== ''));
  if (!rows.length) return { ok: false, errors: ['Khối dán không có giá trị nào.'] };
  const byCode = new Map(indicators.map((i) => [i.code.trim(), i]));
  // Placed cells: [indicator, text, where in the block].
  const placed: [PasteIndicator, string, string][] = [];
  if (rows.every((r) => r.length >= 2 && byCode.has(r[0]!.trim()))) {
    rows.forEach((r, n) => placed.push([byCode.get(r[0]!.trim())!, r[r.length - 1]!, `Dòng ${n + 1}`]));
  } else {
    const oneRow = rows.length === 1;
    if (!oneRow && rows.some((r) => r.filter((c) => c.trim() !== '').length > 1)) {
      return {
        ok: false,
        errors: [`Khối dán có ${rows.length} dòng × ${Math.max(...rows.map((r) => r.length))} cột. ${SHAPE_HELP}`],
      };
    }
    const cells = oneRow ? rows[0]! : rows.map((r) => r.find((c) => c.trim() !== '') ?? '');
    const room = indicators.length - startIndex;
    if (cells.length > room) {
      const from = indicators[startIndex]?.code ?? '';
      return {
        ok: false,
        errors: [
          `Khối dán có ${cells.length} giá trị nhưng từ chỉ tiêu ${from} chỉ còn ${room} chỉ tiêu; chưa có thay đổi nào.`,
        ],
      };
    }
    cells.forEach((c, n) => placed.push([indicators[startIndex + n]!, c, `${oneRow ? 'Ô' : 'Dòng'} ${n + 1}`]));
  }
  const errors: string[] = [];
  const changes: PastedValue[] = [];
  const seen = new Set<number>();
  for (const [i, raw, where] of placed) {
    if (seen.has(i.id)) {
      errors.push(`${where} (chỉ tiêu ${i.code}): chỉ tiêu này có hai giá trị trong khối dán.`);
      continue;
    }
    seen.add(i.id);
    const parsed = parseIndicatorValue(i, raw);
    if (parsed.kind === 'empty') continue;
    if (parsed.kind === 'invalid') errors.push(`${where} (chỉ tiêu ${i.code}): ${parsed.message}.`);
    else if (parsed.value !== i.value) changes.push({ indicatorId: i.id, code: i.code, text: raw.trim() });
  }
  return errors.length ? { ok: false, errors } : { ok: true, changes };
}
