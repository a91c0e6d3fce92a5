/** OCOP data as it crosses the API. Points are `PointsHundredths`: integers in hundredths (7250 = 72,50 điểm). */
import type { PointsHundredths } from './units-of-measure';

export type ProducerKind = 'doanh_nghiep' | 'hop_tac_xa' | 'to_hop_tac' | 'ho_san_xuat';
export const PRODUCER_KINDS: ProducerKind[] = ['doanh_nghiep', 'hop_tac_xa', 'to_hop_tac', 'ho_san_xuat'];
export const PRODUCER_KIND_LABEL: Record<ProducerKind, string> = {
  doanh_nghiep: 'Doanh nghiệp',
  hop_tac_xa: 'Hợp tác xã',
  to_hop_tac: 'Tổ hợp tác',
  ho_san_xuat: 'Hộ sản xuất có ĐKKD',
};

export type OcopLevel = 'commune' | 'district' | 'province' | 'central';
export const OCOP_LEVELS: OcopLevel[] = ['commune', 'district', 'province', 'central'];
export const OCOP_LEVEL_LABEL: Record<OcopLevel, string> = {
  commune: 'Cấp xã (kiểm tra sơ bộ)',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  central: 'Cấp trung ương',
};

export type EvaluationKind = 'new' | 'upgrade' | 're_evaluation';
export const EVALUATION_KIND_LABEL: Record<EvaluationKind, string> = {
  new: 'Đánh giá lần đầu',
  upgrade: 'Thăng hạng',
  re_evaluation: 'Đánh giá lại',
};

export type OcopStatus =
  'registered' | 'district_evaluated' | 'province_evaluated' | 'recognised' | 'expiring' | 'expired' | 'revoked';
export const OCOP_STATUSES: OcopStatus[] = [
  'registered',
  'district_evaluated',
  'province_evaluated',
  'recognised',
  'expiring',
  'expired',
  'revoked',
];
export const OCOP_STATUS_LABEL: Record<OcopStatus, string> = {
  registered: 'Đã đăng ký',
  district_evaluated: 'Đã đánh giá cấp huyện',
  province_evaluated: 'Đã đánh giá cấp tỉnh',
  recognised: 'Đã công nhận',
  expiring: 'Sắp hết hạn',
  expired: 'Hết hạn',
  revoked: 'Bị thu hồi',
};

/** A criteria version's scoring rules (QĐ 1048/2019: A35/B25/C40; QĐ 148/2023: A40/B25/C35). */
export interface VersionLimits {
  code: string;
  decision: string;
  effectiveFrom: string;
  maxA: number;
  maxB: number;
  maxC: number;
  /** Whether the version has mandatory criteria that cap a product below 3★. */
  hasMandatory: boolean;
}

export interface CriteriaVersionRow extends VersionLimits {
  id: number;
}

export interface ProducerRow {
  id: number;
  name: string;
  kind: ProducerKind;
  kindLabel: string;
  address: string;
  communeId: number | null;
  communeName: string;
  districtId: number | null;
  districtName: string;
  representative: string;
  phone: string;
  taxCode: string;
  notes: string;
  source: string;
  productCount: number;
}

export interface ProductRow {
  id: number;
  producerId: number;
  producerName: string;
  name: string;
  groupCode: string;
  subgroupCode: string;
  groupLabel: string;
  communeId: number | null;
  communeName: string;
  districtId: number | null;
  districtName: string;
  notes: string;
  source: string;
  status: OcopStatus;
  statusLabel: string;
  /** Stars of the certificate in force (or last recognised), null if never recognised. */
  stars: number | null;
  expiryDate: string | null;
}

export interface MemberScore {
  memberName: string;
  pointsA: PointsHundredths;
  pointsB: PointsHundredths;
  pointsC: PointsHundredths;
}

export interface EvaluationRow {
  id: number;
  productId: number;
  roundName: string;
  level: OcopLevel;
  versionId: number;
  versionDecision: string;
  evaluatedDate: string | null;
  pointsA: PointsHundredths;
  pointsB: PointsHundredths;
  pointsC: PointsHundredths;
  total: PointsHundredths;
  stars: number;
  /** Stars the points alone would give (differs from `stars` when a mandatory criterion failed). */
  pointStars: number;
  mandatoryFailed: boolean;
  kind: EvaluationKind;
  /** "Thăng hạng 3★ → 4★", "Đánh giá lại", … as the history shows it. */
  kindLabel: string;
  decisionNo: string;
  decisionDate: string | null;
  issuer: string;
  expiryDate: string | null;
  revokedDate: string | null;
  revokeReason: string;
  notes: string;
  /** 'sample' when the A/B/C split is sample data. */
  source: string;
  members: MemberScore[];
}

