/**
 * Gathers what a plan or report states from the domain services (criteria, funding, OCOP) into
 * the document facts the section writers take. No SQL here: each domain owns its figures.
 */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { formatPercent } from '../../../shared/format/number';
import { LEVEL_LABEL, LEVELS, type Level } from '../../../shared/domain/ntm-figures';
import type { LevelTargets, NamedCommune, PlanFacts, ReportFacts, ReportPeriod } from '../../domain/document-facts';
import { criteriaPlanData, criteriaReportData } from '../criteria/plan-data';
import { standingsAt } from '../criteria/figures';
import { communesOfYear } from '../criteria/common';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { annexInvestmentNeeds, fundingPlanData, fundingReportData } from '../funding/documents';
import { ocopPlanTargets } from '../ocop/targets';
import { ocopReportData } from '../ocop/report';
import { hasFundingFigures } from '../../../db/repositories/funding-coverage';
import { debtRisk } from '../funding/debt';
import { addMonths } from '../../../shared/format/date';
import { programmeForYear } from '../../../db/seed/data/programmes';
import { officeAt } from './office';
import { thousandVnd } from '../../../shared/models/units-of-measure';

/** «tỉnh» or «thành phố» from the province's name in running text on a date. */
const provinceWord = (ctx: ServiceContext, dateIso: string) =>
  officeAt(ctx, dateIso).agency.provinceName.trim().toLowerCase().startsWith('thành phố') ? 'thành phố' : 'tỉnh';

const named = (c: { name: string; districtFullName: string }): NamedCommune => ({
  name: c.name,
  districtFullName: c.districtFullName,
});

/** A cheap check before drafting: the year needs a criteria set in force and its communes. */
export function assertYearHasData(ctx: ServiceContext, year: number): void {
  if (!criteriaSetForYear(ctx.db, year))
    throw new AppError(
      'VALIDATION',
      `Năm ${year} chưa có bộ tiêu chí nông thôn mới nào có hiệu lực, nên chưa lập được văn bản.`,
    );
  if (!communesOfYear(ctx, year).length) throw new AppError('VALIDATION', `Năm ${year} chưa có danh sách xã.`);
}

