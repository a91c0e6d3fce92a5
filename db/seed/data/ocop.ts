/**
 * OCOP: the two scoring versions, the Hậu Giang products of 2021 found in public sources (QĐ 1358/QĐ-UBND
 * of 20/7/2021 and the 2021 provincial round of 19 products), and the 2022 plan's OCOP targets.
 * Products, producers, stars, localities and decisions are real (source 'public'). The public
 * sources give no score sheets, so A/B/C points are SAMPLE values inside the star band
 * (the evaluation row says so), except the bưởi da xanh's published 85 points.
 */

import type { CommuneRef } from './sample-results';
import type { ProducerKind, VersionLimits } from '../../../shared/models/ocop';

export type { ProducerKind };
export type OcopVersionSeed = VersionLimits;

export interface OcopProducerSeed {
  key: string;
  name: string;
  /** District-level unit code; null when the sources do not say. */
  district: string | null;
  commune: CommuneRef | null;
  notes: string;
}

/** One evaluation round, i.e. one recognition decision. */
export interface OcopRoundSeed {
  key: string;
  name: string;
  decisionNo: string;
  decisionDate: string | null;
  issuer: string;
  /** Public sources, copied into each product's notes. */
  sourceNote: string;
}

export interface OcopProductSeed {
  producer: string;
  name: string;
  district: string | null;
  /** Commune name within `district`, when known. */
  commune: string | null;
  round: string;
  stars: 3 | 4;
  /** A, B, C in hundredths of a point (7250 = 72,50). */
  points: [number, number, number];
  /** 'public' when the score itself was published; otherwise the points are sample values. */
  pointsSource: 'public' | 'sample';
  kind: 'new' | 'upgrade';
  notes: string;
}

export interface OcopTargetSeed {
  year: number;
  kind: 'district_3_4' | 'province_3_4' | 'upgrade_3_4' | 'national_dossiers';
  /** District-level unit code for per-unit targets. */
  unit: string | null;
  minCount: number;
  maxCount: number | null;
  notes: string;
}

export const ocopVersions: OcopVersionSeed[] = [
  {
    code: 'QD1048',
    decision: 'QĐ 1048/QĐ-TTg',
    effectiveFrom: '2019-08-21',
    maxA: 35,
    maxB: 25,
    maxC: 40,
    hasMandatory: false,
  },
  {
    code: 'QD148',
    decision: 'QĐ 148/QĐ-TTg',
    effectiveFrom: '2023-02-24',
    maxA: 40,
    maxB: 25,
    maxC: 35,
    hasMandatory: true,
  },
  {
    // QĐ 1489/QĐ-TTg (06/7/2025) amends the process (two levels: province 3–4★, centre 5★; commune
    // first check); no source says the criteria or points changed, so the scoring is QĐ 148's.
    code: 'QD148_1489',
    decision: 'QĐ 148/QĐ-TTg (sửa đổi bởi QĐ 1489/QĐ-TTg)',
    effectiveFrom: '2025-07-06',
    maxA: 40,
    maxB: 25,
    maxC: 35,
    hasMandatory: true,
  },
];

/** The version the 2021 evaluations used. */
export const ocopVersion2021 = 'QD1048';

export { producerKind } from '../../../shared/domain/ocop-producers';

const BRAND_ONLY =
  'Nguồn chỉ nêu nhãn hiệu: tên đầy đủ, loại hình và địa chỉ chủ thể chưa xác định (tạm xếp hộ sản xuất).';
const UNKNOWN = 'Nguồn công khai không nêu tên chủ thể; cần cập nhật.';

