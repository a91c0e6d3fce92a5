/**
 * NTM criteria sets. QĐ 318/QĐ-TTg (2021–2025): 19 criteria, 5 groups, indicators with the
 * ĐBSCL and national ('chung') thresholds the research could give. Only thresholds seen in a public
 * source are `verified`; the rest are recollections kept so the grid is usable, flagged and editable.
 * QĐ 51/2025/QĐ-TTg (2026–2030): the 10 criteria only — its 47 indicators were not obtained.
 */

export type Comparator = 'dat' | '>=' | '<=' | '=';

export interface ThresholdSeed {
  /** 'chung' (national) or a QĐ 318 region code: TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL. */
  region: string;
  value: string;
  verified: boolean;
  source: string;
}

export interface IndicatorSeed {
  code: string;
  name: string;
  unit: string;
  comparator: Comparator;
  thresholds: ThresholdSeed[];
}

export interface CriterionSeed {
  no: number;
  name: string;
  groupNo: number;
  groupName: string;
  indicators: IndicatorSeed[];
}

export interface CriteriaSetSeed {
  code: string;
  name: string;
  level: 'ntm' | 'nang_cao' | 'kieu_mau' | 'huyen' | 'hien_dai';
  yearFrom: number;
  yearTo: number;
  decision: string;
  requiredCount: number;
  thresholdBy: 'region' | 'group';
  sourceDoc: string;
  expectedIndicators: number | null;
  criteria: CriterionSeed[];
}

const UNVERIFIED = 'QĐ 318/QĐ-TTg, Phụ lục I — chưa đối chiếu bản gốc, cần kiểm tra';
const SRC_NEWS = 'QĐ 318/QĐ-TTg, Phụ lục I (theo danviet.vn, dantocmiennui.baotintuc.vn)';
const SRC_QA = 'QĐ 318/QĐ-TTg, Phụ lục I (theo hỏi đáp thuvienphapluat.vn)';

/** Same threshold nationally and for ĐBSCL (typically a yes/no "Đạt" check). */
const chungAndDbscl = (value: string, verified: boolean, source: string): ThresholdSeed[] => [
  { region: 'chung', value, verified, source },
  { region: 'DBSCL', value, verified, source },
];
const datUnverified = chungAndDbscl('Đạt', false, UNVERIFIED);
const dbsclOnly = (value: string): ThresholdSeed[] => [{ region: 'DBSCL', value, verified: false, source: UNVERIFIED }];

const G1 = 'Quy hoạch';
const G2 = 'Hạ tầng kinh tế - xã hội';
const G3 = 'Kinh tế và tổ chức sản xuất';
const G4 = 'Văn hóa - Xã hội - Môi trường';
const G5 = 'Hệ thống chính trị';

