/** Plain data of criteria-set editing, commune groups, indicator values and the shortfall list. */
import type { IndicatorStatus } from '../domain/criteria-eval';
import type { Level } from '../domain/ntm-figures';
import type { IndicatorFields, MatrixRow } from './criteria';

export interface DependentCounts {
  results: number;
  values: number;
  overrides: number;
  communes: number;
}

export interface CommuneGroupRow {
  communeId: number;
  code: string | null;
  name: string;
  label: string;
  groupNo: number | null;
  validFrom: string | null;
  decision: string;
}

export interface GroupChange {
  communeId: number;
  groupNo: number | null;
}

export interface SimpleImportPreview {
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  sample: { sheet: string; row: number; what: string; oldValue: string; newValue: string }[];
}

export interface SetImportPreview {
  setName: string;
  criteria: number;
  indicators: number;
  thresholds: number;
  added: number;
  changed: number;
  removed: number;
}

export interface PanelIndicator extends IndicatorFields {
  id: number;
  /** The threshold applied to this commune ("≥ 80%"), '' if none. */
  thresholdText: string;
  value: string | null;
  valueText: string;
  status: IndicatorStatus;
}

export interface IndicatorPanel {
  year: number;
  communeId: number;
  communeLabel: string;
  criterionId: number;
  criterionLabel: string;
  thresholdBy: string;
  /** The commune's group in force this year (by-group sets), null if not set. */
  groupNo: number | null;
  indicators: PanelIndicator[];
  /** Computed from the indicators (null: not known yet). */
  computed: boolean | null;
  override: { met: boolean; reason: string } | null;
  /** What the grid shows. */
  met: boolean | null;
}

export interface ValueChange {
  communeId: number;
  indicatorId: number;
  /** As typed; '' removes the value. */
  value: string;
}

export interface SetValuesOutput {
  changed: number;
  rows: MatrixRow[];
}

/**
 * One xã of the shortfall list. A country's list is 10,000 rows, so criteria and indicators travel
 * once (in ShortfallReport.byCriterion) and rows name them by position.
 */
export interface ShortfallCommune {
  communeId: number;
  label: string;
  groupNo: number | null;
  /** Latest year with values. */
  latestYear: number | null;
  /** Criteria not met: positions in ShortfallReport.byCriterion. */
  unmet: number[];
  /**
   * Indicators not met of those criteria: positions in the set's indicators taken in order
   * (byCriterion[0].indicators, then byCriterion[1].indicators, …; see shortfallIndicators).
   */
  unmetIndicators: number[];
  /** Of `unmet`, the criteria decided by an override («đánh giá khác»); absent when none. */
  overridden?: number[];
  /** Criteria with no result yet (no value, no mark). */
  unknown: number;
  /** 2021–2025: the level held at 31/12/2025 (own or predecessors') and criteria met in 2025. */
  previousLevel: Level | null;
  previousNote: string;
  previousMet: number | null;
  previousTotal: number;
}

export interface ShortfallByCriterion {
  criterionId: number;
  no: number;
  name: string;
  communes: number;
  unknown: number;
  /** Per indicator: how many communes do not meet it. */
  indicators: { code: string; name: string; communes: number }[];
}

export interface ShortfallReport {
  year: number;
  setName: string;
  previousSetName: string | null;
  communes: ShortfallCommune[];
  byCriterion: ShortfallByCriterion[];
  /** Communes meeting every criterion. */
  complete: number;
  noGroup: number;
}

/** The set's indicators in the order ShortfallCommune.unmetIndicators counts them. */
export const shortfallIndicators = (r: Pick<ShortfallReport, 'byCriterion'>) =>
  r.byCriterion.flatMap((c) => c.indicators);
