import type { DamageInfo } from './backups';
/** Plain data about administrative units, as it crosses the API. */

export type UnitKind = 'tinh' | 'thanh_pho_tw' | 'thanh_pho' | 'thi_xa' | 'huyen' | 'xa' | 'phuong' | 'thi_tran';

export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  tinh: 'tỉnh',
  thanh_pho_tw: 'thành phố',
  thanh_pho: 'thành phố',
  thi_xa: 'thị xã',
  huyen: 'huyện',
  xa: 'xã',
  phuong: 'phường',
  thi_tran: 'thị trấn',
};

/** "huyện Châu Thành", "thị xã Long Mỹ": how documents and lists name a unit with its kind. */
export const fullDistrictName = (kind: string, name: string): string => `${UNIT_KIND_LABEL[kind as UnitKind] ?? ''} ${name}`.trim();

/** "Phú Hữu (huyện Châu Thành)": a commune named with its district-level unit, as the plans do. */
export const communeLabel = (name: string, districtFullName: string): string => (districtFullName ? `${name} (${districtFullName})` : name);

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
  /** 'damaged': the data file could not be opened; the renderer shows the recovery screen. */
  dataState: 'ready' | 'empty' | 'damaged';
  /** What is wrong with the data file when dataState is 'damaged'. */
  damage: DamageInfo | null;
}

export interface DashboardSummary {
  year: number;
  provinceName: string;
  communeTotal: number;
  ntmCount: number;
  ntmPercent: string;
  nangCaoCount: number;
  kieuMauCount: number;
  avgCriteria: string;
  minCriteria: number | null;
  criteriaSetName: string | null;
  fundingNeedTotal: number;
  ocopProductCount: number;
  sampleData: boolean;
  byDistrict: { districtId: number; name: string; communes: number; ntm: number }[];
}
