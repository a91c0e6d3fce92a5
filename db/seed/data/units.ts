/**
 * Administrative units: Hậu Giang in its 2022 structure (the plan year) and the 2025 reorganisation
 * into the new Cần Thơ city. Codes are GSO codes copied from the pre-2025 list, so imports and
 * reports can match units by code; names use the NQ 1668 spelling (Hòa, Thủy, not Hoà, Thuỷ).
 */
import { UNIT_KIND_LABEL } from '../../../shared/models/units';

export type UnitKind = 'tinh' | 'thanh_pho_tw' | 'thanh_pho' | 'thi_xa' | 'huyen' | 'xa' | 'phuong' | 'thi_tran';

export interface ProvinceSeed {
  code: string;
  name: string;
  kind: 'tinh' | 'thanh_pho_tw';
  validFrom: string | null;
  /** Exclusive. */
  validTo: string | null;
  notes: string;
}

export interface CommuneSeed {
  /** Pre-2025 GSO code. */
  code: string;
  name: string;
  kind: 'xa' | 'phuong' | 'thi_tran';
  /** New (01/07/2025) unit this one became part of, by the new unit's GSO code. */
  mergedInto: string;
  validFrom?: string;
  notes?: string;
}

export interface DistrictSeed {
  code: string;
  name: string;
  kind: 'thanh_pho' | 'thi_xa' | 'huyen';
  notes?: string;
  communes: CommuneSeed[];
}

export interface NewUnitSeed {
  /**
   * GSO code from 01/07/2025 (QĐ 19/2025/QĐ-TTg). Every one reuses the code of one of its old
   * constituents, and admin_units.code is unique, so the loader keeps it in notes instead.
   */
  newCode: string;
  name: string;
  kind: 'xa' | 'phuong';
}

/** Vietnamese label per kind, used for display-independent search keys ("xa phu huu"). */
export const unitKindLabels = UNIT_KIND_LABEL;

/** QĐ 318 region of every Hậu Giang commune (Đồng bằng sông Cửu Long). */
export const REGION = 'DBSCL';

/** Old units end and new units start on this date (validTo is exclusive). */
export const REORG_DATE = '2025-07-01';
export const REORG_DECISION = 'NQ 1668/NQ-UBTVQH15';
export const PROVINCE_MERGER_DECISION = 'NQ 202/2025/QH15';

export const hauGiang: ProvinceSeed = {
  code: '93',
  name: 'Hậu Giang',
  kind: 'tinh',
  validFrom: null,
  validTo: REORG_DATE,
  notes: 'Sáp nhập vào thành phố Cần Thơ từ 01/07/2025 (NQ 202/2025/QH15).',
};

export const canTho: ProvinceSeed = {
  code: '92',
  name: 'Cần Thơ',
  kind: 'thanh_pho_tw',
  validFrom: REORG_DATE,
  validTo: null,
  notes: 'Thành phố Cần Thơ mới (Cần Thơ, Sóc Trăng, Hậu Giang) theo NQ 202/2025/QH15; chỉ nạp các đơn vị thuộc tỉnh Hậu Giang cũ.',
};

