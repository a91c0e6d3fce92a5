/** The xã behind a figure of Tổng quan, filtered and grouped where the data is. */
import { LEVELS, type Level } from '../../../shared/domain/ntm-figures';
import type {
  CommuneFilter,
  DistrictRow,
  OverviewCommune,
  OverviewCommuneList,
} from '../../../shared/models/dashboard';

export const holds = (c: OverviewCommune, lv: Level) =>
  c.level !== null && LEVELS.indexOf(c.level) >= LEVELS.indexOf(lv);

export function matches(f: CommuneFilter): (c: OverviewCommune) => boolean {
  switch (f.kind) {
    case 'all':
      return () => true;
    case 'level':
      return (c) => holds(c, f.level) && (f.upToYear === undefined || (c.levelYear ?? 0) <= f.upToYear);
    case 'met':
      return (c) => c.met === f.met;
    case 'noResults':
      return (c) => c.met === null;
    case 'atRisk':
      return (c) => c.atRisk;
  }
}

/** The count, and the first `limit` rows: a list of 10.000 xã is read on screen 20 at a time. */
export function communeList(communes: OverviewCommune[], filter: CommuneFilter, limit?: number): OverviewCommuneList {
  const all = communes.filter(matches(filter));
  return { total: all.length, rows: limit === undefined ? all : all.slice(0, limit) };
}

/** The communes grouped by district-level unit (only when the person asks for it). */
export function groupByDistrict(communes: OverviewCommune[], filter: CommuneFilter): DistrictRow[] {
  const out = new Map<number | null, DistrictRow & { sum: number }>();
  for (const c of communes.filter(matches(filter))) {
    let d = out.get(c.districtId);
    if (!d) {
      d = {
        id: c.districtId,
        name: c.districtName || 'Không thuộc đơn vị cấp huyện',
        communes: 0,
        ntm: 0,
        nangCao: 0,
        kieuMau: 0,
        withResults: 0,
        avg: null,
        sum: 0,
      };
      out.set(c.districtId, d);
    }
    d.communes++;
    if (holds(c, 'ntm')) d.ntm++;
    if (holds(c, 'nang_cao')) d.nangCao++;
    if (holds(c, 'kieu_mau')) d.kieuMau++;
    if (c.met !== null) {
      d.withResults++;
      d.sum += c.met;
    }
  }
  return [...out.values()].map(({ sum, ...d }) => ({
    ...d,
    avg: d.withResults ? Math.round((sum / d.communes) * 10) / 10 : null,
  }));
}
