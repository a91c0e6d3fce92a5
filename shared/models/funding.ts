/** Funding data as it crosses the API. Every amount is a `ThousandVnd`: an integer of nghìn đồng. */
import type { ThousandVnd } from './units-of-measure';

/** nhu cầu (a plan's need) → kế hoạch giao (allocated) → giải ngân (disbursed at a cut-off date). */
export const STAGES = ['need', 'allocated', 'disbursed'] as const;
export type FundingStage = (typeof STAGES)[number];
export const STAGE_LABEL: Record<FundingStage, string> = {
  need: 'Nhu cầu',
  allocated: 'Kế hoạch giao',
  disbursed: 'Giải ngân',
};

export const WORK_STATUSES = ['planned', 'in_progress', 'done', 'suspended'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];
export const WORK_STATUS_LABEL: Record<WorkStatus, string> = {
  planned: 'Dự kiến',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  suspended: 'Tạm dừng',
};

export interface FundingSourceInfo {
  id: number;
  /** Stable key: trung_uong, dia_phuong, long_ghep, tin_dung, doanh_nghiep, dan_gop. */
  code: string;
  name: string;
  shortName: string;
}

/**
 * One figure of a unit: `direct` is what the office entered at that level (null: none),
 * `detail` the sum of its works and lower units (null: none has a figure), `total` = direct when
 * entered, else detail. `unallocated` = direct − detail ("chưa phân bổ chi tiết"), null without a
 * direct figure. Null is «chưa có số liệu»; 0 is a figure of 0.
 */
export interface FundingCell {
  direct: ThousandVnd | null;
  detail: ThousandVnd | null;
  total: ThousandVnd | null;
  unallocated: ThousandVnd | null;
}

/** A unit's figures by stage: per source code, and summed over the sources. */
export type UnitFigures = Record<FundingStage, { bySource: Record<string, FundingCell>; total: FundingCell }>;

export interface UnitFunding {
  id: number;
  name: string;
  figures: UnitFigures;
}

export type WarningKind =
  'disbursed_over_allocated' | 'allocated_over_need' | 'committed_unfunded' | 'detail_over_total' | 'total_mismatch';

export interface FundingWarning {
  kind: WarningKind;
  message: string;
  workId?: number;
  sourceCode?: string;
  stage?: FundingStage;
}

/** A district-level unit's figures summed over the sources, per stage (what the screen's district table shows). */
export interface UnitTotals {
  id: number;
  name: string;
  /** null: no figure for the stage at or below the unit. */
  totals: Record<FundingStage, ThousandVnd | null>;
}

export interface FundingOverview {
  year: number;
  /** Cut-off date of the disbursement figures (ISO). */
  asOf: string;
  /** Cut-off dates that have disbursement figures in the year, newest first. */
  cutoffs: string[];
  sources: FundingSourceInfo[];
  province: UnitFunding;
  /** Only the totals per stage: the full figures of hundreds of units would weigh megabytes at national scale. */
  districts: UnitTotals[];
  /** Totals as a document states them (e.g. "6.259.605 triệu đồng"), checked against the sum of sources. */
  statedTotals: Partial<Record<FundingStage, ThousandVnd>>;
  warnings: FundingWarning[];
  /** All warnings, when the list above is cut. */
  warningCount: number;
  sampleData: boolean;
}

export interface WorkRow {
  id: number;
  communeId: number;
  communeName: string;
  districtId: number | null;
  districtName: string;
  name: string;
  criterionNo: number | null;
  criterionName: string;
  startYear: number | null;
  endYear: number | null;
  status: WorkStatus;
  committedValue: ThousandVnd | null;
  notes: string;
  sample: boolean;
  /** The year's amounts by stage and source code (disbursed: latest figure at the cut-off). */
  amounts: Record<FundingStage, Record<string, ThousandVnd>>;
  /** Allocated over every year: the funding secured against the committed value. */
  allocatedAllYears: ThousandVnd;
}

export interface WorksList {
  year: number;
  asOf: string;
  rows: WorkRow[];
  /** How many works the filter holds: more than `rows` when only the first page of a large year is sent. */
  total: number;
  /** The criteria of the set in force that year, for the "Tiêu chí" column. */
  criteria: { no: number; name: string }[];
  /** The year's district-level units that have xã, in order (the «Đơn vị cấp huyện» filter). */
  districts: { id: number; name: string }[];
  /** The xã for the «Xã» filter: all of them, or with `communesByDistrict` only the chosen district's. */
  communes: { id: number; name: string; districtId: number | null }[];
  /** A national-scale list: the xã are sent for the chosen district only (none until one is chosen). */
  communesByDistrict: boolean;
}

export interface FundingImportPreview {
  year: number;
  asOf: string;
  provinceChanges: number;
  worksAdded: number;
  worksChanged: number;
  worksUnchanged: number;
  /** Rows without a work id that name a work already there (same xã and name): counted as that work. */
  worksExisting: number;
  amountsChanged: number;
  /** A few of the changes, in words. */
  sample: string[];
}

export interface FundingImportResult extends FundingImportPreview {
  applied: true;
}
