/** Plain data of the NTM criteria domain, as it crosses the API. */
import type { Figures, Level } from '../domain/ntm-figures';
import type { Projection } from '../domain/ntm-projection';

export type TargetLevel = Level | 'tieu_chi';
export type TargetKind = 'official' | 'stretch';

export const TARGET_LEVEL_LABEL: Record<TargetLevel, string> = {
  ntm: 'Đạt chuẩn NTM',
  nang_cao: 'NTM nâng cao',
  kieu_mau: 'NTM kiểu mẫu',
  tieu_chi: 'Nâng số tiêu chí',
};

export const TARGET_KIND_LABEL: Record<TargetKind, string> = {
  official: 'Công nhận (chính thức)',
  stretch: 'Chỉ đạo bổ sung, phấn đấu',
};

export interface CriteriaSetInfo {
  id: number;
  code: string;
  name: string;
  level: string;
  yearFrom: number;
  yearTo: number;
  decision: string;
  requiredCount: number;
  /** 'region' (QĐ 318) or 'group' (QĐ 51: nhóm 1, 2, 3). */
  thresholdBy: string;
  sourceDoc: string;
  verified: boolean;
  /** Indicators the source document has (47 for QĐ 51), null if not known. */
  expectedIndicators: number | null;
  /** Indicators entered so far. */
  indicatorCount?: number;
}

export interface CriterionColumn {
  id: number;
  no: number;
  name: string;
  groupNo: number;
  groupName: string;
}

/**
 * One commune's row of the matrix. Results are one character per criterion, in column order
 * ('1' Đạt, '0' Chưa đạt, '-' not entered), and the district-level unit is referred to by id
 * (names travel once, in CriteriaMatrix.districts), so 10,000 communes stay one small payload.
 */
export interface MatrixRow {
  id: number;
  code: string | null;
  name: string;
  districtId: number | null;
  results: string;
  met: number;
  level: Level | null;
  levelYear: number | null;
  decisionNo: string;
  decisionDate: string | null;
  /** Recognised NTM (or higher) but this year's results are below the required count. */
  atRisk: boolean;
  /** Some of this year's results are sample values. */
  sample: boolean;
  /** The level held was recorded as an exception (criteria unmet, reason given). */
  levelException?: boolean;
}

export interface MatrixDistrict {
  id: number;
  name: string;
  /** "huyện Châu Thành". */
  fullName: string;
  /** Position in the province's usual order. */
  order: number;
}

export interface CriteriaMatrix {
  year: number;
  set: CriteriaSetInfo | null;
  criteria: CriterionColumn[];
  districts: MatrixDistrict[];
  rows: MatrixRow[];
  sampleData: boolean;
  /** Criteria whose đạt is computed from indicator values (edited in the indicator panel). */
  computedCriteria: number[];
  /** Cells whose result a person set against the computed one, with the reason. */
  overrides: { communeId: number; criterionId: number; met: boolean; reason: string }[];
}

/** One cell change; `met: null` removes the result (an undo of a first entry). */
export interface ResultChange {
  communeId: number;
  criterionId: number;
  met: boolean | null;
}

export interface SetResultsOutput {
  rows: MatrixRow[];
  changed: number;
}

export interface HistoryEntry {
  id: number;
  at: string;
  what: string;
  oldValue: string;
  newValue: string;
  action: string;
  /** Who made the change ('' for changes recorded before people were recorded). */
  actor: string;
}

export interface RecognitionRow {
  id: number;
  communeId: number;
  communeName: string;
  /** "Phú Hữu (huyện Châu Thành)". */
  communeLabel: string;
  districtId: number | null;
  level: Level;
  year: number;
  decisionNo: string;
  decisionDate: string | null;
  issuer: string;
  revokedDate: string | null;
  revokeDecisionNo: string;
  revokeReason: string;
  source: string;
  /** Non-empty: recorded as an exception although criteria were unmet (the reason). */
  exceptionReason: string;
  exceptionUnmet: string;
}

export interface TargetRow {
  id: number;
  communeId: number;
  communeName: string;
  communeLabel: string;
  districtId: number | null;
  districtFullName: string;
  year: number;
  level: TargetLevel;
  kind: TargetKind;
  targetCriteria: number | null;
  notes: string;
  /** Criteria met at the end of the previous year (the plan's starting point), if entered. */
  baselineCriteria: number | null;
  /** Criteria met this year, if entered. */
  currentCriteria: number | null;
}

