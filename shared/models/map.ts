/** The province map on Tổng quan, as it crosses the API. */
import type { ThousandVnd } from './units-of-measure';

export type MapLayer = 'ntm' | 'ocop' | 'funding';
/** What the NTM layer colours: recognised level, criteria met, or share of the new set's indicators met. */
export type NtmMetric = 'status' | 'criteria' | 'indicators';
export type MapFundingStage = 'need' | 'allocated' | 'disbursed';

export interface MapLegendItem {
  key: string;
  label: string;
  color: string;
  count: number;
  /** Neutral entries (outside scope, not in the data, no figures) are listed after the scale. */
  neutral: boolean;
}

export interface MapUnit {
  /** Stable key: the unit's GSO code, or "id:<unitId>" for a unit without one. */
  key: string;
  code: string | null;
  /** The unit in the data file, null when the boundary file has it but the data does not. */
  unitId: number | null;
  /** "xã Phú Hữu", "phường Vị Thanh"; the file's plain name when the unit is not in the data. */
  name: string;
  category: string;
  /** The figure shown on hover and in the table: "17 tiêu chí", "chưa có số liệu". */
  figure: string;
  /** How the figure was made when it came from former units: "theo 3 xã cũ: …". */
  detail: string;
  /** True when the figure counts results of former units (before 1/7/2025) on this unit. */
  inherited: boolean;
  /** True when the province's boundary file has this unit's shape (its path comes with `map.shapes`). */
  drawn: boolean;
}

/**
 * A province's boundaries, projected once per boundary file: one SVG path string per unit in the
 * map's coordinates (0..width, 0..height). Fetched once and kept; the figures of every layer and
 * year (`MapView`) only colour these paths.
 */
export interface MapShapes {
  provinceCode: string;
  width: number;
  height: number;
  shapes: { code: string; d: string }[];
}

export interface MapView {
  year: number;
  layer: MapLayer;
  metric: NtmMetric;
  stage: MapFundingStage;
  provinceCode: string | null;
  provinceName: string;
  /** "Bản đồ xã đạt chuẩn nông thôn mới — thành phố Cần Thơ". */
  title: string;
  /** "Cuối năm 2022 · trên các đơn vị hành chính từ 01/07/2025". */
  subtitle: string;
  /** What the legend measures: "Mức đạt chuẩn", "Số tiêu chí đạt (bộ 19 tiêu chí)". */
  legendTitle: string;
  /** True when the province has a boundary file (`map.shapes` gives its paths). */
  hasGeometry: boolean;
  /** Plain message when the province has no boundary file (the tables still show). */
  message: string | null;
  units: MapUnit[];
  legend: MapLegendItem[];
  /** Lines written under the map: the succession rule, what could not be placed, and so on. */
  notes: string[];
  /** The source line printed with the map. */
  source: string;
  sampleData: boolean;
}

export interface MapCardCriterion {
  no: number;
  name: string;
  met: boolean | null;
}

/** One unit whose figures count for the card's unit in the year: the unit itself or a former commune. */
export interface MapCardRecord {
  unitId: number;
  /** "xã Tân Thành (thành phố Ngã Bảy)". */
  label: string;
  inherited: boolean;
  levelLabel: string | null;
  criteriaMet: number | null;
  required: number;
  /** Share of the set's indicators met in the year ("17/30 chỉ tiêu đạt (56,7%)"); null when no commune has indicator values that year. */
  indicators: string | null;
  criteria: MapCardCriterion[];
}

export interface MapCardRecognition {
  id: number;
  unitLabel: string;
  inherited: boolean;
  levelLabel: string;
  year: number;
  decisionNo: string;
  decisionDate: string | null;
  revokedDate: string | null;
}

export interface MapCardPredecessor {
  unitId: number;
  /** "xã Tân Thành", as it was named. */
  label: string;
  /** "thành phố Ngã Bảy". */
  districtLabel: string;
  effectiveDate: string;
  decision: string;
}

export interface MapCardProduct {
  id: number;
  name: string;
  producerName: string;
  stars: number | null;
  /** "còn hiệu lực", "hết hiệu lực", "chưa công nhận". */
  status: string;
  unitLabel: string;
}

export interface MapCommuneCard {
  unitId: number;
  year: number;
  /** "xã Phú Hữu". */
  name: string;
  code: string | null;
  kindLabel: string;
  /** False for phường and đặc khu. */
  inNtmScope: boolean;
  validFrom: string | null;
  setName: string | null;
  records: MapCardRecord[];
  recognitions: MapCardRecognition[];
  predecessors: MapCardPredecessor[];
  products: MapCardProduct[];
  /** Funding of the year on the unit and its former communes (nghìn đồng; null = no figure). */
  funding: { need: ThousandVnd | null; allocated: ThousandVnd | null; disbursed: ThousandVnd | null };
}
