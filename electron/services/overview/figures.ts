/** Tổng quan's figures for a year, each read from its own domain: nothing is typed in. */
import type { ServiceContext } from '../context';
import { computeFigures, LEVELS, LEVEL_LABEL, type Level } from '../../../shared/domain/ntm-figures';
import type { DashboardOverview, OverviewCommune, ReportDue } from '../../../shared/models/dashboard';
import { getProvince } from '../../../db/repositories/units';
import { listCommuneTargets } from '../../../db/repositories/targets';
import { listDocuments } from '../../../db/repositories/documents';
import { inForceAt, levelsHeldAt } from './held';
import { xaRecognitionSpans } from '../../../db/repositories/overview';
import { hasAnyRecognition } from '../../../db/repositories/recognitions';
import { projectionsOf, standingsAt } from '../criteria/figures';
import { ocopReportData } from '../ocop/report';
import { expiryCalendar } from '../ocop/calendar';
import { hasSampleData } from '../data-file';
import { parsePeriod } from '../../../shared/domain/report-period';
import { formatShortDate, yearEnd } from '../../../shared/format/date';
import { fundingFigures } from './funding';

/** Years shown in the progress chart: up to the chosen year. */
const PROGRESS_YEARS = 6;
/** The periodic reports the ministry asks of every province (6-month and annual). */
const REPORT_PERIODS = ['H1', 'Y'];
/** The two-level local government (Nghị quyết 202/2025/QH15): no district-level units from this date. */
const NO_DISTRICTS_FROM = '2025-07-01';

/** The year's overview as sent, and its xã kept by the service for the lists behind the figures. */
export interface YearOverview {
  overview: DashboardOverview;
  communes: OverviewCommune[];
}

export function dashboardOverview(ctx: ServiceContext, year: number): YearOverview {
  const today = ctx.now().toISOString().slice(0, 10);
  const s = standingsAt(ctx, year);
  const f = computeFigures(s.standings, year, s.required);
  const targets = new Map<number, Level>();
  for (const t of listCommuneTargets(ctx.db, { year })) {
    if (t.level === 'tieu_chi') continue;
    const lv = t.level as Level;
    const cur = targets.get(t.communeId);
    if (!cur || LEVELS.indexOf(lv) > LEVELS.indexOf(cur)) targets.set(t.communeId, lv);
  }
  // standingsAt gives one standing per commune, in the same order.
  const communes: OverviewCommune[] = s.communes.map((c, i) => {
    const st = s.standings[i]!;
    return {
      id: c.id,
      name: c.name,
      label: c.label,
      districtId: c.districtId,
      districtName: c.districtFullName,
      level: st.level,
      levelYear: st.levelYear,
      met: st.criteriaMet,
      atRisk: st.level !== null && st.criteriaMet !== null && st.criteriaMet < s.required,
      target: targets.get(c.id) ?? null,
    };
  });

  // The levels held at the previous year's end, from one read of the recognitions.
  const projections = projectionsOf(ctx, s, levelsHeldAt(ctx)(yearEnd(year - 1)));
  const actual: Record<Level, [number, number]> = {
    ntm: [f.ntm, f.newNtm],
    nang_cao: [f.nangCao, f.newNangCao],
    kieu_mau: [f.kieuMau, f.newKieuMau],
  };
  const levels = LEVELS.map((level) => {
    const p = projections.find((x) => x.level === level);
    const hasPlan = p && (p.stated !== null || p.official + p.stretch > 0);
    return {
      level,
      label: LEVEL_LABEL[level],
      actual: actual[level][0],
      newInYear: actual[level][1],
      planned: hasPlan ? (p.stated ?? p.projected) : null,
    };
  });

  const byMet = new Map<number, number>();
  for (const c of communes) if (c.met !== null) byMet.set(c.met, (byMet.get(c.met) ?? 0) + 1);
  const byCriteriaMet = Array.from({ length: s.required + 1 }, (_, met) => ({ met, count: byMet.get(met) ?? 0 }));

  const ocop = ocopReportData(ctx, `${year}-01-01`, yearEnd(year));
  const overview: DashboardOverview = {
    year,
    provinceName: getProvince(ctx.db, yearEnd(year))?.name ?? '',
    today,
    sampleData: hasSampleData(ctx),
    // Since 1/7/2025 there is no district level: the province's list of xã, never grouped by default.
    hasDistricts: yearEnd(year) < NO_DISTRICTS_FROM && communes.some((c) => c.districtId !== null),
    set: s.set ? { name: s.set.name, required: s.required, code: s.set.code } : null,
    communeTotal: communes.length,
    withResults: f.withResults,
    avgCriteria: f.withResults ? f.avgCriteria : null,
    levels,
    recognitionsRecorded: hasAnyRecognition(ctx.db),
    byCriteriaMet,
    progress: progressOf(ctx, year),
    funding: fundingFigures(ctx, year),
    ocop: {
      validByStars: ocop.cumulative.validByStars,
      validTotal: ocop.cumulative.validAtEnd,
      targets: ocop.targets.map((t) => ({
        label: t.label,
        unitName: t.unitName,
        targetText: t.targetText,
        current: t.current,
        met: t.met,
      })),
    },
    due: { expiring: expiryCalendar(ctx, today).flatMap((m) => m.items), reports: reportsDue(ctx, year) },
    atRiskCount: communes.filter((c) => c.atRisk).length,
  };
  return { overview, communes };
}

