/**
 * Turns a block pasted onto the criteria grid into result changes. Every cell is checked first;
 * one bad cell refuses the whole paste, and the messages name the commune (row) and the column.
 */
import { parseResultText, RESULT_INPUT_HELP } from '../../shared/domain/criteria-values';

export interface PasteCellTarget {
  communeId: number;
  /** How the row is named in messages: "Phú Hữu (huyện Châu Thành)". */
  communeLabel: string;
  /** Null when the cell is not a criterion column (name, derived counts …). */
  criterionId: number | null;
  columnLabel: string;
  text: string;
  /** The value now in the cell, for the undo stack. */
  current: boolean | null;
}

export interface PastedChange {
  communeId: number;
  criterionId: number;
  before: boolean | null;
  after: boolean;
}

export type PastePlan = { ok: true; changes: PastedChange[] } | { ok: false; errors: string[] };

export function planResultPaste(cells: PasteCellTarget[], overflow = false): PastePlan {
  const errors: string[] = [];
  const changes: PastedChange[] = [];
  if (overflow) errors.push('Khối dán vượt quá số dòng hoặc số cột của bảng; hãy chọn ô bắt đầu khác.');
  for (const c of cells) {
    const parsed = parseResultText(c.text);
    if (parsed.kind === 'empty') continue;
    if (c.criterionId === null) {
      errors.push(
        `Xã ${c.communeLabel}, cột «${c.columnLabel}»: cột này không nhập được (chỉ dán vào các cột tiêu chí).`,
      );
      continue;
    }
    if (parsed.kind === 'invalid') {
      errors.push(
        `Xã ${c.communeLabel}, cột «${c.columnLabel}»: «${parsed.text}» không phải giá trị hợp lệ (${RESULT_INPUT_HELP}).`,
      );
      continue;
    }
    const after = parsed.kind === 'met';
    if (after !== c.current)
      changes.push({ communeId: c.communeId, criterionId: c.criterionId, before: c.current, after });
  }
  return errors.length ? { ok: false, errors } : { ok: true, changes };
}
