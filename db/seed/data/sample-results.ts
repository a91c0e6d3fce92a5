/**
 * NTM status of the 51 xã for 2021–2022.
 *
 * Real (the 2022 plan): the 2022 commune targets, the province targets, the end-2021 and end-2022
 * totals (35 → 38 NTM, 5 → 9 nâng cao, 0 → 1 kiểu mẫu) and Thuận Hòa's 2020 recognition.
 * SAMPLE (source 'sample', shown as such): which 35 communes were NTM at end-2021, recognition
 * years and decision numbers (prefixed 'Mẫu-'), and the per-criterion results. They are hand-picked
 * so every figure the plan states is reproduced exactly; users replace them with real data.
 */

export interface CommuneRef {
  /** GSO code of the district-level unit: commune names repeat across districts. */
  district: string;
  commune: string;
}

export interface RecognitionSeed extends CommuneRef {
  level: 'ntm' | 'nang_cao' | 'kieu_mau';
  year: number;
  decisionNo: string;
  decisionDate: string | null;
  issuer: string;
  /** Criteria set code, when the set is in the database. */
  criteriaSet: string | null;
  source: 'sample' | 'public';
}

/** Criteria a commune did not meet, per year; every criterion not listed is met. */
export interface CriteriaGapSeed extends CommuneRef {
  unmet: Record<number, number[]>;
}

export interface CommuneTargetSeed extends CommuneRef {
  year: number;
  level: 'ntm' | 'nang_cao' | 'kieu_mau' | 'tieu_chi';
  kind: 'official' | 'stretch';
  targetCriteria: number | null;
  notes: string;
}

export interface ProvinceTargetSeed {
  year: number;
  key: string;
  value: string;
}

/** Years with sample results; each xã gets one row per criterion of this set. */
export const sampleResultYears = [2021, 2022];
export const sampleResultCriteriaSet = 'QD318-NTM';

const ISSUER = 'UBND tỉnh Hậu Giang';

/** A sample recognition: decision number visibly fake, date mid-December of the year. */
const sample = (
  district: string,
  commune: string,
  level: RecognitionSeed['level'],
  year: number,
  no: number,
  criteriaSet: string | null = null,
): RecognitionSeed => ({
  district,
  commune,
  level,
  year,
  decisionNo: `Mẫu-${no}/QĐ-UBND`,
  decisionDate: `${year}-12-${String(10 + (no % 18)).padStart(2, '0')}`,
  issuer: ISSUER,
  criteriaSet,
  source: 'sample',
});

