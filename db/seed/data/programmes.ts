/**
 * The national target programmes a plan or report is written under, with the acts that found them,
 * by period. A document takes the programme in force on its own date, so a 2022 plan cites NQ 25 and
 * QĐ 263 while a 2027 plan cites NQ 257 and QĐ 51. Citations are held whole: they never change
 * when a text is carried to another year.
 */

export interface ProgrammeAct {
  /** The citation as a plan lists it («Nghị quyết số 25/2021/QH15 ngày 28 tháng 7 năm 2021 của Quốc hội …»). */
  citation: string;
}

export interface Programme {
  code: string;
  /** First and last year of the period (inclusive). */
  fromYear: number;
  toYear: number;
  /** Full name as written in running text. */
  name: string;
  /** «giai đoạn 2021-2025» in the name of the steering committee. */
  periodLabel: string;
  /** The criteria set the period assesses communes against, as cited. */
  criteriaAct: string;
  /** The OCOP rules in force for the period, as cited. */
  ocopAct: string;
  /** The acts a plan lists under «Thực hiện …» by default (national level; the office adds its own). */
  acts: ProgrammeAct[];
  /** Does the period still have district-level units (huyện, thị xã)? */
  hasDistricts: boolean;
  /** Levels a commune is recognised at in the period (appendix columns). */
  levels: ('ntm' | 'nang_cao' | 'kieu_mau' | 'hien_dai')[];
}

export const PROGRAMMES: Programme[] = [
  {
    code: 'ntm-2021-2025',
    fromYear: 2021,
    toYear: 2025,
    name: 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025',
    periodLabel: 'giai đoạn 2021-2025',
    criteriaAct: 'Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021-2025',
    ocopAct: 'Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021-2025',
    acts: [
      { citation: 'Nghị quyết số 25/2021/QH15 ngày 28 tháng 7 năm 2021 của Quốc hội về việc phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025' },
      { citation: 'Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025' },
    ],
    hasDistricts: true,
    levels: ['ntm', 'nang_cao', 'kieu_mau'],
  },
  {
    code: 'ntm-gnbv-dtts-2026-2035',
    fromYear: 2026,
    toYear: 2030,
    name: 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035',
    periodLabel: 'giai đoạn 2026-2030',
    criteriaAct: 'Quyết định số 51/2025/QĐ-TTg ngày 29 tháng 12 năm 2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026-2030',
    ocopAct:
      'Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm, được sửa đổi, bổ sung bởi Quyết định số 1489/QĐ-TTg ngày 06 tháng 7 năm 2025',
    acts: [
      {
        citation:
          'Nghị quyết số 257/2025/QH15 ngày 11 tháng 12 năm 2025 của Quốc hội về chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035',
      },
      { citation: 'Quyết định số 51/2025/QĐ-TTg ngày 29 tháng 12 năm 2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026-2030' },
      {
        citation:
          'Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm, được sửa đổi, bổ sung bởi Quyết định số 1489/QĐ-TTg ngày 06 tháng 7 năm 2025 của Thủ tướng Chính phủ',
      },
    ],
    hasDistricts: false,
    levels: ['ntm', 'hien_dai'],
  },
];

/** The programme in force in a year; years past the last known period keep the last one. */
export function programmeForYear(year: number): Programme {
  return PROGRAMMES.find((p) => year >= p.fromYear && year <= p.toYear) ?? (year < PROGRAMMES[0]!.fromYear ? PROGRAMMES[0]! : PROGRAMMES[PROGRAMMES.length - 1]!);
}