/**
 * Communes holding each level at the end of each year (levels held at 31/12, whatever the units then):
 * the xã of that year (units merged since then count where they stood, as communesOfYear reads them),
 * each with its highest level in force then (inForceAt). One pass over the
 * recognitions, one xã at a time: no set or map per year (issue 14).
 */
function progressOf(ctx: ServiceContext, year: number): DashboardOverview['progress'] {
  const from = year - PROGRESS_YEARS + 1;
  const ends = Array.from({ length: PROGRESS_YEARS }, (_, i) => yearEnd(from + i));
  // counts[i * 3 + k]: xã holding at least level k at the end of year from + i.
  const counts = new Array<number>(PROGRESS_YEARS * 3).fill(0);
  const best = new Array<number>(PROGRESS_YEARS).fill(-1);
  const rows = xaRecognitionSpans(ctx.sqlite);
  for (let start = 0; start < rows.length;) {
    const communeId = rows[start]![0];
    let stop = start;
    best.fill(-1);
    for (; stop < rows.length && rows[stop]![0] === communeId; stop++) {
      const [, level, recYear, decisionDate, revokedDate] = rows[stop]!;
      const k = LEVELS.indexOf(level as Level);
      for (let i = 0; i < PROGRESS_YEARS; i++) {
        if (!inForceAt(recYear, decisionDate, revokedDate, ends[i]!, from + i)) continue;
        if (k > best[i]!) best[i] = k;
      }
    }
    const [, , , , , validFrom, validTo] = rows[start]!;
    for (let i = 0; i < PROGRESS_YEARS; i++) {
      const end = ends[i]!;
      if (best[i]! < 0 || (validFrom !== null && validFrom > end) || (validTo !== null && validTo <= end)) continue;
      for (let k = best[i]!; k >= 0; k--) counts[i * 3 + k]!++;
    }
    start = stop;
  }
  return ends.map((_, i) => ({
    year: from + i,
    ntm: counts[i * 3]!,
    nangCao: counts[i * 3 + 1]!,
    kieuMau: counts[i * 3 + 2]!,
  }));
}

/** The 6-month and annual reports of the year, with the issued one if any. */
function reportsDue(ctx: ServiceContext, year: number): ReportDue[] {
  const issued = listDocuments(ctx.db, { type: 'report', year }).filter((d) => d.status === 'issued');
  return REPORT_PERIODS.map((suffix) => {
    const p = parsePeriod(`${year}-${suffix}`)!;
    const doc = issued.find((d) => d.period === p.code);
    return {
      period: p.code,
      label: `Báo cáo ${p.label}`,
      periodEnd: p.toIso,
      issued: doc
        ? `Số ${doc.number || '…'}${doc.symbol ? `/${doc.symbol}` : ''}${doc.issuedDate ? ` ngày ${formatShortDate(doc.issuedDate)}` : ''}`
        : null,
    };
  });
}
