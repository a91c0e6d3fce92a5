import type { CommuneFilter, DashboardOverview } from '../../../shared/models/dashboard';
import type { Level } from '../../../shared/domain/ntm-figures';

/** The list behind a figure or a chart element. */
export type Drill =
  | { kind: 'communes'; title: string; filter: CommuneFilter }
  | { kind: 'funding'; title: string; sourceCode?: string }
  | { kind: 'ocop'; title: string; stars?: number }
  | { kind: 'expiring'; title: string };

export const ALL_COMMUNES: Drill = { kind: 'communes', title: 'Danh sách xã của tỉnh', filter: { kind: 'all' } };

/** Missing figures read «chưa có số liệu», never 0. */
export { NO_DATA } from '../../../shared/format/text';

/** Rows of a xã list sent at first: the rest comes with «Xem tất cả». */
export const FIRST_ROWS = 200;

export function levelDrill(o: DashboardOverview, lv: Level, label: string): Drill {
  return {
    kind: 'communes',
    title: `Xã đạt chuẩn ${label} đến cuối năm ${o.year}`,
    filter: { kind: 'level', level: lv },
  };
}