/** 8 district-level units, 75 commune-level units: 51 xã, 13 phường, 11 thị trấn (2022). */
export const districts: DistrictSeed[] = [
  {
    // thành phố Vị Thanh
    code: '930',
    name: 'Vị Thanh',
    kind: 'thanh_pho',
    notes: 'Thành phố thuộc tỉnh, tỉnh lỵ.',
    communes: [
      { code: '31318', name: 'I', kind: 'phuong', mergedInto: '31321' },
      { code: '31321', name: 'III', kind: 'phuong', mergedInto: '31321' },
      { code: '31324', name: 'IV', kind: 'phuong', mergedInto: '31333' },
      { code: '31327', name: 'V', kind: 'phuong', mergedInto: '31333' },
      { code: '31330', name: 'VII', kind: 'phuong', mergedInto: '31321' },
      { code: '31333', name: 'Vị Tân', kind: 'xa', mergedInto: '31333' },
      { code: '31336', name: 'Hỏa Lựu', kind: 'xa', mergedInto: '31338' },
      { code: '31338', name: 'Tân Tiến', kind: 'xa', mergedInto: '31338' },
      { code: '31339', name: 'Hỏa Tiến', kind: 'xa', mergedInto: '31338' },
    ],
  },
  {
    // thành phố Ngã Bảy
    code: '931',
    name: 'Ngã Bảy',
    kind: 'thanh_pho',
    notes: 'Thị xã Ngã Bảy trở thành thành phố theo NQ 869/NQ-UBTVQH14 (hiệu lực 01/02/2020).',
    communes: [
      { code: '31340', name: 'Ngã Bảy', kind: 'phuong', mergedInto: '31340' },
      { code: '31341', name: 'Lái Hiếu', kind: 'phuong', mergedInto: '31340' },
      { code: '31343', name: 'Hiệp Thành', kind: 'phuong', mergedInto: '31340' },
      {
        code: '31344',
        name: 'Hiệp Lợi',
        kind: 'phuong',
        mergedInto: '31411',
        validFrom: '2020-02-01',
        notes: 'Thành lập từ xã Hiệp Lợi theo NQ 869/NQ-UBTVQH14 (hiệu lực 01/02/2020).',
      },
      { code: '31411', name: 'Đại Thành', kind: 'xa', mergedInto: '31411' },
      { code: '31414', name: 'Tân Thành', kind: 'xa', mergedInto: '31411' },
    ],
  },
  {
    // huyện Châu Thành A
    code: '932',
    name: 'Châu Thành A',
    kind: 'huyen',
    communes: [
      { code: '31342', name: 'Một Ngàn', kind: 'thi_tran', mergedInto: '31342' },
      { code: '31345', name: 'Tân Hòa', kind: 'xa', mergedInto: '31342' },
      { code: '31346', name: 'Bảy Ngàn', kind: 'thi_tran', mergedInto: '31342' },
      { code: '31348', name: 'Trường Long Tây', kind: 'xa', mergedInto: '31348' },
      { code: '31351', name: 'Trường Long A', kind: 'xa', mergedInto: '31348' },
      { code: '31357', name: 'Nhơn Nghĩa A', kind: 'xa', mergedInto: '31342' },
      { code: '31359', name: 'Rạch Gòi', kind: 'thi_tran', mergedInto: '31360' },
      { code: '31360', name: 'Thạnh Xuân', kind: 'xa', mergedInto: '31360' },
      { code: '31362', name: 'Cái Tắc', kind: 'thi_tran', mergedInto: '31369' },
      { code: '31363', name: 'Tân Phú Thạnh', kind: 'xa', mergedInto: '31360' },
    ],
  },
  {
    // huyện Châu Thành
    code: '933',
    name: 'Châu Thành',
    kind: 'huyen',
    communes: [
      { code: '31366', name: 'Ngã Sáu', kind: 'thi_tran', mergedInto: '31366' },
      { code: '31369', name: 'Đông Thạnh', kind: 'xa', mergedInto: '31369' },
      { code: '31375', name: 'Đông Phú', kind: 'xa', mergedInto: '31366' },
      { code: '31378', name: 'Phú Hữu', kind: 'xa', mergedInto: '31378' },
      { code: '31379', name: 'Phú Tân', kind: 'xa', mergedInto: '31378' },
      { code: '31381', name: 'Mái Dầm', kind: 'thi_tran', mergedInto: '31366' },
      { code: '31384', name: 'Đông Phước', kind: 'xa', mergedInto: '31378' },
      { code: '31387', name: 'Đông Phước A', kind: 'xa', mergedInto: '31369' },
    ],
  },
  {
    // huyện Phụng Hiệp
    code: '934',
    name: 'Phụng Hiệp',
    kind: 'huyen',
    communes: [
      { code: '31393', name: 'Kinh Cùng', kind: 'thi_tran', mergedInto: '31393' },
      { code: '31396', name: 'Cây Dương', kind: 'thi_tran', mergedInto: '31396' },
      { code: '31399', name: 'Tân Bình', kind: 'xa', mergedInto: '31399' },
      { code: '31402', name: 'Bình Thành', kind: 'xa', mergedInto: '31399' },
      { code: '31405', name: 'Thạnh Hòa', kind: 'xa', mergedInto: '31408' },
      { code: '31408', name: 'Long Thạnh', kind: 'xa', mergedInto: '31408' },
      { code: '31417', name: 'Phụng Hiệp', kind: 'xa', mergedInto: '31420' },
      { code: '31420', name: 'Hòa Mỹ', kind: 'xa', mergedInto: '31420' },
      { code: '31423', name: 'Hòa An', kind: 'xa', mergedInto: '31393' },
      { code: '31426', name: 'Phương Bình', kind: 'xa', mergedInto: '31426' },
      { code: '31429', name: 'Hiệp Hưng', kind: 'xa', mergedInto: '31396' },
      { code: '31432', name: 'Tân Phước Hưng', kind: 'xa', mergedInto: '31432' },
      { code: '31433', name: 'Búng Tàu', kind: 'thi_tran', mergedInto: '31432' },
      { code: '31435', name: 'Phương Phú', kind: 'xa', mergedInto: '31426' },
      { code: '31438', name: 'Tân Long', kind: 'xa', mergedInto: '31408' },
    ],
  },
  {
    // huyện Vị Thủy
    code: '935',
    name: 'Vị Thủy',
    kind: 'huyen',
    communes: [
      { code: '31441', name: 'Nàng Mau', kind: 'thi_tran', mergedInto: '31441' },
      { code: '31444', name: 'Vị Trung', kind: 'xa', mergedInto: '31441' },
      { code: '31447', name: 'Vị Thủy', kind: 'xa', mergedInto: '31453' },
      { code: '31450', name: 'Vị Thắng', kind: 'xa', mergedInto: '31441' },
      { code: '31453', name: 'Vĩnh Thuận Tây', kind: 'xa', mergedInto: '31453' },
      { code: '31456', name: 'Vĩnh Trung', kind: 'xa', mergedInto: '31459' },
      { code: '31459', name: 'Vĩnh Tường', kind: 'xa', mergedInto: '31459' },
      { code: '31462', name: 'Vị Đông', kind: 'xa', mergedInto: '31465' },
      { code: '31465', name: 'Vị Thanh', kind: 'xa', mergedInto: '31465' },
      { code: '31468', name: 'Vị Bình', kind: 'xa', mergedInto: '31465' },
    ],
  },
  {
    // huyện Long Mỹ
    code: '936',
    name: 'Long Mỹ',
    kind: 'huyen',
    communes: [
      { code: '31483', name: 'Thuận Hưng', kind: 'xa', mergedInto: '31495' },
      { code: '31484', name: 'Thuận Hòa', kind: 'xa', mergedInto: '31495' },
      { code: '31486', name: 'Vĩnh Thuận Đông', kind: 'xa', mergedInto: '31453' },
      {
        code: '31489',
        name: 'Vĩnh Viễn',
        kind: 'thi_tran',
        mergedInto: '31489',
        notes: 'Thành lập từ xã Vĩnh Viễn theo NQ 655/NQ-UBTVQH14 (2019).',
      },
      { code: '31490', name: 'Vĩnh Viễn A', kind: 'xa', mergedInto: '31489' },
      { code: '31492', name: 'Lương Tâm', kind: 'xa', mergedInto: '31492' },
      { code: '31493', name: 'Lương Nghĩa', kind: 'xa', mergedInto: '31492' },
      { code: '31495', name: 'Xà Phiên', kind: 'xa', mergedInto: '31495' },
    ],
  },
  {
    // thị xã Long Mỹ
    code: '937',
    name: 'Long Mỹ',
    kind: 'thi_xa',
    communes: [
      { code: '31471', name: 'Thuận An', kind: 'phuong', mergedInto: '31471' },
      { code: '31472', name: 'Trà Lồng', kind: 'phuong', mergedInto: '31480' },
      { code: '31473', name: 'Bình Thạnh', kind: 'phuong', mergedInto: '31473' },
      { code: '31474', name: 'Long Bình', kind: 'xa', mergedInto: '31473' },
      { code: '31475', name: 'Vĩnh Tường', kind: 'phuong', mergedInto: '31473' },
      { code: '31477', name: 'Long Trị', kind: 'xa', mergedInto: '31471' },
      { code: '31478', name: 'Long Trị A', kind: 'xa', mergedInto: '31471' },
      { code: '31480', name: 'Long Phú', kind: 'xa', mergedInto: '31480' },
      { code: '31481', name: 'Tân Phú', kind: 'xa', mergedInto: '31480' },
    ],
  },
];