export const ocopProducers: OcopProducerSeed[] = [
  {
    key: 'lien-hung',
    name: 'Công ty TNHH Liên Hưng',
    district: '937',
    commune: null,
    notes: 'QĐ 1358/QĐ-UBND (vietnamnet.vn).',
  },
  {
    key: 'an-phat',
    name: 'Hợp tác xã nông sản sạch An Phát',
    district: '935',
    commune: null,
    notes: 'QĐ 1358/QĐ-UBND (vietnamnet.vn).',
  },
  {
    key: 'my-yen',
    name: 'Cơ sở sản xuất lạp xưởng Mỹ Yến',
    district: '932',
    commune: null,
    notes: 'QĐ 1358/QĐ-UBND (vietnamnet.vn).',
  },
  {
    key: 'ky-nhu',
    name: 'Hợp tác xã Kỳ Như',
    district: '934',
    commune: null,
    notes: 'QĐ 1358/QĐ-UBND (vietnamnet.vn); cá thát lát rút xương tẩm gia vị Kỳ Như sau này đạt 5 sao quốc gia (langngheviet.com.vn).',
  },
  { key: 'tan-my', name: 'Tân Mỹ', district: null, commune: null, notes: `QĐ 1358/QĐ-UBND (infonet.vietnamnet.vn). ${BRAND_ONLY}` },
  { key: 'sau-ngo', name: 'Sáu Ngộ', district: null, commune: null, notes: `QĐ 1358/QĐ-UBND (infonet.vietnamnet.vn). ${BRAND_ONLY}` },
  { key: 'tran-de', name: 'Trần Đệ', district: null, commune: null, notes: `QĐ 1358/QĐ-UBND (infonet.vietnamnet.vn). ${BRAND_ONLY}` },
  { key: 'thanh-tu', name: 'Thanh Tú', district: null, commune: null, notes: `QĐ 1358/QĐ-UBND (infonet.vietnamnet.vn). ${BRAND_ONLY}` },
  { key: 'huy-minh', name: 'Huy Minh', district: null, commune: null, notes: `QĐ 1358/QĐ-UBND (infonet.vietnamnet.vn). ${BRAND_ONLY}` },
  { key: 'nhan-ha', name: 'Nhan Hà', district: null, commune: null, notes: `QĐ 1358/QĐ-UBND (infonet.vietnamnet.vn). ${BRAND_ONLY}` },
  {
    key: 'unknown-1358',
    name: 'Chủ thể chưa xác định (QĐ 1358/QĐ-UBND)',
    district: null,
    commune: null,
    notes: `Sản phẩm 3 sao của QĐ 1358/QĐ-UBND (vietnamnet.vn, docgihomnay247.com). ${UNKNOWN}`,
  },
  { key: 'ng7', name: 'Ng7', district: '931', commune: null, notes: `Đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${BRAND_ONLY}` },
  { key: 'loc-phat', name: 'Lộc Phát', district: '931', commune: null, notes: `Đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${BRAND_ONLY}` },
  { key: 'tinh-tam', name: 'Tịnh Tâm', district: '931', commune: null, notes: `Đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${BRAND_ONLY}` },
  { key: 'lion', name: 'Lion', district: '933', commune: null, notes: `Đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${BRAND_ONLY}` },
  {
    key: 'htx-ocop',
    name: 'Hợp tác xã Trái cây sinh học OCOP',
    district: '933',
    commune: { district: '933', commune: 'Ngã Sáu' },
    notes:
      'Thị trấn Ngã Sáu, huyện Châu Thành (docgihomnay247.com, vietnamnet.vn); có bưởi Năm Roi và chanh không hạt đóng khay Bio Fruit Coop đề nghị đánh giá 5 sao.',
  },
  {
    key: 'unknown-long-my',
    name: 'Chủ thể chưa xác định (thị xã Long Mỹ)',
    district: '937',
    commune: null,
    notes: `Các sản phẩm cá thát lát 3 sao, đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${UNKNOWN}`,
  },
  { key: 'tan-phat', name: 'Tân Phát', district: '934', commune: null, notes: `Đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${BRAND_ONLY}` },
  { key: 'ut-tay', name: 'Út Tây', district: '934', commune: null, notes: `Đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${BRAND_ONLY}` },
  {
    key: 'unknown-phung-hiep',
    name: 'Chủ thể chưa xác định (huyện Phụng Hiệp)',
    district: '934',
    commune: null,
    notes: `Cá sặc rằn trứng ướp muối 4 sao, đợt đánh giá cấp tỉnh 2021 (thuonghieusanpham.vn). ${UNKNOWN}`,
  },
];

