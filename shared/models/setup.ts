/** Setting up a data file: the first-start choice, the national list of provinces, what was created. */

/** What the open data file holds: empty = no province yet (the renderer shows the first-start choice). */
export type DataState = 'ready' | 'empty' | 'damaged';

/** The embedded demo or a province made from the national lists. */
export type DataKind = 'demo' | 'province';

/** One of the 34 provinces / centrally-run cities from 1/7/2025, as the first-start list shows it. */
export interface ProvinceOption {
  code: string;
  /** "Cần Thơ" */
  name: string;
  /** "Thành phố Cần Thơ" */
  fullName: string;
  kind: 'tỉnh' | 'thành phố';
  unitCount: number;
  xaCount: number;
  phuongCount: number;
  dacKhuCount: number;
  /** The pre-2025 provinces it was formed from ("Tỉnh Sóc Trăng", …), in published order. */
  formedFrom: string[];
}

/** What creating a province's data (or opening the demo) put in the file. */
export interface SetupResult extends UnitLoadCounts {
  kind: DataKind;
  provinceCode: string;
  provinceName: string;
}

/** How many units and links loading a province's national lists wrote. */
export interface UnitLoadCounts {
  units: number;
  xa: number;
  phuong: number;
  dacKhu: number;
  /** Pre-2025 commune-level units loaded (0 without the old structure). */
  oldUnits: number;
  oldDistricts: number;
  /** Old → new links written. */
  successions: number;
  /** Parts the national data could not settle, listed as «cần xác nhận». */
  pending: number;
}

/** The province chosen for the file, stored in settings (key 'province'). */
export interface ProvinceSetting {
  kind: DataKind;
  code: string;
  name: string;
  fullName: string;
  withPre2025: boolean;
}

export interface DataFileResult {
  /** False when the person cancelled the dialog. */
  done: boolean;
  path: string | null;
}

export interface DemoInfo {
  provinceName: string;
  year: number;
}