export const recognitions: RecognitionSeed[] = [
  // --- NTM before 2022: 35 xã (sample, except Thuận Hòa) ---
  // TP Vị Thanh
  sample('930', 'Hỏa Tiến', 'ntm', 2016, 21),
  sample('930', 'Vị Tân', 'ntm', 2017, 32),
  sample('930', 'Hỏa Lựu', 'ntm', 2018, 43),
  sample('930', 'Tân Tiến', 'ntm', 2019, 54),
  // TP Ngã Bảy
  sample('931', 'Đại Thành', 'ntm', 2015, 15),
  sample('931', 'Tân Thành', 'ntm', 2017, 37),
  // H. Châu Thành A
  sample('932', 'Thạnh Xuân', 'ntm', 2014, 14),
  sample('932', 'Tân Phú Thạnh', 'ntm', 2015, 25),
  sample('932', 'Nhơn Nghĩa A', 'ntm', 2016, 26),
  sample('932', 'Tân Hòa', 'ntm', 2017, 47),
  sample('932', 'Trường Long A', 'ntm', 2018, 58),
  sample('932', 'Trường Long Tây', 'ntm', 2018, 59),
  // H. Châu Thành
  sample('933', 'Đông Phước A', 'ntm', 2016, 36),
  sample('933', 'Đông Thạnh', 'ntm', 2017, 57),
  sample('933', 'Đông Phú', 'ntm', 2018, 68),
  sample('933', 'Đông Phước', 'ntm', 2019, 79),
  // H. Phụng Hiệp
  sample('934', 'Long Thạnh', 'ntm', 2016, 46),
  sample('934', 'Phương Phú', 'ntm', 2018, 78),
  sample('934', 'Tân Bình', 'ntm', 2019, 89),
  sample('934', 'Phương Bình', 'ntm', 2020, 90),
  sample('934', 'Thạnh Hòa', 'ntm', 2021, 101),
  // H. Vị Thủy
  sample('935', 'Vị Thắng', 'ntm', 2015, 35),
  sample('935', 'Vị Thanh', 'ntm', 2017, 67),
  sample('935', 'Vị Trung', 'ntm', 2018, 88),
  sample('935', 'Vị Thủy', 'ntm', 2019, 99),
  sample('935', 'Vĩnh Trung', 'ntm', 2020, 100),
  sample('935', 'Vĩnh Tường', 'ntm', 2021, 111),
  // H. Long Mỹ
  sample('936', 'Thuận Hưng', 'ntm', 2018, 98),
  sample('936', 'Xà Phiên', 'ntm', 2019, 109),
  {
    // Real: recognised in 2020 (vnbusiness.vn); decision number not found.
    district: '936',
    commune: 'Thuận Hòa',
    level: 'ntm',
    year: 2020,
    decisionNo: '',
    decisionDate: null,
    issuer: ISSUER,
    criteriaSet: null,
    source: 'public',
  },
  sample('936', 'Lương Tâm', 'ntm', 2021, 121),
  // TX Long Mỹ
  sample('937', 'Long Trị A', 'ntm', 2016, 56),
  sample('937', 'Long Bình', 'ntm', 2018, 108),
  sample('937', 'Long Phú', 'ntm', 2019, 119),
  sample('937', 'Long Trị', 'ntm', 2020, 120),

  // --- NTM nâng cao before 2022: 5 xã (sample). Thạnh Xuân and Đại Thành must be, to target kiểu mẫu. ---
  sample('932', 'Thạnh Xuân', 'nang_cao', 2019, 129),
  sample('932', 'Tân Phú Thạnh', 'nang_cao', 2020, 130),
  sample('931', 'Đại Thành', 'nang_cao', 2020, 131),
  sample('930', 'Hỏa Tiến', 'nang_cao', 2021, 141),
  sample('935', 'Vị Thắng', 'nang_cao', 2021, 142),

  // --- 2022: the plan's official targets, realised (sample decisions) ---
  sample('933', 'Phú Hữu', 'ntm', 2022, 151, 'QD318-NTM'),
  sample('937', 'Tân Phú', 'ntm', 2022, 152, 'QD318-NTM'),
  sample('934', 'Hiệp Hưng', 'ntm', 2022, 153, 'QD318-NTM'),
  sample('937', 'Long Trị A', 'nang_cao', 2022, 161),
  sample('936', 'Thuận Hưng', 'nang_cao', 2022, 162),
  sample('930', 'Vị Tân', 'nang_cao', 2022, 163),
  sample('932', 'Nhơn Nghĩa A', 'nang_cao', 2022, 164),
  sample('932', 'Thạnh Xuân', 'kieu_mau', 2022, 171),
];

/**
 * The 16 xã not NTM at end-2021 and what they missed (sample). Resulting counts:
 * 2021 — 35 × 19, then 18, 18, 17 ×3, 16 ×3, 15 ×3, 14 ×4, 12 → 913 / 51 = 17,9;
 * 2022 — 38 × 19, then 18 ×2, 16 ×6, 15 ×4, 14 → 928 / 51 = 18,2, minimum 14 (the plan's targets).
 */
