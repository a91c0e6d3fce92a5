/**
 * What the office wants flagged in a year's funding: money disbursed above the allocation,
 * allocations above the need, works with a committed value but no secured funding (the plan
 * forbids new capital-construction debt, "nợ đọng xây dựng cơ bản"), detail above the figure it
 * breaks down, and stated totals that are not the sum of the sources.
 */
import { thousandVnd, type ThousandVnd } from '../../shared/models/units-of-measure';
import { formatAmount } from '../../shared/domain/amount';
import {
  STAGES,
  STAGE_LABEL,
  type FundingSourceInfo,
  type FundingStage,
  type FundingWarning,
  type UnitFigures,
} from '../../shared/models/funding';

export interface WorkForCheck {
  id: number;
  name: string;
  communeName: string;
  committedValue: ThousandVnd | null;
  amounts: Record<FundingStage, Record<string, ThousandVnd>>;
  allocatedAllYears: ThousandVnd;
}

export interface FundingCheckInput {
  sources: FundingSourceInfo[];
  province: UnitFigures;
  statedTotals: Partial<Record<FundingStage, ThousandVnd>>;
  works: Iterable<WorkForCheck>;
}

const ZERO = thousandVnd(0);
const tr = (a: ThousandVnd) => `${formatAmount(a)} triệu đồng`;

export function checkFunding({ sources, province, statedTotals, works }: FundingCheckInput): FundingWarning[] {
  const out: FundingWarning[] = [];
  for (const s of sources) {
    const need = province.need.bySource[s.code]!.total;
    const allocated = province.allocated.bySource[s.code]!.total;
    const disbursed = province.disbursed.bySource[s.code]!.total;
    const where = `Toàn tỉnh, nguồn «${s.shortName}»`;
    // A figure above one not yet entered is flagged too: money spent or given without its basis.
    if (disbursed !== null && disbursed > (allocated ?? 0)) {
      out.push({
        kind: 'disbursed_over_allocated',
        sourceCode: s.code,
        message:
          allocated === null
            ? `${where}: đã giải ngân ${tr(disbursed)} nhưng kế hoạch giao chưa có số liệu.`
            : `${where}: giải ngân ${tr(disbursed)} vượt kế hoạch giao ${tr(allocated)}.`,
      });
    }
    if (allocated !== null && allocated > (need ?? 0)) {
      out.push({
        kind: 'allocated_over_need',
        sourceCode: s.code,
        message:
          need === null
            ? `${where}: đã giao kế hoạch ${tr(allocated)} nhưng nhu cầu chưa có số liệu.`
            : `${where}: kế hoạch giao ${tr(allocated)} vượt nhu cầu ${tr(need)}.`,
      });
    }
    for (const stage of STAGES) {
      const c = province[stage].bySource[s.code]!;
      if (c.unallocated !== null && c.unallocated < 0) {
        out.push({
          kind: 'detail_over_total',
          sourceCode: s.code,
          stage,
          message: `${where}, ${STAGE_LABEL[stage].toLowerCase()}: tổng chi tiết các công trình ${tr(c.detail ?? ZERO)} vượt số cấp tỉnh ${tr(c.direct!)}.`,
        });
      }
    }
  }
  for (const stage of STAGES) {
    const stated = statedTotals[stage];
    const sum = province[stage].total.total;
    if (stated !== undefined && stated !== sum) {
      out.push({
        kind: 'total_mismatch',
        stage,
        message:
          sum === null
            ? `Tổng ${STAGE_LABEL[stage].toLowerCase()} theo văn bản là ${tr(stated)} nhưng các nguồn chưa có số liệu.`
            : `Tổng ${STAGE_LABEL[stage].toLowerCase()} theo văn bản ${tr(stated)} không bằng tổng các nguồn ${tr(sum)} (chênh ${formatAmount(thousandVnd(Math.abs(stated - sum)))}).`,
      });
    }
  }
  for (const w of works) out.push(...checkWork(w, sources));
  return out;
}

/** The warnings of one work (in checkFunding after the province-level ones). */
export function checkWork(w: WorkForCheck, sources: FundingSourceInfo[]): FundingWarning[] {
  const out: FundingWarning[] = [];
  const where = `Công trình «${w.name}» (xã ${w.communeName})`;
  for (const s of sources) {
    const need = w.amounts.need[s.code] ?? ZERO;
    const allocated = w.amounts.allocated[s.code] ?? ZERO;
    const disbursed = w.amounts.disbursed[s.code] ?? ZERO;
    if (disbursed > allocated) {
      out.push({
        kind: 'disbursed_over_allocated',
        workId: w.id,
        sourceCode: s.code,
        message: `${where}, nguồn «${s.shortName}»: giải ngân ${tr(disbursed)} vượt kế hoạch giao ${tr(allocated)}.`,
      });
    }
    if (allocated > need) {
      out.push({
        kind: 'allocated_over_need',
        workId: w.id,
        sourceCode: s.code,
        message: `${where}, nguồn «${s.shortName}»: kế hoạch giao ${tr(allocated)} vượt nhu cầu ${tr(need)}.`,
      });
    }
  }
  const committed = w.committedValue ?? ZERO;
  if (committed > 0 && w.allocatedAllYears < committed) {
    const message =
      w.allocatedAllYears === 0
        ? `${where}: đã cam kết ${tr(committed)} nhưng chưa có vốn giao — nguy cơ nợ đọng xây dựng cơ bản.`
        : `${where}: vốn đã giao ${tr(w.allocatedAllYears)} thấp hơn giá trị cam kết ${tr(committed)} (thiếu ${tr(thousandVnd(committed - w.allocatedAllYears))}) — nguy cơ nợ đọng xây dựng cơ bản.`;
    out.push({ kind: 'committed_unfunded', workId: w.id, message });
  }
  return out;
}
