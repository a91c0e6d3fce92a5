import type { DashboardOverview, OverviewCommune } from '../../../shared/models/dashboard';
import { LEVELS, type Level } from '../../../shared/domain/ntm-figures';

/** The list behind a figure or a chart element. */
export type Drill =
  | { kind: 'communes'; title: string; filter: (c: OverviewCommune) => boolean }
  | { kind: 'funding'; title: string; sourceCode?: string }
  | { kind: 'ocop'; title: string; stars?: number }
  | { kind: 'expiring'; title: string };

export const ALL_COMMUNES: Drill = { kind: 'communes', title: 'Danh sách xã của tỉnh', filter: () => true };

export const holds = (c: OverviewCommune, lv: Level) => c.level !== null && LEVELS.indexOf(c.level) >= LEVELS.indexOf(lv);

/** Missing figures read «chưa có số liệu», never 0. */
export const NO_DATA = 'chưa có số liệu';

export interface DistrictRow {
  id: number | null;
  name: string;
  communes: number;
  ntm: number;
  nangCao: number;
  kieuMau: number;
  withResults: number;
  avg: number | null;
}

/** The communes grouped by district-level unit (only when the person asks for it). */
export function groupByDistrict(communes: OverviewCommune[]): DistrictRow[] {
  const out = new Map<number | null, DistrictRow & { sum: number }>();
  for (const c of communes) {
    let d = out.get(c.districtId);
    if (!d) {
      d = { id: c.districtId, name: c.districtName || 'Không thuộc đơn vị cấp huyện', communes: 0, ntm: 0, nangCao: 0, kieuMau: 0, withResults: 0, avg: null, sum: 0 };
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
  return [...out.values()].map(({ sum, ...d }) => ({ ...d, avg: d.withResults ? Math.round((sum / d.communes) * 10) / 10 : null }));
}

export function levelDrill(o: DashboardOverview, lv: Level, label: string): Drill {
  return { kind: 'communes', title: `Xã đạt chuẩn ${label} đến cuối năm ${o.year}`, filter: (c) => holds(c, lv) };
}