export const criteriaGaps: CriteriaGapSeed[] = [
  // Recognised in 2022
  { district: '933', commune: 'Phú Hữu', unmet: { 2021: [17], 2022: [] } },
  { district: '937', commune: 'Tân Phú', unmet: { 2021: [13], 2022: [] } },
  { district: '934', commune: 'Hiệp Hưng', unmet: { 2021: [10, 17], 2022: [] } },
  // Stretch NTM targets: 18 criteria in 2022
  { district: '933', commune: 'Phú Tân', unmet: { 2021: [13, 17], 2022: [17] } },
  { district: '935', commune: 'Vị Bình', unmet: { 2021: [10, 17], 2022: [10] } },
  // The lowest: 14 in 2022
  { district: '934', commune: 'Tân Long', unmet: { 2021: [2, 5, 9, 10, 11, 13, 17], 2022: [2, 5, 10, 13, 17] } },
  // 15 in 2022
  { district: '936', commune: 'Lương Nghĩa', unmet: { 2021: [2, 5, 10, 13, 17], 2022: [5, 10, 13, 17] } },
  { district: '936', commune: 'Vĩnh Viễn A', unmet: { 2021: [2, 10, 11, 13, 17], 2022: [2, 10, 13, 17] } },
  { district: '934', commune: 'Hòa Mỹ', unmet: { 2021: [5, 10, 13, 15, 17], 2022: [5, 10, 13, 17] } },
  { district: '934', commune: 'Bình Thành', unmet: { 2021: [2, 6, 10, 13, 17], 2022: [2, 10, 13, 17] } },
  // 16 in 2022
  { district: '935', commune: 'Vị Đông', unmet: { 2021: [5, 10, 13, 17], 2022: [10, 13, 17] } },
  { district: '935', commune: 'Vĩnh Thuận Tây', unmet: { 2021: [2, 10, 13, 17], 2022: [2, 10, 17] } },
  { district: '936', commune: 'Vĩnh Thuận Đông', unmet: { 2021: [6, 10, 13, 17], 2022: [10, 13, 17] } },
  { district: '934', commune: 'Hòa An', unmet: { 2021: [10, 13, 17], 2022: [10, 13, 17] } },
  { district: '934', commune: 'Phụng Hiệp', unmet: { 2021: [5, 10, 17], 2022: [5, 10, 17] } },
  { district: '934', commune: 'Tân Phước Hưng', unmet: { 2021: [2, 13, 17], 2022: [2, 13, 17] } },
];

const PLAN_2022 = 'Kế hoạch thực hiện Chương trình MTQG xây dựng NTM và OCOP tỉnh Hậu Giang năm 2022 (Phụ lục 1)';

/** Real: the 2022 plan, section II.1. */
export const communeTargets: CommuneTargetSeed[] = [
  { district: '933', commune: 'Phú Hữu', year: 2022, level: 'ntm', kind: 'official', targetCriteria: 19, notes: PLAN_2022 },
  { district: '937', commune: 'Tân Phú', year: 2022, level: 'ntm', kind: 'official', targetCriteria: 19, notes: PLAN_2022 },
  { district: '934', commune: 'Hiệp Hưng', year: 2022, level: 'ntm', kind: 'official', targetCriteria: 19, notes: PLAN_2022 },
  { district: '933', commune: 'Phú Tân', year: 2022, level: 'ntm', kind: 'stretch', targetCriteria: 19, notes: PLAN_2022 },
  { district: '935', commune: 'Vị Bình', year: 2022, level: 'ntm', kind: 'stretch', targetCriteria: 19, notes: PLAN_2022 },
  { district: '937', commune: 'Long Trị A', year: 2022, level: 'nang_cao', kind: 'official', targetCriteria: null, notes: PLAN_2022 },
  { district: '936', commune: 'Thuận Hưng', year: 2022, level: 'nang_cao', kind: 'official', targetCriteria: null, notes: PLAN_2022 },
  { district: '930', commune: 'Vị Tân', year: 2022, level: 'nang_cao', kind: 'official', targetCriteria: null, notes: PLAN_2022 },
  { district: '932', commune: 'Nhơn Nghĩa A', year: 2022, level: 'nang_cao', kind: 'official', targetCriteria: null, notes: PLAN_2022 },
  { district: '933', commune: 'Đông Phước A', year: 2022, level: 'nang_cao', kind: 'stretch', targetCriteria: null, notes: PLAN_2022 },
  { district: '935', commune: 'Vị Thanh', year: 2022, level: 'nang_cao', kind: 'stretch', targetCriteria: null, notes: PLAN_2022 },
  { district: '934', commune: 'Phương Phú', year: 2022, level: 'nang_cao', kind: 'stretch', targetCriteria: null, notes: PLAN_2022 },
  { district: '932', commune: 'Thạnh Xuân', year: 2022, level: 'kieu_mau', kind: 'official', targetCriteria: null, notes: PLAN_2022 },
  { district: '931', commune: 'Đại Thành', year: 2022, level: 'kieu_mau', kind: 'stretch', targetCriteria: null, notes: PLAN_2022 },
];

/** Real: figures the 2022 plan states directly. */
export const provinceTargets: ProvinceTargetSeed[] = [
  { year: 2022, key: 'avg_criteria', value: '18.2' },
  { year: 2022, key: 'min_criteria', value: '14' },
  { year: 2022, key: 'ntm_cumulative', value: '38' },
  { year: 2022, key: 'nang_cao_cumulative', value: '9' },
];