/** The 28 units (7 phường, 21 xã) that replaced former Hậu Giang's 75 on 01/07/2025 (NQ 1668). */
export const newUnits2025: NewUnitSeed[] = [
  { newCode: '31321', name: 'Vị Thanh', kind: 'phuong' },
  { newCode: '31333', name: 'Vị Tân', kind: 'phuong' },
  { newCode: '31338', name: 'Hỏa Lựu', kind: 'xa' },
  { newCode: '31340', name: 'Ngã Bảy', kind: 'phuong' },
  { newCode: '31342', name: 'Tân Hòa', kind: 'xa' },
  { newCode: '31348', name: 'Trường Long Tây', kind: 'xa' },
  { newCode: '31360', name: 'Thạnh Xuân', kind: 'xa' },
  { newCode: '31366', name: 'Châu Thành', kind: 'xa' },
  { newCode: '31369', name: 'Đông Phước', kind: 'xa' },
  { newCode: '31378', name: 'Phú Hữu', kind: 'xa' },
  { newCode: '31393', name: 'Hòa An', kind: 'xa' },
  { newCode: '31396', name: 'Hiệp Hưng', kind: 'xa' },
  { newCode: '31399', name: 'Tân Bình', kind: 'xa' },
  { newCode: '31408', name: 'Thạnh Hòa', kind: 'xa' },
  { newCode: '31411', name: 'Đại Thành', kind: 'phuong' },
  { newCode: '31420', name: 'Phụng Hiệp', kind: 'xa' },
  { newCode: '31426', name: 'Phương Bình', kind: 'xa' },
  { newCode: '31432', name: 'Tân Phước Hưng', kind: 'xa' },
  { newCode: '31441', name: 'Vị Thủy', kind: 'xa' },
  { newCode: '31453', name: 'Vĩnh Thuận Đông', kind: 'xa' },
  { newCode: '31459', name: 'Vĩnh Tường', kind: 'xa' },
  { newCode: '31465', name: 'Vị Thanh 1', kind: 'xa' },
  { newCode: '31471', name: 'Long Mỹ', kind: 'phuong' },
  { newCode: '31473', name: 'Long Bình', kind: 'phuong' },
  { newCode: '31480', name: 'Long Phú 1', kind: 'phuong' },
  { newCode: '31489', name: 'Vĩnh Viễn', kind: 'xa' },
  { newCode: '31492', name: 'Lương Tâm', kind: 'xa' },
  { newCode: '31495', name: 'Xà Phiên', kind: 'xa' },
];