export interface DossierItemRow {
  docType: string;
  label: string;
  required: boolean;
  present: boolean;
  fileName: string | null;
  addedAt: string | null;
  notes: string;
}

export interface ProductDetail {
  product: ProductRow;
  producer: ProducerRow;
  /** Oldest first. */
  evaluations: EvaluationRow[];
  dossier: DossierItemRow[];
  /** Why the product has its status, in a sentence. */
  statusNote: string;
}

export interface DossierDocType {
  code: string;
  label: string;
  required: boolean;
}

export interface UnitOption {
  id: number;
  /** "huyện Châu Thành", "thị trấn Ngã Sáu" */
  label: string;
  /** For communes: their district-level unit. */
  parentId: number | null;
}

export interface OcopMeta {
  versions: CriteriaVersionRow[];
  docTypes: DossierDocType[];
  /** District-level units and commune-level units (xã, phường, thị trấn) of the plan year. */
  districts: UnitOption[];
  communes: UnitOption[];
  /** Some products come from the public source (the demo registry): the screen says so. */
  publicData: boolean;
}

/** A recognition certificate as lists show it. */
export interface CertificateFields {
  producerName: string;
  districtName: string;
  stars: number;
  decisionNo: string;
  decisionDate: string;
  expiryDate: string;
}

export interface ExpiringItem extends CertificateFields {
  evaluationId: number;
  productId: number;
  productName: string;
  /** True when a newer evaluation has been recorded since this certificate. */
  reEvaluated: boolean;
}

export interface ExpiryMonth {
  /** "2024-07" */
  month: string;
  /** "Tháng 7/2024" */
  label: string;
  items: ExpiringItem[];
}

export interface DueItem extends ExpiringItem {
  status: OcopStatus;
  statusLabel: string;
}

export interface OcopCalendar {
  asOf: string;
  until: string;
  months: ExpiryMonth[];
  due: DueItem[];
}

export interface DistrictSummaryRow {
  /** null: products whose district-level unit is not known. */
  districtId: number | null;
  name: string;
  products: number;
  byStatus: Record<OcopStatus, number>;
  /** Valid certificates (recognised or expiring) by stars. */
  stars3: number;
  stars4: number;
  stars5: number;
}

export interface OcopSummary {
  asOf: string;
  rows: DistrictSummaryRow[];
  total: DistrictSummaryRow;
}

export type OcopTargetKind = 'district_3_4' | 'province_3_4' | 'upgrade_3_4' | 'national_dossiers';
export const OCOP_TARGET_LABEL: Record<OcopTargetKind, string> = {
  district_3_4: 'Sản phẩm đạt 3 - 4 sao cấp huyện',
  province_3_4: 'Sản phẩm đạt 3 - 4 sao cấp tỉnh',
  upgrade_3_4: 'Thăng hạng 3 sao lên 4 sao',
  national_dossiers: 'Hồ sơ đề nghị đánh giá cấp quốc gia (5 sao)',
};

export interface TargetProgress {
  id: number;
  year: number;
  kind: OcopTargetKind;
  label: string;
  unitId: number | null;
  unitName: string;
  minCount: number;
  maxCount: number | null;
  /** "5 - 7 sản phẩm", "ít nhất 40 sản phẩm" */
  targetText: string;
  current: number;
  met: boolean;
  /** How `current` is counted, in Vietnamese (shown in the UI and usable in reports). */
  rule: string;
  notes: string;
}

export interface ImportPreview {
  counts: { sheet: string; added: number; changed: number; unchanged: number }[];
  /** A few lines describing changes ("Sản phẩm «…»: thêm mới"). */
  sample: string[];
}

export interface ImportResult {
  counts: ImportPreview['counts'];
}

/** What the documents engineer gets for a period report (see electron/services/ocop/report.ts). */
export interface OcopReportData {
  from: string;
  to: string;
  /** Products recognised (decision dated in the period), 3★ and above. */
  recognised: {
    total: number;
    byStars: { stars: number; count: number }[];
    byDistrict: {
      districtId: number | null;
      name: string;
      stars3: number;
      stars4: number;
      stars5: number;
      total: number;
    }[];
    products: {
      productId: number;
      name: string;
      producerName: string;
      districtName: string;
      stars: number;
      kind: EvaluationKind;
      decisionNo: string;
      decisionDate: string;
      source: string;
    }[];
  };
  upgrades: number;
  reEvaluations: number;
  /** Products holding a valid certificate at `to`, and all products ever recognised up to `to`. */
  cumulative: {
    validAtEnd: number;
    validByStars: { stars: number; count: number }[];
    everRecognised: number;
    /** Expiry dates of the certificates valid at the end. */ expiries: string[];
  };
  /** Targets of the year `to` falls in, with progress computed up to `to`. */
  targets: TargetProgress[];
}
