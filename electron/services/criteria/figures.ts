/** The province's NTM figures for a year, computed only from the data (results, recognitions, targets). */
import type { ServiceContext } from '../context';
import { computeFigures, type CommuneStanding, type Level } from '../../../shared/domain/ntm-figures';
import { projectLevels, type ProjectionTarget } from '../../../shared/domain/ntm-projection';
import { formatDecimal1 } from '../../../shared/format/number';
import type {
  AtRiskCommune,
  CriteriaFigures,
  CriteriaSetInfo,
  DistrictFigures,
  LevelProjection,
} from '../../../shared/models/criteria';
import { criteriaMetByCommune, criteriaSetForYear } from '../../../db/repositories/standings';
import { listCommuneTargets, provinceTargetsOf } from '../../../db/repositories/targets';
import { anySampleResults } from '../../../db/repositories/criteria';
import { getProvince } from '../../../db/repositories/units';
import { communesOfYear, heldLevels, setInfo, type CommuneInfo } from './common';
import { yearEnd } from '../../../shared/format/date';

export interface YearStandings {
  year: number;
  set: CriteriaSetInfo | null;
  required: number;
  communes: CommuneInfo[];
  standings: CommuneStanding[];
}

/** Each commune's level at a date and criteria met in the year (the input of computeFigures). */
export function standingsAt(ctx: ServiceContext, year: number, date = yearEnd(year)): YearStandings {
  const communes = communesOfYear(ctx, year);
  const set = criteriaSetForYear(ctx.db, year);
  const held = heldLevels(ctx, date);
  const met = set ? criteriaMetByCommune(ctx.db, year, set.id) : new Map<number, number>();
  return {
    year,
    set: set ? setInfo(set) : null,
    required: set?.requiredCount ?? 19,
    communes,
    standings: communes.map((c) => {
      const h = held.get(c.id);
      return {
        communeId: c.id,
        districtId: c.districtId,
        level: h?.level ?? null,
        levelYear: h?.year ?? null,
        criteriaMet: met.get(c.id) ?? null,
      };
    }),
  };
}

/** True when the year has any recognition or criteria result on the units in force (else «chưa có kết quả», never 0/N). */
export const hasResultsOf = (s: YearStandings): boolean =>
  s.standings.some((r) => r.level !== null || r.criteriaMet !== null);

/** Figures per district-level unit, in the order the units first appear among the communes (one pass, not one per unit). */
export function figuresByDistrict(s: YearStandings): DistrictFigures[] {
  const groups = new Map<number, { name: string; rows: CommuneStanding[] }>();
  for (const c of s.communes)
    if (c.districtId !== null && !groups.has(c.districtId))
      groups.set(c.districtId, { name: c.districtFullName, rows: [] });
  for (const r of s.standings) if (r.districtId !== null) groups.get(r.districtId)?.rows.push(r);
  return [...groups].map(([districtId, g]) => ({
    districtId,
    name: g.name,
    figures: computeFigures(g.rows, s.year, s.required),
  }));
}

export function atRiskOf(s: YearStandings): AtRiskCommune[] {
  const label = new Map(s.communes.map((c) => [c.id, c.label]));
  return s.standings
    .filter((r) => r.level !== null && r.criteriaMet !== null && r.criteriaMet < s.required)
    .map((r) => ({
      communeId: r.communeId,
      communeLabel: label.get(r.communeId) ?? '',
      level: r.level!,
      met: r.criteriaMet!,
      required: s.required,
    }));
}

const STATED_KEY: Record<Level, string> = {
  ntm: 'ntm_cumulative',
  nang_cao: 'nang_cao_cumulative',
  kieu_mau: 'kieu_mau_cumulative',
};

/**
 * Projections for the year's end: last year's holders joined with this year's targets. `heldBefore`
 * (the levels held at the previous year's end) is read here unless the caller has it already.
 */
export function projectionsOf(
  ctx: ServiceContext,
  s: YearStandings,
  heldBefore: ReadonlyMap<number, { level: Level }> = heldLevels(ctx, yearEnd(s.year - 1)),
): LevelProjection[] {
  const rows = listCommuneTargets(ctx.db, { year: s.year });
  // One pass over the year's communes (10.000 at national scale), no set of them: last year's
  // holders among them, and which of the few targeted communes are among them.
  const targeted = new Set(rows.map((t) => t.communeId));
  const inYear = new Set<number>();
  const baseline = new Map<number, Level>();
  for (const c of s.communes) {
    const h = heldBefore.get(c.id);
    if (h) baseline.set(c.id, h.level);
    if (targeted.has(c.id)) inYear.add(c.id);
  }
  const targets: ProjectionTarget[] = rows
    .filter((t) => inYear.has(t.communeId))
    .map((t) => ({
      communeId: t.communeId,
      level: t.level as ProjectionTarget['level'],
      kind: t.kind as ProjectionTarget['kind'],
    }));
  const stated = provinceTargetsOf(ctx.db, s.year);
  return projectLevels(baseline, targets, s.communes.length).map((p) => {
    const v = stated.get(STATED_KEY[p.level]);
    return { ...p, stated: v === undefined ? null : Number(v) };
  });
}

export function statedAverages(ctx: ServiceContext, year: number) {
  const stated = provinceTargetsOf(ctx.db, year);
  const avg = stated.get('avg_criteria');
  const min = stated.get('min_criteria');
  return {
    avgCriteriaTarget: avg === undefined ? null : formatDecimal1(Number(avg)),
    minCriteriaTarget: min === undefined ? null : Number(min),
  };
}

export function criteriaFigures(ctx: ServiceContext, year: number): CriteriaFigures {
  const s = standingsAt(ctx, year);
  return {
    year,
    provinceName: getProvince(ctx.db, yearEnd(year))?.name ?? '',
    set: s.set,
    province: computeFigures(s.standings, year, s.required),
    byDistrict: figuresByDistrict(s),
    projections: projectionsOf(ctx, s),
    atRisk: atRiskOf(s),
    ...statedAverages(ctx, year),
    sampleData: anySampleResults(ctx.db, year),
    hasResults: hasResultsOf(s),
  };
}
