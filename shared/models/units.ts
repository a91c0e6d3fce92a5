import type { DamageInfo } from './backups';
/** Plain data about administrative units, as it crosses the API. */

import type { DataKind, DataState } from './setup';
import type { MillionVnd } from './units-of-measure';

export type UnitKind =
  'tinh' | 'thanh_pho_tw' | 'thanh_pho' | 'thi_xa' | 'huyen' | 'quan' | 'xa' | 'phuong' | 'thi_tran' | 'dac_khu';

/** Commune-level kinds a person can add from 1/7/2025 (only xã are assessed against the NTM criteria). */
export const COMMUNE_KINDS_2025 = ['xa', 'phuong', 'dac_khu'] as const;
export type CommuneKind2025 = (typeof COMMUNE_KINDS_2025)[number];

export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  tinh: 'tỉnh',
  thanh_pho_tw: 'thành phố',
  thanh_pho: 'thành phố',
  thi_xa: 'thị xã',
  huyen: 'huyện',
  quan: 'quận',
  xa: 'xã',
  phuong: 'phường',
  thi_tran: 'thị trấn',
  dac_khu: 'đặc khu',
};

/** "huyện", "đặc khu": the word for a unit kind (the code itself when unknown). */
export const unitKindLabel = (kind: string): string => UNIT_KIND_LABEL[kind as UnitKind] ?? kind;

/** "Xã Phú Hữu", "Đặc khu Phú Quốc": a unit's full name with its kind, capitalised. */
export const unitFullName = (kind: string, name: string): string => {
  const full = fullDistrictName(kind, name);
  return full.charAt(0).toUpperCase() + full.slice(1);
};

/**
 * The unit-label formatters (one meaning per name; a `communeLabel` field in the models is the
 * result of `communeWithDistrict`):
 * - `fullDistrictName(kind, name)`: "huyện Châu Thành", "xã Phú Hữu" — any unit named with its kind;
 * - `unitName(kind, name)`: the same, '' when there is no unit (no district-level parent);
 * - `communeWithDistrict(name, districtFullName)`: "Phú Hữu (huyện Châu Thành)".
 */
export const fullDistrictName = (kind: string, name: string): string =>
  `${UNIT_KIND_LABEL[kind as UnitKind] ?? ''} ${name}`.trim();

/** "huyện Châu Thành", or '' without a name: a unit that may be absent (a commune's district-level parent). */
export const unitName = (kind: string | null | undefined, name: string | null | undefined): string =>
  name ? fullDistrictName(kind ?? '', name) : '';

/** "Phú Hữu (huyện Châu Thành)": a commune named with its district-level unit, as the plans do. */
export const communeWithDistrict = (name: string, districtFullName: string): string =>
  districtFullName ? `${name} (${districtFullName})` : name;

export interface DistrictRow {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  /** "huyện Châu Thành", as documents name it. */
  fullName: string;
  communeCount: number;
}

export interface CommuneRow {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  districtId: number | null;
  districtName: string;
  districtFullName: string;
  notes: string;
}

export interface SystemInfo {
  appVersion: string;
  dbPath: string;
  dataDir: string;
  schemaVersion: number;
  provinceName: string;
  planYear: number;
  /** True while the database still holds sample rows (shown as "dữ liệu mẫu"). */
  hasSampleData: boolean;
  /** empty = no province yet: the renderer shows the first-start choice (setup.*); damaged = the data file could not be opened: the recovery screen. */
  dataState: DataState;
  /** What is wrong with the data file when dataState is 'damaged'. */
  damage: DamageInfo | null;
  /** GSO code of the file's province (from 1/7/2025), '' while empty. */
  provinceCode: string;
  /** "Thành phố Cần Thơ", for the window title and the sidebar; '' while empty. */
  provinceFullName: string;
  /** demo = the embedded sample data; province = made from the national lists; null while empty. */
  dataKind: DataKind | null;
  /** Old → new links the office still has to settle («cần xác nhận»). */
  pendingSuccessions: number;
}

/** A unit as Danh sách xã lists it for a date. */
export interface UnitRow {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  /** "xã", "phường", "đặc khu", "thị trấn" */
  kindLabel: string;
  /** "Xã Phú Hữu" */
  fullName: string;
  /** Only xã are assessed against the NTM criteria; phường, thị trấn and đặc khu are listed, not assessed. */
  inNtmScope: boolean;
  /** District-level unit for pre-2025 units ("huyện Châu Thành"), '' after 1/7/2025. */
  districtFullName: string;
  districtId: number | null;
  /** ISO, null = since ever. */
  validFrom: string | null;
  /** ISO exclusive, null = still in force. */
  validTo: string | null;
  /** Deciding document of its creation / last change ("NQ 1668/NQ-UBTVQH15"). */
  decision: string;
  notes: string;
  /** Old units it was formed from (0 for units not formed by the reorganisation). */
  predecessorCount: number;
  /** Unsettled parts of its composition («cần xác nhận»). */
  pendingCount: number;
}

export interface UnitList {
  /** ISO date the list is for (31/12 of the year, or the date chosen). */
  date: string;
  /** True when the date is on or after 1/7/2025 (no district level). */
  afterReorganisation: boolean;
  units: UnitRow[];
  counts: { xa: number; phuong: number; thiTran: number; dacKhu: number };
}

export interface UnitsImportPreview {
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  sample: { row: number; code: string; name: string; kind: string; action: 'add' | 'change' | 'same' }[];
}

export interface UnitsImportResult {
  added: number;
  changed: number;
  unchanged: number;
}

/** How the dashboard groups communes: none (default after 1/7/2025), by district in force, or by old district / province of origin. */
export type DashboardGrouping = 'none' | 'district' | 'origin-district' | 'origin-province';

export interface DashboardSummary {
  year: number;
  provinceName: string;
  /** Xã in force at 31/12 (the NTM denominator); phường and đặc khu are not counted. */
  communeTotal: number;
  /** null = «chưa có kết quả»: no recognition or criteria result on the structure in force (never show 0/N then). */
  ntmCount: number | null;
  ntmPercent: string | null;
  nangCaoCount: number | null;
  kieuMauCount: number | null;
  /** null = «chưa có kết quả» (no criteria results that year). */
  avgCriteria: string | null;
  minCriteria: number | null;
  /** False when the year has no data on the structure in force: the screen says «chưa có kết quả». */
  hasResults: boolean;
  /** True for dates on or after 1/7/2025. */
  afterReorganisation: boolean;
  /** What the new xã inherited: old units that held NTM before 1/7/2025 («45 xã cũ, 32 đã đạt NTM»), null before. */
  inherited: { oldUnits: number; oldNtm: number; newUnitsWithNtmPredecessor: number } | null;
  grouping: DashboardGrouping;
  criteriaSetName: string | null;
  /** Whole triệu đồng; null = «chưa có số liệu» (no funding need entered for the year). */
  fundingNeedTotal: MillionVnd | null;
  /** null = «chưa có số liệu» (the OCOP registry is empty). */
  ocopProductCount: number | null;
  sampleData: boolean;
  /** Groups as asked (grouping): empty for 'none'. For origin groupings, ids are the old district / province units; ntm null = «chưa có kết quả». */
  byDistrict: { districtId: number; name: string; communes: number; ntm: number | null }[];
}
