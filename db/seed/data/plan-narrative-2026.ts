/**
 * The default narrative of a plan for any province (and of the 2026–2030 period): the first plan of a
 * period starts here instead of carrying the 2021–2025 text (other programme, other acts, no
 * district level). Written for two-tier local government: the province and its xã. The office
 * edits it like any draft; later plans of the period start from the previous plan.
 */
import type { Block } from '../../../shared/models/documents';
import type { PlanNarrative } from './plan-narrative-2022';
import type { Programme } from './programmes';

const item = (number: string, title: string): Block => ({ kind: 'heading', level: 'item', number, title });
const para = (text: string): Block => ({ kind: 'paragraph', text });
const bullet = (text: string): Block => ({ kind: 'bullet', text });

export interface NarrativeWording {
  /** «thành phố Cần Thơ», «tỉnh Tuyên Quang». */
  provinceName: string;
  /** «Ban Chỉ đạo các chương trình mục tiêu quốc gia thành phố». */
  issuingBodyName: string;
  year: number;
}

export function planNarrative2026(p: Programme, w: NarrativeWording): PlanNarrative {
  const y = w.year;
  return {
    legalItems: p.acts.map((a) => a.citation),
    intro: `${w.issuingBodyName} xây dựng Kế hoạch thực hiện ${p.name} về nội dung xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${w.provinceName} năm ${y}, cụ thể như sau:`,
    mucDich: [
      item('1.', 'Mục đích'),
      para(
        `Triển khai đồng bộ, hiệu quả nội dung xây dựng nông thôn mới của ${p.name} trên địa bàn ${w.provinceName} năm ${y}; tổ chức đánh giá, công nhận xã đạt chuẩn theo Bộ tiêu chí quốc gia về nông thôn mới ${p.periodLabel}${p.hasDistricts ? '' : ' phù hợp với nhóm xã'}; nâng cao thu nhập, chất lượng cuộc sống của người dân nông thôn; phát triển sản phẩm OCOP gắn với lợi thế của từng xã.`,
      ),
      item('2.', 'Yêu cầu'),
      bullet('Xác định cụ thể chỉ tiêu, nhiệm vụ, giải pháp và phân công trách nhiệm cho từng sở, ngành, Ủy ban nhân dân các xã, phường, đặc khu; bám sát yêu cầu của từng nhóm xã theo Bộ tiêu chí mới.'),
      bullet('Huy động, lồng ghép có hiệu quả các nguồn lực; ưu tiên các xã có khả năng đạt chuẩn trong năm; không để phát sinh nợ đọng xây dựng cơ bản.'),
      bullet('Thường xuyên theo dõi, đánh giá tiến độ; định kỳ báo cáo kết quả theo quy định.'),
    ],
    ntmLead: [],
    nhiemVu: [
      item('1.', 'Công tác chỉ đạo, điều hành và truyền thông'),
      bullet(`Kiện toàn Ban Chỉ đạo và bộ máy giúp việc các cấp phù hợp với mô hình chính quyền địa phương hai cấp; phân công thành viên phụ trách từng xã.`),
      bullet('Đẩy mạnh tuyên truyền, vận động người dân và doanh nghiệp tham gia xây dựng nông thôn mới, chương trình OCOP.'),
      item('2.', `Thực hiện Bộ tiêu chí quốc gia về nông thôn mới ${p.periodLabel}`),
      bullet('Rà soát, đánh giá thực trạng từng xã theo các chỉ tiêu của nhóm xã; xác định tiêu chí, chỉ tiêu còn thiếu và lộ trình hoàn thành.'),
      bullet('Tập trung hỗ trợ các xã đăng ký đạt chuẩn trong năm; hướng dẫn hoàn thiện hồ sơ đề nghị xét, công nhận theo quy định.'),
      item('3.', 'Phát triển kinh tế nông thôn và Chương trình OCOP'),
      bullet('Phát triển sản xuất theo chuỗi giá trị, vùng nguyên liệu tập trung; hỗ trợ chủ thể OCOP nâng cấp, đánh giá lại sản phẩm khi giấy chứng nhận hết hiệu lực.'),
      item('4.', 'Huy động và sử dụng nguồn lực'),
      bullet('Phân bổ, giải ngân kịp thời vốn ngân sách trung ương, ngân sách địa phương; lồng ghép vốn các chương trình, dự án; huy động vốn tín dụng, doanh nghiệp và đóng góp của người dân.'),
    ],
    toChuc: [
      item('1.', 'Văn phòng Điều phối nông thôn mới'),
      bullet('Là cơ quan thường trực, tham mưu Ban Chỉ đạo theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo cáo định kỳ theo quy định.'),
      item('2.', 'Các sở, ban, ngành'),
      bullet('Theo chức năng, nhiệm vụ, hướng dẫn, hỗ trợ các xã thực hiện tiêu chí, chỉ tiêu thuộc lĩnh vực quản lý.'),
      item('3.', 'Ủy ban nhân dân các xã'),
      bullet(`Xây dựng kế hoạch thực hiện năm ${y} của xã; huy động nguồn lực, tổ chức thực hiện và tự đánh giá kết quả theo Bộ tiêu chí.`),
    ],
    closing: `Trên đây là Kế hoạch thực hiện nội dung xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${w.provinceName} năm ${y}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh kịp thời về Văn phòng Điều phối nông thôn mới để tổng hợp, báo cáo ${w.issuingBodyName} xem xét, chỉ đạo`,
  };
}
