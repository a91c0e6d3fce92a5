/** The funding workbook's layout, shared by export and import so a file round-trips. */
import { STAGES, STAGE_LABEL, type FundingSourceInfo, type FundingStage } from '../../../shared/models/funding';

export const SHEET_INFO = 'Thông tin';
export const SHEET_SOURCES = 'Nguồn vốn';
export const SHEET_WORKS = 'Công trình';

export const INFO_YEAR = 'Năm';
export const INFO_CUTOFF = 'Giải ngân đến ngày';

export const TOTAL_LABEL = 'Tổng cộng';

/** Sheet "Nguồn vốn": the columns read back are the code and the three province-level figures. */
export const SRC = {
  code: 'Mã nguồn',
  name: 'Nguồn vốn',
  direct: (stage: FundingStage) => `${STAGE_LABEL[stage]} (số cấp tỉnh)`,
  total: (stage: FundingStage) => `${STAGE_LABEL[stage]} (tổng)`,
  detail: (stage: FundingStage) => `${STAGE_LABEL[stage]} (các công trình)`,
  unallocated: (stage: FundingStage) => `${STAGE_LABEL[stage]} (chưa phân bổ chi tiết)`,
  rate: 'Tỷ lệ giải ngân',
} as const;

/** Sheet "Công trình". */
export const WRK = {
  id: 'Mã công trình',
  district: 'Đơn vị cấp huyện',
  commune: 'Xã',
  name: 'Tên công trình',
  criterion: 'Tiêu chí',
  startYear: 'Năm bắt đầu',
  endYear: 'Năm kết thúc',
  status: 'Tình trạng',
  committed: 'Giá trị cam kết',
  amount: (stage: FundingStage, source: Pick<FundingSourceInfo, 'shortName'>) =>
    `${STAGE_LABEL[stage]} - ${source.shortName}`,
  stageTotal: (stage: FundingStage) => `${STAGE_LABEL[stage]} - ${TOTAL_LABEL}`,
  notes: 'Ghi chú',
} as const;

export const WORK_FIXED_HEADERS = [
  WRK.id,
  WRK.district,
  WRK.commune,
  WRK.name,
  WRK.criterion,
  WRK.startYear,
  WRK.endYear,
  WRK.status,
  WRK.committed,
];

export function workAmountHeaders(sources: Pick<FundingSourceInfo, 'shortName'>[]): string[] {
  return STAGES.flatMap((stage) => [...sources.map((s) => WRK.amount(stage, s)), WRK.stageTotal(stage)]);
}

/** Number format of a cell in triệu đồng: as many decimals as the amount has (at most 3). */
export function amountNumFmt(amount: number): string {
  const frac = amount % 1000;
  if (frac === 0) return '#,##0';
  const decimals = String(frac).padStart(3, '0').replace(/0+$/, '').length;
  return '#,##0.' + '0'.repeat(decimals);
}