export const ocopRounds: OcopRoundSeed[] = [
  {
    key: 'qd1358',
    name: 'Đánh giá, phân hạng và thăng hạng sản phẩm OCOP cấp tỉnh năm 2021 (QĐ 1358/QĐ-UBND)',
    decisionNo: 'QĐ 1358/QĐ-UBND',
    decisionDate: '2021-07-20',
    issuer: 'UBND tỉnh Hậu Giang',
    sourceNote:
      'QĐ 1358/QĐ-UBND ngày 20/7/2021 của UBND tỉnh Hậu Giang (sonongnghiep.haugiang.gov.vn; vietnamnet.vn; infonet.vietnamnet.vn).',
  },
  {
    key: 'round-2021-19',
    name: 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2021 (20 hồ sơ của 4 địa phương)',
    decisionNo: '',
    decisionDate: null,
    issuer: 'UBND tỉnh Hậu Giang',
    sourceNote:
      'Đợt đánh giá cấp tỉnh năm 2021, 19/20 sản phẩm đạt 3 - 4 sao (thuonghieusanpham.vn); số quyết định chưa xác định.',
  },
];

/** Shorthand for a product row; `extra` adds a product-specific remark to the notes. */
const p = (
  producer: string,
  name: string,
  district: string | null,
  round: string,
  stars: 3 | 4,
  points: [number, number, number],
  extra: Partial<Pick<OcopProductSeed, 'commune' | 'pointsSource' | 'kind' | 'notes'>> = {},
): OcopProductSeed => ({
  producer,
  name,
  district,
  commune: extra.commune ?? null,
  round,
  stars,
  points,
  pointsSource: extra.pointsSource ?? 'sample',
  kind: extra.kind ?? 'new',
  notes: extra.notes ?? '',
});

export const ocopProducts: OcopProductSeed[] = [
  // QĐ 1358/QĐ-UBND (20/7/2021): 6 products at 4★ …
  p('lien-hung', 'Gạo sạch Liên Hưng OM 5451', '937', 'qd1358', 4, [2700, 1850, 3100]),
  p('lien-hung', 'Gạo sạch Liên Hưng Đài Thơm 8', '937', 'qd1358', 4, [2750, 1800, 3050]),
  p('an-phat', 'Nấm bào ngư tẩm gia vị ăn liền', '935', 'qd1358', 4, [2600, 1750, 2950]),
  p('an-phat', 'Bột chuối xiêm', '935', 'qd1358', 4, [2550, 1700, 2900]),
  p('my-yen', 'Lạp xưởng Mỹ Yến', '932', 'qd1358', 4, [2650, 1900, 3000]),
  p('ky-nhu', 'Khô cá sặc rằn một nắng Kỳ Như', '934', 'qd1358', 4, [2800, 1950, 3150], {
    kind: 'upgrade',
    notes: 'Thăng hạng từ 3 sao lên 4 sao.',
  }),
  // … and the 3★ products the sources name (11 of 15).
  p('tan-my', 'Bánh hạnh nhân Tân Mỹ', null, 'qd1358', 3, [2100, 1400, 2450]),
  p('tan-my', 'Kẹo đậu phộng Tân Mỹ', null, 'qd1358', 3, [2050, 1350, 2400]),
  p('sau-ngo', 'Mắm cá lóc Sáu Ngộ', null, 'qd1358', 3, [2200, 1450, 2500]),
  p('tran-de', 'Bưởi non sấy Trần Đệ', null, 'qd1358', 3, [2000, 1300, 2350]),
  p('thanh-tu', 'Giỏ bán nguyệt lục bình Thanh Tú', null, 'qd1358', 3, [2150, 1500, 2300]),
  p('huy-minh', 'Siro khóm Huy Minh', null, 'qd1358', 3, [2050, 1450, 2450]),
  p('nhan-ha', 'Trà mãng cầu xiêm Nhan Hà', null, 'qd1358', 3, [2100, 1350, 2550]),
  p('unknown-1358', 'Mứt mãng cầu', null, 'qd1358', 3, [1950, 1300, 2300]),
  p('unknown-1358', 'Xoài cát Hồng', '935', 'qd1358', 3, [2250, 1400, 2600], {
    commune: 'Vĩnh Trung',
    notes: 'Xoài cát Hồng của người dân xã Vĩnh Trung, huyện Vị Thủy (docgihomnay247.com, 01/2022).',
  }),
  p('unknown-1358', 'Dưa hấu', null, 'qd1358', 3, [2000, 1250, 2450]),
  p('unknown-1358', 'Chả cá thát lát', null, 'qd1358', 3, [2150, 1350, 2500]),

  // 2021 provincial round: TP Ngã Bảy
  p('ng7', 'Rượu gấc Ng7', '931', 'round-2021-19', 4, [2600, 1800, 3000]),
  p('ng7', 'Kem gấc Ng7 Hai Phil', '931', 'round-2021-19', 3, [2200, 1500, 2600]),
  p('ng7', 'Trà gấc Ng7', '931', 'round-2021-19', 3, [2150, 1450, 2550]),
  p('loc-phat', 'Bánh tráng Lộc Phát', '931', 'round-2021-19', 3, [2100, 1400, 2500]),
  p('tinh-tam', 'Nước mắm chay Tịnh Tâm', '931', 'round-2021-19', 3, [2050, 1350, 2450]),
  // H. Châu Thành
  p('lion', 'Đông trùng hạ thảo Lion sấy khô - sấy thăng hoa', '933', 'round-2021-19', 4, [2800, 1900, 3200]),
  p('htx-ocop', 'Bưởi da xanh', '933', 'round-2021-19', 4, [3000, 2100, 3400], {
    commune: 'Ngã Sáu',
    pointsSource: 'public',
    notes: 'Đạt 85 điểm (thuonghieusanpham.vn); điểm từng phần A/B/C là điểm mẫu.',
  }),
  p('lion', 'Rượu đông trùng hạ thảo Lion', '933', 'round-2021-19', 4, [2700, 1850, 3100]),
  p('lion', 'Yến sào đông trùng hạ thảo Lion', '933', 'round-2021-19', 4, [2750, 1800, 3150]),
  p('lion', 'Đông trùng hạ thảo tươi Lion', '933', 'round-2021-19', 3, [2300, 1500, 2700]),
  p('lion', 'Nước đông trùng hạ thảo - nha đam Lion', '933', 'round-2021-19', 3, [2250, 1550, 2650]),
  // TX Long Mỹ
  p('unknown-long-my', 'Chả cá thát lát nguyên chất', '937', 'round-2021-19', 3, [2200, 1400, 2650]),
  p('unknown-long-my', 'Cá thát lát tẩm gia vị', '937', 'round-2021-19', 3, [2150, 1450, 2600]),
  p('unknown-long-my', 'Cá thát lát rút xương', '937', 'round-2021-19', 3, [2250, 1400, 2700]),
  p('unknown-long-my', 'Chả cá thát lát cuộn', '937', 'round-2021-19', 3, [2100, 1350, 2550]),
  // H. Phụng Hiệp
  p('tan-phat', 'Chả cá thát lát viên gia vị Tân Phát', '934', 'round-2021-19', 4, [2650, 1800, 3050]),
  p('unknown-phung-hiep', 'Cá sặc rằn trứng ướp muối', '934', 'round-2021-19', 4, [2600, 1750, 3000]),
  p('tan-phat', 'Chả lụa thát lát Tân Phát', '934', 'round-2021-19', 4, [2700, 1850, 2950]),
  p('ut-tay', 'Khước lão - tửu Út Tây', '934', 'round-2021-19', 4, [2550, 1800, 2900]),
];

