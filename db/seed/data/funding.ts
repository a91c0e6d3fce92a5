/**
 * Funding: the six sources of the 2022 plan (§IV) and its province-level need by source (real),
 * plus SAMPLE works in the 2022 target communes and SAMPLE allocated/disbursed figures.
 * Amounts are integers of nghìn đồng: triệu đồng × 1000 (170.914 triệu = 170_914_000).
 */

import type { CommuneRef } from './sample-results';

export type FundingSourceCode = 'trung_uong' | 'dia_phuong' | 'long_ghep' | 'tin_dung' | 'doanh_nghiep' | 'dan_gop';

export interface FundingSourceSeed {
  code: FundingSourceCode;
  name: string;
  shortName: string;
  sortOrder: number;
}

/** A figure held at province level (unitId = the province). */
export interface ProvinceAmountSeed {
  year: number;
  source: FundingSourceCode;
  stage: 'need' | 'allocated' | 'disbursed';
  amount: number;
  asOf: string | null;
  origin: 'official' | 'sample';
}

export interface WorkSeed extends CommuneRef {
  name: string;
  criterionNo: number | null;
  startYear: number;
  endYear: number;
  status: 'planned' | 'in_progress' | 'done' | 'suspended';
  committedValue: number | null;
  notes: string;
  /** 2022 need by source (nghìn đồng); part of the province totals, not in addition to them. */
  need: Partial<Record<FundingSourceCode, number>>;
}

export const fundingSources: FundingSourceSeed[] = [
  { code: 'trung_uong', name: 'Vốn Trung ương hỗ trợ cho Chương trình', shortName: 'Trung ương', sortOrder: 1 },
  { code: 'dia_phuong', name: 'Vốn Ngân sách địa phương (Tỉnh, huyện)', shortName: 'Địa phương', sortOrder: 2 },
  { code: 'long_ghep', name: 'Vốn lồng ghép', shortName: 'Lồng ghép', sortOrder: 3 },
  { code: 'tin_dung', name: 'Vốn tín dụng', shortName: 'Tín dụng', sortOrder: 4 },
  { code: 'doanh_nghiep', name: 'Vốn doanh nghiệp', shortName: 'Doanh nghiệp', sortOrder: 5 },
  { code: 'dan_gop', name: 'Vốn huy động dân đóng góp', shortName: 'Dân góp', sortOrder: 6 },
];

const need = (source: FundingSourceCode, amount: number): ProvinceAmountSeed => ({
  year: 2022,
  source,
  stage: 'need',
  amount,
  asOf: null,
  origin: 'official',
});
const sampleAmount = (source: FundingSourceCode, stage: 'allocated' | 'disbursed', amount: number): ProvinceAmountSeed => ({
  year: 2022,
  source,
  stage,
  amount,
  asOf: '2022-12-31',
  origin: 'sample',
});

export const provinceAmounts: ProvinceAmountSeed[] = [
  // Real: 2022 plan §IV.1 — total 6.259.605 triệu đồng.
  need('trung_uong', 170_914_000),
  need('dia_phuong', 217_040_000),
  need('long_ghep', 149_039_000),
  need('tin_dung', 5_589_382_000),
  need('doanh_nghiep', 16_918_000),
  need('dan_gop', 116_312_000),
  // SAMPLE: allocated plan and disbursement at 31/12/2022 (allocated < need, disbursed ≤ allocated).
  sampleAmount('trung_uong', 'allocated', 112_480_000),
  sampleAmount('dia_phuong', 'allocated', 135_600_000),
  sampleAmount('long_ghep', 'allocated', 88_420_000),
  sampleAmount('tin_dung', 'allocated', 3_215_000_000),
  sampleAmount('doanh_nghiep', 'allocated', 9_350_000),
  sampleAmount('dan_gop', 'allocated', 71_560_000),
  sampleAmount('trung_uong', 'disbursed', 68_350_000),
  sampleAmount('dia_phuong', 'disbursed', 97_215_000),
  sampleAmount('long_ghep', 'disbursed', 61_780_000),
  sampleAmount('tin_dung', 'disbursed', 2_864_500_000),
  sampleAmount('doanh_nghiep', 'disbursed', 7_120_000),
  sampleAmount('dan_gop', 'disbursed', 58_930_000),
];

/** Year of the works' need figures. */
export const worksNeedYear = 2022;

