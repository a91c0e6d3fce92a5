/**
 * The first plan's text for an office set up from the national lists (no earlier plan of its own):
 * a plain outline under the 2026–2035 programme, worded from the office's settings, for the office
 * to rewrite. Later plans start from the previous year's plan as usual.
 */
import type { PlanNarrative } from '../../../db/seed/data/plan-narrative-2022';
import type { AgencySetting } from '../../../db/seed/data/settings';
import type { Block } from '../../../shared/models/documents';

const item = (number: string, title: string): Block => ({ kind: 'heading', level: 'item', number, title });
const para = (text: string): Block => ({ kind: 'paragraph', text });
const bullet = (text: string): Block => ({ kind: 'bullet', text });

export function genericPlanNarrative(agency: AgencySetting, year: number): PlanNarrative {
  const where = agency.provinceName;
  return {
    legalItems: [
      'Nghị quyết số 257/2025/QH15 của Quốc hội về chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035',
      'Quyết định số 51/2025/QĐ-TTg ngày 29 tháng 12 năm 2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030',
    ],
    intro: `${agency.issuingBodyName} xây dựng Kế hoạch thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${where} năm ${year}, cụ thể như sau:`,
    mucDich: [
      item('1.', 'Mục đích'),
      para(`Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn ${where} theo Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030; kế thừa kết quả đạt được của các xã trước khi sắp xếp đơn vị hành chính.`),
      item('2.', 'Yêu cầu'),
      para('Xác định cụ thể chỉ tiêu, nhiệm vụ, giải pháp và phân công trách nhiệm cho từng cơ quan, đơn vị, xã.'),
    ],
    ntmLead: [para('(Văn phòng ghi các định hướng chung của năm.)')],
    nhiemVu: [
      item('1.', 'Công tác chỉ đạo, điều hành và tuyên truyền'),
      bullet('(Văn phòng ghi nội dung.)'),
      item('2.', 'Tổ chức thực hiện Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030'),
      bullet('(Văn phòng ghi nội dung.)'),
      item('3.', 'Huy động và sử dụng các nguồn vốn'),
      bullet('(Văn phòng ghi nội dung.)'),
    ],
    toChuc: [
      item('1.', agency.office),
      bullet('Tham mưu triển khai, theo dõi, tổng hợp tình hình thực hiện Kế hoạch; định kỳ báo cáo Ban Chỉ đạo.'),
      item('2.', 'Các sở, ban, ngành và UBND các xã'),
      bullet('Theo chức năng, nhiệm vụ, tổ chức thực hiện các nội dung của Kế hoạch.'),
    ],
    closing: `Trên đây là nội dung Kế hoạch thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${where} năm ${year}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh kịp thời về ${agency.office} để báo cáo ${agency.issuingBodyName} xem xét, chỉ đạo`,
  };
}