const PLAN = 'Kế hoạch năm 2022, mục II.2';

/** Real: the 2022 plan's OCOP targets. */
export const ocopTargets: OcopTargetSeed[] = [
  ...['930', '931', '932', '933', '934', '935', '936', '937'].map(
    (unit): OcopTargetSeed => ({
      year: 2022,
      kind: 'district_3_4',
      unit,
      minCount: 5,
      maxCount: 7,
      notes: `Công nhận ít nhất 5 - 7 sản phẩm đạt 3 - 4 sao cấp huyện, hoàn thiện hồ sơ đề nghị cấp tỉnh (${PLAN}).`,
    }),
  ),
  {
    year: 2022,
    kind: 'province_3_4',
    unit: null,
    minCount: 40,
    maxCount: null,
    notes: `Công nhận ít nhất 40 sản phẩm đạt 3 - 4 sao cấp tỉnh (${PLAN}).`,
  },
  {
    year: 2022,
    kind: 'upgrade_3_4',
    unit: null,
    minCount: 1,
    maxCount: null,
    notes: `Thăng hạng sản phẩm 3 sao đủ điều kiện lên 4 sao (${PLAN}; kế hoạch không nêu số lượng).`,
  },
  {
    year: 2022,
    kind: 'national_dossiers',
    unit: null,
    minCount: 5,
    maxCount: null,
    notes: `Hoàn thiện hồ sơ cho 5 sản phẩm đăng ký đánh giá, phân hạng cấp quốc gia (${PLAN}).`,
  },
];