export function planFacts(ctx: ServiceContext, year: number): PlanFacts {
  assertYearHasData(ctx, year);
  const c = criteriaPlanData(ctx, year);
  const level = (lv: Level): LevelTargets => {
    const l = c.levels.find((x) => x.level === lv)!;
    const p = l.projection;
    return {
      official: l.official.map(named),
      stretch: l.stretch.map(named),
      before: p.baseline,
      cumulative: p.stated ?? p.projected,
    };
  };
  const ntm = level('ntm');
  const funding = fundingPlanData(ctx, year);
  const annex = annexInvestmentNeeds(ctx, year);
  const ocop = ocopPlanTargets(ctx, year);
  const programme = programmeForYear(year);
  const levels = programme.hasDistricts ? (['ntm', 'nangCao', 'kieuMau'] as const) : (['ntm'] as const);
  const before = standingsAt(ctx, year - 1);
  const now = standingsAt(ctx, year);
  const resultsKnown = [...before.standings, ...now.standings].some(
    (st) => st.criteriaMet !== null || st.level !== null,
  );
  const district = ocop.filter((t) => t.kind === 'district_3_4');
  const firstOf = (kind: string) => ocop.find((t) => t.kind === kind);
  return {
    criteria: {
      year,
      provinceWord: provinceWord(ctx, `${year}-01-01`),
      levels: [...levels],
      byDistrict: programme.hasDistricts,
      resultsKnown,
      communeTotal: c.communeTotal,
      requiredCount: c.set?.requiredCount ?? 19,
      ntm,
      nangCao: level('nang_cao'),
      kieuMau: level('kieu_mau'),
      ntmPercent: formatPercent(ntm.cumulative, c.communeTotal),
      avgCriteria: c.avgCriteriaTarget ?? c.current.avgCriteria,
      minCriteria: c.minCriteriaTarget ?? c.current.minCriteria,
      annex: c.appendix.map((g) => {
        const ids = [...new Set(g.targets.map((t) => t.communeId))];
        return {
          districtFullName: g.districtFullName,
          communes: ids.map((id) => {
            const rows = g.targets.filter((t) => t.communeId === id);
            const kindOf = (lv: Level) => rows.find((t) => t.level === lv)?.kind ?? null;
            return {
              name: rows[0]!.communeName,
              ntm: kindOf('ntm') as 'official' | 'stretch' | null,
              nangCao: kindOf('nang_cao') as 'official' | 'stretch' | null,
              kieuMau: kindOf('kieu_mau') as 'official' | 'stretch' | null,
              currentCriteria: rows[0]!.baselineCriteria,
              targetCriteria: rows.find((t) => t.targetCriteria !== null)?.targetCriteria ?? null,
            };
          }),
        };
      }),
    },
    funding: {
      year,
      byDistrict: programme.hasDistricts,
      levelsPhrase: programme.hasDistricts
        ? 'nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu'
        : 'nông thôn mới',
      sources: funding.sources.map((s) => ({
        code: s.code,
        name: s.name,
        shortName: annex.sources.find((x) => x.code === s.code)?.shortName ?? s.name,
        need: s.need,
      })),
      totalNeed: funding.totalNeed,
      annex: annex.districts.map((d) => ({
        districtFullName: d.name,
        communes: d.communes.map((x) => ({
          name: x.name,
          target: x.targets
            .map((t) => `${LEVEL_LABEL[t.level as Level] ?? t.level}${t.kind === 'stretch' ? ', phấn đấu' : ''}`)
            .join('; '),
          works: x.works.map((w) => ({
            name: w.name,
            criterion: w.criterionName,
            amounts: annex.sources.map((s) => w.bySource[s.code] ?? thousandVnd(0)),
            total: w.total,
          })),
        })),
      })),
    },
    ocop: {
      year,
      districtMin: district.length ? Math.min(...district.map((t) => t.minCount)) : null,
      districtMax: district.length ? Math.max(...district.map((t) => t.maxCount ?? t.minCount)) : null,
      provinceMin: firstOf('province_3_4')?.minCount ?? null,
      upgrade: !!firstOf('upgrade_3_4'),
      nationalDossiers: firstOf('national_dossiers')?.minCount ?? null,
    },
  };
}

