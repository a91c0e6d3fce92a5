/**
 * Funding data for the documents (Kế hoạch §IV and Phụ lục 2, Báo cáo tables). Plain functions
 * over the service context. Every amount is a `ThousandVnd`: an exact integer of nghìn đồng;
 * `formatAmount(a)` (shared/domain/amount.ts) prints it in triệu đồng ("6.259.605", "1,5").
 */
import { thousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import type { ServiceContext } from '../context';
import { formatRate } from '../../../shared/domain/amount';
import { targetCommunesOfYear } from '../../../db/repositories/funding';
import { statedTotals } from './common';
import { worksOfYear, yearRollup } from './data';
import { yearEnd } from '../../../shared/format/date';

export interface PlanSource {
  code: string;
  name: string;
  /** null: no figure entered («chưa có số liệu»). */
  need: ThousandVnd | null;
}

export interface FundingPlanData {
  year: number;
  /** The six sources in catalogue order with the province's need (entered figure, else the sum of works). */
  sources: PlanSource[];
  /** Σ sources: the plan's "Tổng hợp đề xuất nhu cầu vốn … là 6.259.605 triệu đồng". */
  totalNeed: ThousandVnd | null;
  /** The total as a document states it, if entered; differs from totalNeed only by mistake. */
  statedTotalNeed: ThousandVnd | null;
}

/** Kế hoạch §IV.1: need by source and its total. */
export function fundingPlanData(ctx: ServiceContext, year: number): FundingPlanData {
  const { sources, tree, rollup } = yearRollup(ctx, year, yearEnd(year));
  const figures = rollup.figures(tree.province.id);
  return {
    year,
    sources: sources.list.map((s) => ({ code: s.code, name: s.name, need: figures.need.bySource[s.code]!.total })),
    totalNeed: figures.need.total.total,
    statedTotalNeed: statedTotals(ctx, year).need ?? null,
  };
}

/** Amounts are null where no figure was entered. */
export interface ReportLine {
  need: ThousandVnd | null;
  allocated: ThousandVnd | null;
  disbursed: ThousandVnd | null;
  /** disbursed ÷ allocated as the documents write it, "74,5%"; "—" without an allocation. */
  rate: string;
}

export interface FundingReportData {
  year: number;
  /** Cut-off of the disbursement figures (ISO). */
  asOf: string;
  sources: (ReportLine & { code: string; name: string; shortName: string })[];
  total: ReportLine;
}

/** Báo cáo: plan (need, allocated) vs. disbursed at a cut-off, by source, with the rate. */
export function fundingReportData(ctx: ServiceContext, year: number, asOfIso: string): FundingReportData {
  const { sources, tree, rollup } = yearRollup(ctx, year, asOfIso);
  const f = rollup.figures(tree.province.id);
  const line = (
    need: ThousandVnd | null,
    allocated: ThousandVnd | null,
    disbursed: ThousandVnd | null,
  ): ReportLine => ({
    need,
    allocated,
    disbursed,
    rate: formatRate(disbursed, allocated),
  });
  return {
    year,
    asOf: asOfIso,
    sources: sources.list.map((s) => ({
      code: s.code,
      name: s.name,
      shortName: s.shortName,
      ...line(f.need.bySource[s.code]!.total, f.allocated.bySource[s.code]!.total, f.disbursed.bySource[s.code]!.total),
    })),
    total: line(f.need.total.total, f.allocated.total.total, f.disbursed.total.total),
  };
}

/** Amounts by source code, plus their sum. */
export interface SourceAmounts {
  bySource: Record<string, ThousandVnd>;
  total: ThousandVnd;
}

export interface AnnexWork extends SourceAmounts {
  id: number;
  name: string;
  criterionNo: number | null;
  criterionName: string;
}

export interface AnnexCommune extends SourceAmounts {
  id: number;
  name: string;
  /** What the commune aims at in the year: level ntm | nang_cao | kieu_mau, kind official | stretch. */
  targets: { level: string; kind: string }[];
  works: AnnexWork[];
}

export interface AnnexDistrict extends SourceAmounts {
  id: number | null;
  /** "huyện Châu Thành"; empty for communes directly under the province (after 2025). */
  name: string;
  communes: AnnexCommune[];
}

export interface AnnexInvestmentNeeds extends SourceAmounts {
  year: number;
  sources: { code: string; name: string; shortName: string }[];
  districts: AnnexDistrict[];
}

const sumInto = (into: SourceAmounts, from: Record<string, ThousandVnd>) => {
  for (const [code, a] of Object.entries(from)) {
    into.bySource[code] = thousandVnd((into.bySource[code] ?? 0) + a);
    into.total = thousandVnd(into.total + a);
  }
};
const emptySums = (codes: string[]): SourceAmounts => ({
  bySource: Object.fromEntries(codes.map((c) => [c, thousandVnd(0)])),
  total: thousandVnd(0),
});

/**
 * Phụ lục 2: investment needs of the communes the year's targets name (NTM, nâng cao, kiểu mẫu;
 * official and stretch), by district-level unit → commune → work, with the need per source.
 */
export function annexInvestmentNeeds(ctx: ServiceContext, year: number): AnnexInvestmentNeeds {
  const { sources, tree } = yearRollup(ctx, year, yearEnd(year));
  const codes = sources.codes;
  const targets = new Map<number, { level: string; kind: string }[]>();
  for (const t of targetCommunesOfYear(ctx.db, year)) {
    if (tree.communeById.has(t.communeId))
      targets.set(t.communeId, [...(targets.get(t.communeId) ?? []), { level: t.level, kind: t.kind }]);
  }
  const worksByCommune = new Map<number, AnnexWork[]>();
  for (const w of worksOfYear(ctx, year, yearEnd(year), tree, sources)) {
    if (!targets.has(w.communeId)) continue;
    const work: AnnexWork = {
      id: w.id,
      name: w.name,
      criterionNo: w.criterionNo,
      criterionName: w.criterionName,
      ...emptySums(codes),
    };
    sumInto(work, w.amounts.need);
    worksByCommune.set(w.communeId, [...(worksByCommune.get(w.communeId) ?? []), work]);
  }
  const out: AnnexInvestmentNeeds = {
    year,
    sources: sources.list.map(({ code, name, shortName }) => ({ code, name, shortName })),
    districts: [],
    ...emptySums(codes),
  };
  const districtOf = new Map<number | null, AnnexDistrict>();
  // Tree order: district-level units, then communes, as the unit catalogue sorts them.
  for (const c of tree.communes) {
    const t = targets.get(c.id);
    if (!t) continue;
    let d = districtOf.get(c.districtId);
    if (!d) {
      d = { id: c.districtId, name: c.districtName, communes: [], ...emptySums(codes) };
      districtOf.set(c.districtId, d);
      out.districts.push(d);
    }
    const commune: AnnexCommune = {
      id: c.id,
      name: c.name,
      targets: t,
      works: worksByCommune.get(c.id) ?? [],
      ...emptySums(codes),
    };
    for (const w of commune.works) sumInto(commune, w.bySource);
    sumInto(d, commune.bySource);
    sumInto(out, commune.bySource);
    d.communes.push(commune);
  }
  return out;
}