/** SAMPLE works (source 'sample') in communes the 2022 plan targets. Criterion numbers follow QĐ 318. */
export const works: WorkSeed[] = [
  {
    district: '933',
    commune: 'Phú Hữu',
    name: 'Nâng cấp, mở rộng đường giao thông liên ấp',
    criterionNo: 2,
    startYear: 2022,
    endYear: 2022,
    status: 'in_progress',
    committedValue: 4_150_000,
    notes: '',
    need: { trung_uong: 2_500_000, dia_phuong: 1_200_000, dan_gop: 450_000 },
  },
  {
    district: '933',
    commune: 'Phú Hữu',
    name: 'Xây dựng nhà văn hóa ấp',
    criterionNo: 6,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { dia_phuong: 850_000, dan_gop: 150_000 },
  },
  {
    district: '933',
    commune: 'Phú Hữu',
    name: 'Nâng cấp trạm cấp nước sạch tập trung',
    criterionNo: 17,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { long_ghep: 1_800_000, doanh_nghiep: 400_000 },
  },
  {
    district: '937',
    commune: 'Tân Phú',
    name: 'Bê tông hóa đường ấp',
    criterionNo: 2,
    startYear: 2022,
    endYear: 2022,
    status: 'in_progress',
    committedValue: 3_200_000,
    notes: '',
    need: { trung_uong: 2_000_000, dia_phuong: 900_000, dan_gop: 300_000 },
  },
  {
    district: '937',
    commune: 'Tân Phú',
    name: 'Xây dựng điểm trường mầm non',
    criterionNo: 5,
    startYear: 2022,
    endYear: 2023,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { trung_uong: 3_500_000, dia_phuong: 1_500_000 },
  },
  {
    district: '937',
    commune: 'Tân Phú',
    name: 'Nạo vét kênh thủy lợi nội đồng',
    criterionNo: 3,
    startYear: 2022,
    endYear: 2022,
    status: 'done',
    committedValue: 1_250_000,
    notes: '',
    need: { long_ghep: 1_000_000, dan_gop: 250_000 },
  },
  {
    district: '934',
    commune: 'Hiệp Hưng',
    name: 'Nâng cấp đường trục xã',
    criterionNo: 2,
    startYear: 2022,
    endYear: 2022,
    status: 'in_progress',
    committedValue: 5_600_000,
    notes: '',
    need: { trung_uong: 3_800_000, dia_phuong: 1_400_000, dan_gop: 400_000 },
  },
  {
    district: '934',
    commune: 'Hiệp Hưng',
    name: 'Sửa chữa, bổ sung phòng học trường tiểu học',
    criterionNo: 5,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { trung_uong: 1_600_000, dia_phuong: 700_000 },
  },
  {
    district: '934',
    commune: 'Hiệp Hưng',
    name: 'Xây dựng chợ nông thôn',
    criterionNo: 7,
    startYear: 2022,
    endYear: 2023,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { dia_phuong: 1_000_000, doanh_nghiep: 2_500_000 },
  },
  {
    district: '937',
    commune: 'Long Trị A',
    name: 'Chỉnh trang tuyến đường sáng - xanh - sạch - đẹp',
    criterionNo: 2,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { dia_phuong: 600_000, dan_gop: 350_000 },
  },
  {
    district: '937',
    commune: 'Long Trị A',
    name: 'Nâng cấp sân thể thao xã',
    criterionNo: 6,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { trung_uong: 900_000, dia_phuong: 300_000 },
  },
  {
    district: '936',
    commune: 'Thuận Hưng',
    name: 'Xây dựng điểm tập kết rác thải sinh hoạt',
    criterionNo: 17,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { dia_phuong: 450_000, dan_gop: 100_000 },
  },
  {
    district: '930',
    commune: 'Vị Tân',
    name: 'Xây dựng điểm vui chơi cho trẻ em và người cao tuổi',
    criterionNo: 6,
    startYear: 2022,
    endYear: 2022,
    status: 'in_progress',
    committedValue: 780_000,
    notes: '',
    need: { dia_phuong: 650_000, dan_gop: 130_000 },
  },
  {
    district: '932',
    commune: 'Nhơn Nghĩa A',
    name: 'Lắp đặt đèn chiếu sáng đường giao thông nông thôn',
    criterionNo: 4,
    startYear: 2022,
    endYear: 2022,
    status: 'done',
    committedValue: 520_000,
    notes: '',
    need: { dia_phuong: 320_000, dan_gop: 200_000 },
  },
  {
    district: '932',
    commune: 'Thạnh Xuân',
    name: 'Xây dựng mô hình ấp thông minh',
    criterionNo: 8,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { trung_uong: 1_200_000, doanh_nghiep: 300_000 },
  },
  {
    district: '932',
    commune: 'Thạnh Xuân',
    name: 'Nâng cấp trạm y tế xã',
    criterionNo: 15,
    startYear: 2022,
    endYear: 2022,
    status: 'planned',
    committedValue: null,
    notes: '',
    need: { trung_uong: 1_500_000, long_ghep: 800_000 },
  },
];
