/**
 * Turns cells typed or pasted into amount grids into one batch of changes, or refuses the whole
 * batch naming every cell that is wrong (all or nothing, as the office expects of a paste).
 */
import type { ThousandVnd } from '../../shared/models/units-of-measure';
import { parseAmount } from '../../shared/domain/amount';
import type { FundingStage } from '../../shared/models/funding';

/** Where a cell's figure goes: a work's (workId) or the province's own (workId null). */
export interface AmountTarget {
  workId: number | null;
  source: string;
  stage: FundingStage;
}

export interface AmountCellInput {
  /** How a person names the row and the column: «Trung ương», «Nhu cầu». */
  rowLabel: string;
  colLabel: string;
  /** Null when the cell does not hold an amount one can enter (a name, a total). */
  target: AmountTarget | null;
  text: string;
  /** The figure the cell shows now, to skip cells that do not change. */
  current?: ThousandVnd | null;
}

export interface AmountChange extends AmountTarget {
  amount: ThousandVnd | null;
}

export type AmountBatch = { ok: true; changes: AmountChange[] } | { ok: false; message: string; details: string[] };

export function planAmountBatch(cells: AmountCellInput[], overflow = false): AmountBatch {
  const problems: string[] = [];
  if (overflow) problems.push('Khối dán vượt quá số dòng hoặc số cột của bảng.');
  const changes: AmountChange[] = [];
  for (const c of cells) {
    const where = `Dòng «${c.rowLabel}», cột «${c.colLabel}»`;
    if (!c.target) {
      problems.push(`${where}: chỉ dán được vào các ô số tiền theo nguồn vốn.`);
      continue;
    }
    const parsed = parseAmount(c.text);
    if (!parsed.ok) {
      problems.push(`${where}: ${parsed.error}`);
      continue;
    }
    if (c.current !== undefined && parsed.value === c.current) continue;
    changes.push({ ...c.target, amount: parsed.value });
  }
  if (problems.length) {
    const more = problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : '';
    return { ok: false, message: `Không lưu ô nào. ${problems[0]}${more}`, details: problems.slice(0, 20) };
  }
  return { ok: true, changes };
}
