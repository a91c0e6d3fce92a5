import type { ParsedInputOf } from '../../shared/api/contract';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { computeFigures } from '../../shared/domain/ntm-figures';
import { fullDistrictName, type DashboardGrouping, type DashboardSummary } from '../../shared/models/units';
import { getProvince, unitsWithParents } from '../../db/repositories/units';
import { communeLinks } from '../../db/repositories/successions';
import { hasFundingNeed, hasOcopProducts } from '../../db/repositories/presence';
import { REORGANISATION_DATE } from '../../db/seed/province';
import { figuresByDistrict, hasResultsOf, standingsAt, type YearStandings } from './criteria/figures';
import { heldLevels } from './criteria/common';
import { fundingPlanData } from './funding/documents';
import { ocopReportData } from './ocop/report';
import { hasSampleData } from './data-file';
import { yearEnd } from '../../shared/format/date';
import { toWholeMillionVnd } from '../../shared/models/units-of-measure';

const LAST_OLD_DAY = '2025-06-30';

/** Old commune-level units behind each new xã, with their old district and province. */
function originsOf(ctx: ServiceContext, newIds: number[]) {
  const links = communeLinks(ctx.db, { toUnitIds: newIds });
  const olds = new Map(unitsWithParents(ctx.db, [...new Set(links.map((l) => l.fromUnitId))]).map((u) => [u.id, u]));
  return { links, olds };
}

/** What the xã in force inherited from the units they were formed from (after 1/7/2025). */
function inheritedOf(ctx: ServiceContext, s: YearStandings): DashboardSummary['inherited'] {
  const ids = s.communes.map((c) => c.id);
  const links = communeLinks(ctx.db, { toUnitIds: ids });
  const oldIds = [...new Set(links.map((l) => l.fromUnitId))];
  const held = heldLevels(ctx, LAST_OLD_DAY, oldIds);
  const withNtm = new Set(links.filter((l) => held.has(l.fromUnitId)).map((l) => l.toUnitId));
  return {
    oldUnits: oldIds.length,
    oldNtm: oldIds.filter((id) => held.has(id)).length,
    newUnitsWithNtmPredecessor: withNtm.size,
  };
}

/** Groups the xã in force by the old district (or province) most of their old units came from. */
function byOrigin(
  ctx: ServiceContext,
  s: YearStandings,
  level: 'district' | 'province',
  measured: boolean,
): DashboardSummary['byDistrict'] {
  const { links, olds } = originsOf(
    ctx,
    s.communes.map((c) => c.id),
  );
  const groups = new Map<number, { name: string; ids: number[] }>();
  for (const c of s.communes) {
    const tally = new Map<number, { name: string; n: number }>();
    for (const l of links.filter((x) => x.toUnitId === c.id)) {
      const o = olds.get(l.fromUnitId);
      if (!o || o.parentLevel !== 'district' || o.parentId === null) continue;
      const key = level === 'district' ? o.parentId : -o.parentId;
      const name =
        level === 'district'
          ? fullDistrictName(o.parentKind ?? '', o.parentName ?? '')
          : `${o.grandKind === 'tinh' ? 'tỉnh' : 'thành phố'} ${o.grandName ?? ''}`;
      const cur = tally.get(key) ?? { name, n: 0 };
      cur.n++;
      tally.set(key, cur);
    }
    const best = [...tally.entries()].sort((a, b) => b[1].n - a[1].n)[0];
    const key = best?.[0] ?? 0;
    const g = groups.get(key) ?? { name: best?.[1].name ?? 'Không rõ nguồn gốc', ids: [] };
    g.ids.push(c.id);
    groups.set(key, g);
  }
  // Provinces are keyed by their district's grandparent: re-key by name so one province is one group.
  const merged = new Map<string, { id: number; ids: number[] }>();
  for (const [key, g] of groups) {
    const m = merged.get(g.name) ?? { id: Math.abs(key), ids: [] };
    m.ids.push(...g.ids);
    merged.set(g.name, m);
  }
  return [...merged.entries()].map(([name, m]) => {
    const rows = s.standings.filter((r) => m.ids.includes(r.communeId));
    return {
      districtId: m.id,
      name,
      communes: rows.length,
      ntm: measured ? computeFigures(rows, s.year, s.required).ntm : null,
    };
  });
}

function grouped(
  ctx: ServiceContext,
  s: YearStandings,
  grouping: DashboardGrouping,
  measured: boolean,
): DashboardSummary['byDistrict'] {
  if (grouping === 'none') return [];
  if (grouping === 'district') {
    return figuresByDistrict(s).map((d) => ({
      districtId: d.districtId,
      name: d.name,
      communes: d.figures.communeTotal,
      ntm: measured ? d.figures.ntm : null,
    }));
  }
  return byOrigin(ctx, s, grouping === 'origin-district' ? 'district' : 'province', measured);
}

export function dashboardSummary(ctx: ServiceContext, { year, grouping }: ParsedInputOf<'dashboard.summary'>) {
  const date = yearEnd(year);
  const after = date >= REORGANISATION_DATE;
  const s = standingsAt(ctx, year);
  const f = computeFigures(s.standings, year, s.required);
  const measured = hasResultsOf(s);
  const withCriteria = f.withResults > 0;
  const funding = fundingPlanData(ctx, year);
  const ocop = ocopReportData(ctx, `${year}-01-01`, date);
  const g = grouping ?? (after ? 'none' : 'district');
  return {
    year,
    provinceName: getProvince(ctx.db, date)?.name ?? '',
    communeTotal: f.communeTotal,
    ntmCount: measured ? f.ntm : null,
    ntmPercent: measured ? f.ntmPercent : null,
    nangCaoCount: measured ? f.nangCao : null,
    kieuMauCount: measured ? f.kieuMau : null,
    avgCriteria: withCriteria ? f.avgCriteria : null,
    minCriteria: f.minCriteria,
    hasResults: measured,
    afterReorganisation: after,
    inherited: after ? inheritedOf(ctx, s) : null,
    grouping: g,
    criteriaSetName: s.set?.name ?? null,
    // Amounts are nghìn đồng; the dashboard shows whole triệu đồng.
    fundingNeedTotal:
      hasFundingNeed(ctx.db, year) && funding.totalNeed !== null ? toWholeMillionVnd(funding.totalNeed) : null,
    ocopProductCount: hasOcopProducts(ctx.db) ? ocop.cumulative.validAtEnd : null,
    sampleData: hasSampleData(ctx),
    byDistrict: grouped(ctx, s, g, measured),
  };
}

/** The province's headline figures for a year, each from its own domain: nothing is typed in. */
export const dashboardHandlers: HandlersOf<'dashboard'> = {
  'dashboard.summary': (ctx, input) => dashboardSummary(ctx, input),
};