export function reportFacts(ctx: ServiceContext, period: ReportPeriod): ReportFacts {
  assertYearHasData(ctx, period.year);
  const c = criteriaReportData(ctx, period.year, period.toIso);
  const plan = criteriaPlanData(ctx, period.year);
  const target = (lv: Level) => {
    const p = plan.levels.find((l) => l.level === lv)!.projection;
    return p.official || p.stated !== null ? (p.stated ?? p.projected) : null;
  };
  const atEnd = standingsAt(ctx, period.year, period.toIso);
  const byId = new Map(atEnd.communes.map((x) => [x.id, x]));
  const f = fundingReportData(ctx, period.year, period.toIso);
  const o = ocopReportData(ctx, period.fromIso, period.toIso);
  const provinceTarget = o.targets.find((t) => t.kind === 'province_3_4');
  const districtTargets = new Map(
    o.targets.filter((t) => t.kind === 'district_3_4').map((t) => [t.unitName, t.targetText]),
  );
  const inPeriod = c.recognised.filter(
    (r) => r.decisionDate !== null && r.decisionDate >= period.fromIso && !r.revokedDate,
  );
  const yearToDate = (lv: Level) => c.recognised.filter((r) => r.level === lv && !r.revokedDate).length;
  const newTarget = (lv: Level) => {
    const n = c.targets.find((t) => t.level === lv)!.official.length;
    return n || target(lv) !== null ? n : null;
  };
  const allocated = hasFundingFigures(ctx.db, period.year, 'allocated', period.toIso);
  const disbursed = hasFundingFigures(ctx.db, period.year, 'disbursed', period.toIso);
  const soon = addMonths(period.toIso, 6);
  const expiringSoon = o.cumulative.expiries.filter((d) => d > period.toIso && d <= soon).length;
  return {
    period,
    provinceWord: provinceWord(ctx, period.toIso),
    criteria: {
      communeTotal: c.figures.communeTotal,
      requiredCount: atEnd.required,
      recognisedInPeriod: LEVELS.map((lv) => ({
        level: lv,
        communes: inPeriod
          .filter((r) => r.level === lv)
          .map((r) => ({ name: r.communeName, districtFullName: byId.get(r.communeId)?.districtFullName ?? '' })),
      })),
      ntm: c.figures.ntm,
      nangCao: c.figures.nangCao,
      kieuMau: c.figures.kieuMau,
      ntmPercent: c.figures.ntmPercent,
      targetNtm: target('ntm'),
      targetNangCao: target('nang_cao'),
      targetKieuMau: target('kieu_mau'),
      avgCriteria: c.figures.avgCriteria,
      minCriteria: c.figures.minCriteria,
      bands: c.figures.bands,
      resultsKnown:
        atEnd.standings.some((st) => st.criteriaMet !== null || st.level !== null) || c.recognised.length > 0,
      levels: programmeForYear(period.year).hasDistricts ? ['ntm', 'nangCao', 'kieuMau'] : ['ntm'],
      recognisedYearToDate: {
        ntm: yearToDate('ntm'),
        nangCao: yearToDate('nang_cao'),
        kieuMau: yearToDate('kieu_mau'),
      },
      newTargets: { ntm: newTarget('ntm'), nangCao: newTarget('nang_cao'), kieuMau: newTarget('kieu_mau') },
      targetsNotMet: c.targets.flatMap((t) =>
        t.official.filter((x) => !x.achieved).map((x) => ({ name: x.label, districtFullName: '' })),
      ),
      revokedInPeriod: c.revoked
        .filter((r) => (r.revokedDate ?? '') >= period.fromIso)
        .map((r) => ({
          name: byId.get(r.communeId)?.name ?? r.communeName,
          districtFullName: byId.get(r.communeId)?.districtFullName ?? '',
        })),
      byCriterion: c.criteria.map((x) => ({ no: x.no, name: x.name, met: x.communesMet, assessed: x.communesEntered })),
      atRisk: c.atRisk.map((a) => ({
        name: byId.get(a.communeId)?.name ?? a.communeLabel,
        districtFullName: byId.get(a.communeId)?.districtFullName ?? '',
      })),
      byDistrict: c.byDistrict.map((d) => ({
        districtFullName: d.name,
        communes: d.figures.communeTotal,
        ntm: d.figures.ntm,
        nangCao: d.figures.nangCao,
        kieuMau: d.figures.kieuMau,
        avgCriteria: d.figures.avgCriteria,
      })),
      communes: atEnd.standings.map((st) => {
        const info = byId.get(st.communeId)!;
        return {
          districtFullName: info.districtFullName,
          name: info.name,
          criteriaMet: st.criteriaMet,
          level: st.level ? LEVEL_LABEL[st.level] : '',
        };
      }),
    },
    funding: {
      sources: f.sources.map((x) => ({
        name: x.name,
        need: x.need,
        allocated: x.allocated,
        disbursed: x.disbursed,
        rate: x.rate,
      })),
      totalNeed: f.total.need,
      debt: debtRisk(ctx, period.year, period.toIso),
      totalAllocated: f.total.allocated,
      totalDisbursed: f.total.disbursed,
      totalRate: f.total.rate,
      asOfIso: disbursed.latestAsOf ?? (disbursed.any ? f.asOf : null),
      hasAllocated: allocated.any,
      hasDisbursed: disbursed.any,
    },
    ocop: {
      recognisedInPeriod: o.recognised.total,
      byStars: o.recognised.byStars,
      // Every district-level unit with a target is listed, recognised products or not.
      byDistrict: [
        ...[...districtTargets].map(([name, target]) => ({
          districtFullName: name,
          count: o.recognised.byDistrict.find((d) => d.name === name)?.total ?? 0,
          target,
        })),
        ...o.recognised.byDistrict
          .filter((d) => !districtTargets.has(d.name))
          .map((d) => ({ districtFullName: d.name, count: d.total, target: '' })),
      ],
      cumulative: o.cumulative.validAtEnd,
      provinceTarget: provinceTarget?.minCount ?? null,
      upgrades: o.upgrades,
      reEvaluations: o.reEvaluations,
      expiringSoon,
    },
  };
}