const qd318: CriteriaSetSeed = {
  code: 'QD318-NTM',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025',
  level: 'ntm',
  yearFrom: 2021,
  yearTo: 2025,
  decision: 'QĐ 318/QĐ-TTg ngày 08/03/2022',
  requiredCount: 19,
  thresholdBy: 'region',
  sourceDoc: 'Phụ lục I QĐ 318/QĐ-TTg',
  expectedIndicators: 57,
  criteria: [
    {
      no: 1,
      name: 'Quy hoạch',
      groupNo: 1,
      groupName: G1,
      indicators: [
        {
          code: '1.1',
          name: 'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '1.2',
          name: 'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
      ],
    },
    {
      no: 2,
      name: 'Giao thông',
      groupNo: 2,
      groupName: G2,
      indicators: [
        {
          code: '2.1',
          name: 'Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
          unit: '%',
          comparator: '>=',
          thresholds: chungAndDbscl('100', false, UNVERIFIED),
        },
        {
          code: '2.2',
          name: 'Đường thôn, ấp và đường liên thôn, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
          unit: '%',
          comparator: '>=',
          thresholds: dbsclOnly('70'),
        },
        {
          code: '2.3',
          name: 'Đường ngõ, xóm sạch và đảm bảo đi lại thuận tiện quanh năm',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '2.4',
          name: 'Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
      ],
    },
    {
      no: 3,
      name: 'Thủy lợi và phòng, chống thiên tai',
      groupNo: 2,
      groupName: G2,
      indicators: [
        {
          code: '3.1',
          name: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động',
          unit: '%',
          comparator: '>=',
          // The national figure is sourced; whether ĐBSCL differs was not seen.
          thresholds: [
            { region: 'chung', value: '80', verified: true, source: SRC_NEWS },
            { region: 'DBSCL', value: '80', verified: false, source: UNVERIFIED },
          ],
        },
        {
          code: '3.2',
          name: 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ',
          unit: '',
          comparator: 'dat',
          thresholds: chungAndDbscl('Đạt', true, SRC_NEWS),
        },
      ],
    },
    {
      no: 4,
      name: 'Điện',
      groupNo: 2,
      groupName: G2,
      indicators: [
        { code: '4.1', name: 'Hệ thống điện đạt chuẩn', unit: '', comparator: 'dat', thresholds: datUnverified },
        {
          code: '4.2',
          name: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất đảm bảo an toàn, tin cậy và ổn định',
          unit: '%',
          comparator: '>=',
          thresholds: [], // reference gives only a range (95–98%)
        },
      ],
    },
    {
      no: 5,
      name: 'Trường học',
      groupNo: 2,
      groupName: G2,
      indicators: [
        {
          code: '5',
          name: 'Tỷ lệ trường học các cấp (mầm non, tiểu học, trung học cơ sở) có cơ sở vật chất và thiết bị dạy học đạt tiêu chuẩn theo quy định',
          unit: '%',
          comparator: '>=',
          thresholds: [], // reference gives only a range (70–80%)
        },
      ],
    },
    {
      no: 6,
      name: 'Cơ sở vật chất văn hóa',
      groupNo: 2,
      groupName: G2,
      indicators: [
        {
          code: '6.1',
          name: 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '6.2',
          name: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định',
          unit: '',
          comparator: 'dat',
          thresholds: chungAndDbscl('Đạt', true, 'QĐ 318/QĐ-TTg, Phụ lục I (theo baovinhlong.com.vn, 09/2022)'),
        },
        {
          code: '6.3',
          name: 'Tỷ lệ thôn, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng',
          unit: '%',
          comparator: '>=',
          thresholds: chungAndDbscl('100', false, UNVERIFIED),
        },
      ],
    },
    {
      no: 7,
      name: 'Cơ sở hạ tầng thương mại nông thôn',
      groupNo: 2,
      groupName: G2,
      indicators: [
        {
          code: '7',
          name: 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
      ],
    },
    {
      no: 8,
      name: 'Thông tin và Truyền thông',
      groupNo: 2,
      groupName: G2,
      indicators: [
        { code: '8.1', name: 'Xã có điểm phục vụ bưu chính', unit: '', comparator: 'dat', thresholds: datUnverified },
        { code: '8.2', name: 'Xã có dịch vụ viễn thông, internet', unit: '', comparator: 'dat', thresholds: datUnverified },
        {
          code: '8.3',
          name: 'Xã có đài truyền thanh và hệ thống loa đến các thôn, ấp',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '8.4',
          name: 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
      ],
    },
    {
      no: 9,
      name: 'Nhà ở dân cư',
      groupNo: 2,
      groupName: G2,
      indicators: [
        {
          code: '9.1',
          name: 'Nhà tạm, dột nát',
          unit: '',
          comparator: 'dat',
          thresholds: chungAndDbscl('Không', false, UNVERIFIED),
        },
        {
          code: '9.2',
          name: 'Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
      ],
    },
    {
      no: 10,
      name: 'Thu nhập',
      groupNo: 3,
      groupName: G3,
      indicators: [
        {
          code: '10',
          name: 'Thu nhập bình quân đầu người khu vực nông thôn năm 2022',
          unit: 'triệu đồng/người',
          comparator: '>=',
          thresholds: [
            { region: 'chung', value: '45', verified: false, source: UNVERIFIED },
            { region: 'DBSCL', value: '46', verified: false, source: UNVERIFIED },
          ],
        },
      ],
    },
    {
      no: 11,
      name: 'Nghèo đa chiều',
      groupNo: 3,
      groupName: G3,
      indicators: [
        {
          code: '11',
          name: 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025',
          unit: '%',
          comparator: '<=',
          thresholds: [],
        },
      ],
    },
    {
      no: 12,
      name: 'Lao động',
      groupNo: 3,
      groupName: G3,
      indicators: [
        {
          code: '12.1',
          name: 'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        { code: '12.2', name: 'Tỷ lệ lao động có việc làm qua đào tạo', unit: '%', comparator: '>=', thresholds: [] },
        {
          code: '12.3',
          name: 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
      ],
    },
    {
      no: 13,
      name: 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
      groupNo: 3,
      groupName: G3,
      indicators: [
        {
          code: '13.1',
          name: 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '13.2',
          name: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực đảm bảo bền vững',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '13.3',
          name: 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '13.4',
          name: 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '13.5',
          name: 'Có tổ khuyến nông cộng đồng hoạt động hiệu quả',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
      ],
    },
    {
      no: 14,
      name: 'Giáo dục và Đào tạo',
      groupNo: 4,
      groupName: G4,
      indicators: [
        {
          code: '14.1',
          name: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; xóa mù chữ; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '14.2',
          name: 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        { code: '14.3', name: 'Tỷ lệ lao động qua đào tạo', unit: '%', comparator: '>=', thresholds: [] },
      ],
    },
    {
      no: 15,
      name: 'Y tế',
      groupNo: 4,
      groupName: G4,
      indicators: [
        {
          code: '15.1',
          name: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
          unit: '%',
          comparator: '>=',
          thresholds: dbsclOnly('90'),
        },
        { code: '15.2', name: 'Xã đạt tiêu chí quốc gia về y tế', unit: '', comparator: 'dat', thresholds: datUnverified },
        {
          code: '15.3',
          name: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)',
          unit: '%',
          comparator: '<=',
          // The Q&A page prints "≥", evidently a typo: a stunting rate can only be a ceiling.
          thresholds: [
            { region: 'TDMNPB', value: '24', verified: true, source: SRC_QA },
            { region: 'DBSH', value: '16.5', verified: true, source: SRC_QA },
            { region: 'BTB', value: '25', verified: true, source: SRC_QA },
            { region: 'DHNTB', value: '22', verified: true, source: SRC_QA },
            { region: 'TN', value: '26.5', verified: true, source: SRC_QA },
            { region: 'DNB', value: '14.5', verified: true, source: SRC_QA },
            { region: 'DBSCL', value: '19', verified: true, source: SRC_QA },
          ],
        },
        {
          code: '15.4',
          name: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử',
          unit: '%',
          comparator: '>=',
          // ĐBSCL value not seen; only these two regions were.
          thresholds: [
            { region: 'TDMNPB', value: '50', verified: true, source: SRC_QA },
            { region: 'DBSH', value: '70', verified: true, source: SRC_QA },
          ],
        },
      ],
    },
    {
      no: 16,
      name: 'Văn hóa',
      groupNo: 4,
      groupName: G4,
      indicators: [
        {
          code: '16',
          name: 'Tỷ lệ thôn, ấp đạt tiêu chuẩn văn hóa theo quy định',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
      ],
    },
    {
      no: 17,
      name: 'Môi trường và an toàn thực phẩm',
      groupNo: 4,
      groupName: G4,
      // Sub-indicator list paraphrased from the reference; codes and wording to be checked.
      indicators: [
        {
          code: '17.1',
          name: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '17.2',
          name: 'Tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy sản đảm bảo quy định về bảo vệ môi trường',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '17.3',
          name: 'Cảnh quan, không gian xanh - sạch - đẹp, an toàn',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '17.4',
          name: 'Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '17.5',
          name: 'Tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại được thu gom, xử lý theo quy định',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '17.6',
          name: 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '17.7',
          name: 'Tỷ lệ cơ sở chăn nuôi đảm bảo các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '17.8',
          name: 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '17.9',
          name: 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
        {
          code: '17.10',
          name: 'Tỷ lệ chất thải nhựa được thu gom, tái sử dụng, tái chế, xử lý theo quy định',
          unit: '%',
          comparator: '>=',
          thresholds: [],
        },
      ],
    },
    {
      no: 18,
      name: 'Hệ thống chính trị và tiếp cận pháp luật',
      groupNo: 5,
      groupName: G5,
      indicators: [
        { code: '18.1', name: 'Cán bộ, công chức xã đạt chuẩn', unit: '', comparator: 'dat', thresholds: datUnverified },
        {
          code: '18.2',
          name: 'Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '18.3',
          name: 'Tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '18.4',
          name: 'Xã đạt chuẩn tiếp cận pháp luật theo quy định',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '18.5',
          name: 'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
      ],
    },
    {
      no: 19,
      name: 'Quốc phòng và An ninh',
      groupNo: 5,
      groupName: G5,
      indicators: [
        {
          code: '19.1',
          name: 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
        {
          code: '19.2',
          name: 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội',
          unit: '',
          comparator: 'dat',
          thresholds: datUnverified,
        },
      ],
    },
  ],
};

/** QĐ 51 publishes no groups above its 10 criteria, so each criterion is its own group. */
const qd51Names = [
  'Quy hoạch',
  'Hạ tầng kinh tế - xã hội',
  'Phát triển kinh tế nông thôn',
  'Đào tạo nguồn nhân lực nông thôn',
  'Văn hóa, giáo dục, y tế',
  'Giảm nghèo và an sinh xã hội',
  'Khoa học công nghệ và chuyển đổi số',
  'Môi trường và cảnh quan nông thôn',
  'Xây dựng hệ thống chính trị và hành chính công',
  'Tiếp cận pháp luật và an ninh, quốc phòng',
];

const qd51: CriteriaSetSeed = {
  code: 'QD51-NTM',
  name: 'Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026-2030',
  level: 'ntm',
  yearFrom: 2026,
  yearTo: 2030,
  decision: 'QĐ 51/2025/QĐ-TTg ngày 29/12/2025',
  requiredCount: 10,
  // Every criterion has separate requirements for xã nhóm 1, 2 and 3; the 47 indicators are entered by the office.
  thresholdBy: 'group',
  sourceDoc: 'Phụ lục I QĐ 51/2025/QĐ-TTg',
  expectedIndicators: 47,
  criteria: qd51Names.map((name, i) => ({ no: i + 1, name, groupNo: i + 1, groupName: name, indicators: [] })),
};

export const criteriaSets: CriteriaSetSeed[] = [qd318, qd51];