export interface AtRiskCommune {
  communeId: number;
  communeLabel: string;
  level: Level;
  met: number;
  required: number;
}

export interface LevelProjection extends Projection {
  /** The cumulative figure the plan states (province_targets), if any. */
  stated: number | null;
}

export interface DistrictFigures {
  districtId: number;
  name: string;
  figures: Figures;
}

export interface CriteriaFigures {
  year: number;
  provinceName: string;
  set: CriteriaSetInfo | null;
  province: Figures;
  byDistrict: DistrictFigures[];
  projections: LevelProjection[];
  atRisk: AtRiskCommune[];
  /** The plan's stated average and minimum ("18,2", 14), if set. */
  avgCriteriaTarget: string | null;
  minCriteriaTarget: number | null;
  sampleData: boolean;
  /** False when the year has no recognition or criteria result on the units in force: show «chưa có kết quả», not 0/N. */
  hasResults: boolean;
}

export interface ThresholdRow {
  id: number;
  region: string;
  value: string;
  verified: boolean;
  source: string;
  notApplicable: boolean;
}

/** What describes an indicator (how it is entered and compared), apart from its id and thresholds. */
export interface IndicatorFields {
  code: string;
  name: string;
  unit: string;
  comparator: string;
  valueKind: string;
  grades: string;
}

export interface IndicatorRow extends IndicatorFields {
  id: number;
  thresholds: ThresholdRow[];
}

export interface CriterionDetail extends CriterionColumn {
  indicators: IndicatorRow[];
}

export interface CriteriaSetDetail {
  set: CriteriaSetInfo;
  criteria: CriterionDetail[];
}

export interface ImportChangeSample {
  sheet: string;
  row: number;
  commune: string;
  criterion: string;
  oldValue: string;
  newValue: string;
}

export interface ImportPreview {
  sheets: { sheet: string; year: number; rows: number }[];
  added: number;
  changed: number;
  unchanged: number;
  sample: ImportChangeSample[];
}

export interface ImportResult {
  added: number;
  changed: number;
  unchanged: number;
}

/** A commune named in a plan's targets: "Phú Hữu (huyện Châu Thành)". */
export interface PlanCommune {
  communeId: number;
  name: string;
  districtFullName: string;
  label: string;
  targetCriteria: number | null;
  /** Criteria met at the end of the previous year, if entered. */
  baselineCriteria: number | null;
  notes: string;
}

export interface PlanLevelTargets {
  level: Level;
  official: PlanCommune[];
  stretch: PlanCommune[];
  projection: LevelProjection;
}

/** Everything plan section II.1 and Phụ lục 1 state about NTM (built by criteriaPlanData). */
export interface CriteriaPlanData {
  year: number;
  provinceName: string;
  set: CriteriaSetInfo | null;
  communeTotal: number;
  /** Figures at the end of the previous year (the plan's starting point). */
  baseline: Figures;
  /** Figures at the end of the plan year, from the data entered so far. */
  current: Figures;
  levels: PlanLevelTargets[];
  /** Communes targeted only to raise their criteria count (level 'tieu_chi'). */
  criteriaCountTargets: PlanCommune[];
  avgCriteriaTarget: string | null;
  minCriteriaTarget: number | null;
  /** Phụ lục 1: every target of the year, grouped by district-level unit in the province's order. */
  appendix: { districtId: number | null; districtFullName: string; targets: TargetRow[] }[];
  sampleData: boolean;
}

export interface CriterionTally {
  criterionId: number;
  no: number;
  name: string;
  communesMet: number;
  communesEntered: number;
}

export interface TargetProgress {
  level: Level;
  official: { label: string; achieved: boolean }[];
  stretch: { label: string; achieved: boolean }[];
}

/** Everything a periodic report states about NTM (built by criteriaReportData). */
export interface CriteriaReportData {
  year: number;
  periodStart: string;
  periodEnd: string;
  provinceName: string;
  set: CriteriaSetInfo | null;
  /** Recognitions decided within the period. */
  recognised: RecognitionRow[];
  revoked: RecognitionRow[];
  /** Cumulative figures at the period's end. */
  figures: Figures;
  /** The same at the end of the previous year, for comparison. */
  previousYearEnd: Figures;
  byDistrict: DistrictFigures[];
  criteria: CriterionTally[];
  targets: TargetProgress[];
  atRisk: AtRiskCommune[];
  sampleData: boolean;
}
