/** Successions across the 1/7/2025 reorganisation: where a new unit came from, where an old one went. */

export type SuccessionMatch = 'one' | 'one-by-district' | 'several' | 'none' | 'unchanged' | 'manual';

/** settled = in force; pending = «cần xác nhận» (several candidates, unmatched, partial transfer). */
export type SuccessionStatus = 'settled' | 'pending';

export interface UnitRef {
  id: number;
  code: string | null;
  name: string;
  kind: string;
  /** "Xã Phú Hữu", "Phường I" */
  fullName: string;
  /** Old district-level unit ("huyện Châu Thành"), '' for units without one. */
  districtFullName: string;
  /** Old province ("Tỉnh Sóc Trăng") for pre-2025 units, '' otherwise. */
  provinceFullName: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface RecognitionFact {
  id: number;
  level: 'ntm' | 'nang_cao' | 'kieu_mau';
  /** "NTM", "NTM nâng cao", "NTM kiểu mẫu" */
  levelLabel: string;
  year: number;
  decisionNo: string;
  /** ISO date or null */
  decisionDate: string | null;
  issuer: string;
  criteriaSetName: string | null;
  revokedDate: string | null;
}

export interface CriteriaYearFact {
  year: number;
  met: number;
  /** Criteria with a result entered that year. */
  assessed: number;
  /** Criteria of the set in force that year. */
  required: number;
}

export interface OcopFact {
  productId: number;
  name: string;
  /** Highest stars recognised, null if none yet. */
  stars: number | null;
  status: string;
}

/** An old unit a new unit was formed from, with the history it carries. */
export interface PredecessorHistory {
  unit: UnitRef;
  /** whole, or only part of its area/population (partial transfer). */
  extent: 'whole' | 'partial';
  recognitions: RecognitionFact[];
  criteria: CriteriaYearFact[];
  ocop: OcopFact[];
}

export interface SuccessorRef {
  unit: UnitRef;
  extent: 'whole' | 'partial';
  effectiveDate: string;
  decision: string;
}

export interface UnitSuccessionView {
  unit: UnitRef;
  /** For a new unit: the old units it was formed from (empty for old units). */
  formedFrom: PredecessorHistory[];
  /** For an old unit: where it went (empty for new units). */
  wentTo: SuccessorRef[];
  /** Parts of this new unit still «cần xác nhận». */
  pending: PendingSuccession[];
  /** «3 xã cũ, 2 đã đạt NTM: Tân Tiến, Hỏa Lựu» — '' when the unit was formed from nothing recorded. */
  inheritedSummary: string;
}

/** A constituent of a new unit that the national data could not settle. */
export interface PendingSuccession {
  id: number;
  status: SuccessionStatus;
  newUnit: UnitRef;
  /** The published composition text of the new unit. */
  compositionText: string;
  /** The constituent as named there ("một phần diện tích … của phường X"). */
  part: string;
  match: SuccessionMatch;
  extent: 'whole' | 'partial';
  /** «Nhiều đơn vị cũ trùng tên», «Không khớp được đơn vị cũ», «Chuyển một phần» */
  reason: string;
  /** Old units the office can choose from (the matched ones first, then the province's other old units are searchable via units.list). */
  candidates: UnitRef[];
  /** After settling: the old units chosen (empty = no old unit corresponds). */
  chosen: UnitRef[];
  settledAt: string | null;
  note: string;
}
