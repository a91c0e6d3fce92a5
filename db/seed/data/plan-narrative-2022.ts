/**
 * The default narrative of the 2022 plan: the office's own text (Kế hoạch thực hiện Chương trình MTQG
 * xây dựng NTM và Chương trình OCOP tỉnh Hậu Giang năm 2022, posted 11/07/2022). A new plan starts
 * from the previous year's plan; this is the text of the first one. Computed sections (II, IV) are
 * not here: they are written from the data.
 */
import type { Block } from '../../../shared/models/documents';

export interface PlanNarrative {
  legalItems: string[];
  intro: string;
  mucDich: Block[];
  ntmLead: Block[];
  nhiemVu: Block[];
  toChuc: Block[];
  closing: string;
}

export const PLAN_NARRATIVE_2022: PlanNarrative = {
  "legalItems": [
    "Nghị quyết số 25/2021/QH15 ngày 28 tháng 7 năm 2021 của Quốc hội về việc phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025",
    "Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025",
    "Nghị quyết số 33/NQ-HĐND ngày 09 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Hậu Giang về Kế hoạch phát triển kinh tế - xã hội năm 2022"
  ],
  "intro": "Ban Chỉ đạo các chương trình mục tiêu quốc gia giai đoạn 2021-2025 tỉnh Hậu Giang xây dựng Kế hoạch thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Hậu Giang năm 2022, cụ thể như sau:",
  "mucDich": [
    {
      "kind": "heading",
      "level": "item",
      "number": "1.",
      "title": "Mục đích"
    },
    {
      "kind": "paragraph",
      "text": "Tiếp tục triển khai, thực hiện toàn diện các nội dung của Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn toàn tỉnh đúng tiến độ và hiệu quả; cụ thể hóa cơ bản mục tiêu Nghị quyết số 25/2021/QH15 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025; Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 -2025; Nghị quyết số 33/NQ-HĐND ngày 09 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Hậu Giang về Kế hoạch phát triển kinh tế - xã hội năm 2022; tiếp tục phát huy kết quả và đề xuất, kiến nghị các giải pháp nhằm nâng cao hiệu quả xây dựng nông thôn mới trên địa bàn Tỉnh."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "2.",
      "title": "Yêu cầu"
    },
    {
      "kind": "paragraph",
      "text": "Các sở, ngành, đoàn thể và UBND huyện, thị, thành phố xây dựng kế hoạch cụ thể thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình mỗi xã một sản phẩm năm 2022 trong phạm vi, lĩnh vực, địa bàn quản lý; đưa chỉ tiêu xây dựng nông thôn mới, nông thôn mới nâng cao, công nhận sản phẩm OCOP vào chương trình công tác, kế hoạch phát triển kinh tế - xã hội năm 2022 của đơn vị, địa phương quản lý. Tổ chức thực hiện xây dựng nông thôn mới, đánh giá, phân hạng sản phẩm OCOP thuộc Chương trình mỗi xã một sản phẩm đảm bảo hoàn thành, chỉ tiêu kế hoạch của tỉnh giao, không để phát sinh nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới."
    }
  ],
  "ntmLead": [
    {
      "kind": "bullet",
      "text": "Duy trì và nâng chất các đơn vị xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao; các huyện đã đạt chuẩn nông thôn mới, thị xã, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới."
    }
  ],
  "nhiemVu": [
    {
      "kind": "heading",
      "level": "item",
      "number": "1.",
      "title": "Nâng cao hiệu quả hoạt động của Ban Chỉ đạo và cơ quan tham mưu giúp việc Ban Chỉ đạo các cấp; làm tốt công tác, đào tạo, bồi dưỡng nâng cao chất lượng đội ngũ cán bộ quản lý Chương trình xây dựng nông thôn mới"
    },
    {
      "kind": "bullet",
      "text": "Các cấp, các ngành, các địa phương tiếp tục quán triệt các văn bản của Trung ương, của tỉnh về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025. Tiếp tục triển khai kế hoạch duy trì, giữ vững và nâng cao chất lượng tiêu chí đối với các xã đã đạt chuẩn, kế hoạch xây dựng xã nông thôn mới, xã nông thôn mới nâng cao."
    },
    {
      "kind": "bullet",
      "text": "Rà soát, kiện toàn, nâng cao hiệu quả hoạt động của Ban Chỉ đạo nông thôn mới các cấp; điều chỉnh, bổ sung quy chế hoạt động và phân công nhiệm vụ cụ thể cho từng thành viên Ban Chỉ đạo, gắn trách nhiệm người đứng đầu các tổ chức tham gia thành viên Ban Chỉ đạo các cấp."
    },
    {
      "kind": "bullet",
      "text": "Rà soát, kiện toàn bộ máy Văn phòng Điều phối nông thôn mới các cấp và bố trí công chức cấp xã chuyên trách theo dõi Chương trình xây dựng nông thôn mới. Bố trí đủ số lượng và nâng cao tính chuyên nghiệp, ổn định và hiệu quả hoạt động của cơ quan tham mưu giúp việc Ban Chỉ đạo các cấp trong công tác tham mưu điều phối, quản lý Chương trình xây dựng nông thôn mới. Phân công nhiệm vụ cụ thể xây dựng nông thôn mới gắn với trách nhiệm của các sở, ngành cấp tỉnh và các phòng, ban, đơn vị cấp huyện, xã. Tăng cường công tác kiểm tra, giám sát của Ban Chỉ đạo các cấp. Phát huy vai trò của Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị xã hội trong xây dựng nông thôn mới."
    },
    {
      "kind": "bullet",
      "text": "Xây dựng kế hoạch đào tạo, bồi dưỡng đội ngũ cán bộ xây dựng nông thôn mới, coi trọng đào tạo nâng cao kiến thức, kỹ năng và thái độ trong thực hiện nhiệm vụ. Tổ chức cho các ngành thành viên Ban Chỉ đạo tỉnh và cán bộ trực tiếp tham mưu thực hiện Chương trình của các sở, ngành đi tham quan, học tập kinh nghiệm về thực hiện xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu tại các tỉnh, thành phố."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "2.",
      "title": "Tăng cường tuyên truyền, vận động Nhân dân; tổ chức có hiệu quả phong trào thi đua “Hậu Giang chung sức xây dựng nông thôn mới”; thực hiện tốt công tác thi đua, khen thưởng"
    },
    {
      "kind": "bullet",
      "text": "Tiếp tục đổi mới tuyên truyền sâu rộng đến cán bộ, đảng viên và người dân về quan điểm, chủ trương, mục tiêu, tiêu chí nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu, cách làm hay, sáng tạo thông qua các phương tiện thông tin đại chúng; thăm quan các mô hình điểm, các hình thức sinh hoạt cộng đồng... nhằm nâng cao hơn nữa nhận thức và trách nhiệm của toàn xã hội về xây dựng nông thôn mới; phát huy cao độ vai trò chủ thể của người dân trong xây dựng nông thôn mới."
    },
    {
      "kind": "bullet",
      "text": "Tiếp tục đẩy mạnh thực hiện phong trào thi đua “Hậu Giang chung sức xây dựng nông thôn mới”; mỗi cơ quan, đoàn thể ở các cấp, các ngành đều phải có việc làm cụ thể, thiết thực về xây dựng nông thôn mới, coi đó là nhiệm vụ chính trị trọng tâm của địa phương, đơn vị."
    },
    {
      "kind": "bullet",
      "text": "Đề nghị Ủy ban Mặt trận Tổ quốc từ tỉnh đến cơ sở chủ trì cùng các tổ chức chính trị - xã hội đóng vai trò nòng cốt trong vận động, tuyên truyền đến các tầng lớp nhân dân, hội viên, đoàn viên tham gia xây dựng nông thôn mới nhằm thống nhất về nhận thức, đồng thuận về quan điểm để tuyên truyền, vận động và chỉ đạo xây dựng nông thôn mới từ nhà ra ngõ, từ ấp lên xã, lên huyện; xác định rõ hơn vai trò chủ thể của người dân nông thôn trong việc bàn và quyết định các nội dung nhiệm vụ xây dựng nông thôn mới theo đúng phương châm “dân biết, dân bàn, dân làm, dân kiểm tra và dân thụ hưởng”."
    },
    {
      "kind": "bullet",
      "text": "Làm tốt công tác thi đua, khen thưởng các xã, thôn có thành tích xuất sắc trong xây dựng nông thôn mới; các tập thể, cá nhân điển hình, tiên tiến, có thành tích nổi bật trong thực hiện phong trào thi đua “Hậu Giang chung sức xây dựng nông thôn mới” để nhân ra diện rộng."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "3.",
      "title": "Tổ chức thực hiện có hiệu quả các chính sách của Nhà nước về xây dựng nông thôn mới"
    },
    {
      "kind": "bullet",
      "text": "Triển khai thực hiện tốt các chủ trương của Đảng, chính sách của Nhà nước về phát triển nông nghiệp, kinh tế nông thôn và xây dựng nông thôn mới, nhất là các cơ chế, chính sách có liên quan đến đất đai, thuế, tín dụng, môi trường, thị trường, lao động, đào tạo, nghiên cứu và ứng dụng khoa học, công nghệ, thu hút đầu tư, phát triển liên kết giữa doanh nghiệp, Hợp tác xã với hộ nông dân trong sản xuất, chế biến, tiêu thụ sản phẩm và các chủ trương, chính sách hiện hành của Trung ương, của Tỉnh về hỗ trợ phát triển nông nghiệp, nông dân, nông thôn."
    },
    {
      "kind": "bullet",
      "text": "Tổ chức rà soát, cập nhật các chính sách của Trung ương về nông nghiệp và xây dựng nông thôn mới và cụ thể hóa cho phù hợp với điều kiện thực tế của địa phương."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "4.",
      "title": "Đa dạng các nguồn vốn huy động xây dựng nông thôn mới"
    },
    {
      "kind": "bullet",
      "text": "Lồng ghép tốt các nguồn vốn từ các Chương trình, dự án phát triển kinh tế - xã hội của tỉnh, đặc biệt là về nông nghiệp, nông thôn; nguồn vốn Trung ương phân bổ cho Chương trình và ngân sách địa phương để tập trung nguồn lực để đầu tư hạ tầng kinh tế - xã hội vùng nông thôn theo chuẩn nông thôn mới, nông thôn mới nâng cao ở các xã. Trong đó ưu tiên hoàn thiện hạ tầng thiết yếu phục vụ sản xuất và dân sinh như: đường giao thông, thủy lợi nội đồng, hệ thống công trình cung cấp điện, nước sinh hoạt… Rà soát, xác định kế hoạch vốn, tập trung bố trí nguồn lực đầu tư hỗ trợ cho các xã có khả năng hoàn thành 19 tiêu chí nông thôn mới, 16 tiêu chí nông thôn mới nâng cao, kiểu mẫu và các xã đặc biệt khó khăn."
    },
    {
      "kind": "bullet",
      "text": "Tích cực, chủ động huy động sự tham gia đóng góp tự nguyện của cộng đồng dân cư, người dân, doanh nghiệp cho xây dựng nông thôn mới. Sử dụng có hiệu quả các nguồn vốn tín dụng."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "5.",
      "title": "Tăng cường công tác chỉ đạo, kiểm tra, giám sát đẩy nhanh tiến độ, chất lượng thực hiện Chương trình"
    },
    {
      "kind": "bullet",
      "text": "Tăng cường chỉ đạo, đẩy nhanh tiến độ, chất lượng thực hiện Chương trình đảm bảo hoàn thành mục tiêu đề ra: Các cấp, các ngành xây dựng kế hoạch chi tiết và lộ trình cụ thể để thực hiện từng chỉ tiêu, tiêu chí đạt chuẩn thuộc lĩnh vực ngành quản lý và địa bàn được phân công phụ trách. Kiểm tra, theo dõi, đôn đốc, đánh giá tiến độ thực hiện Chương trình và hướng dẫn cấp xã tổ chức thực hiện các nội dung xây dựng nông thôn mới, kịp thời tháo gỡ khó khăn, vướng mắc tại cơ sở. Kịp thời phát hiện, đề xuất thu hồi Quyết định công nhận đạt chuẩn đối với các xã đã được công nhận đạt chuẩn nông thôn mới, nông thôn mới nâng cao mà không duy trì, giữ vững tiêu chí, chỉ tiêu đã đạt chuẩn theo bộ tiêu chí quy định."
    },
    {
      "kind": "bullet",
      "text": "Các sở, ban, ngành liên quan và các địa phương chủ động tổ chức kiểm tra, giám sát việc triển khai xây dựng nông thôn mới."
    },
    {
      "kind": "bullet",
      "text": "Tổ chức kiểm tra, đôn đốc, hướng dẫn các xã phấn đấu đạt chuẩn nông thôn mới gắn với kiểm tra xã thực hiện xây dựng nông thôn mới nâng cao; kịp thời tháo gỡ những khó khăn, vướng mắc trong triển khai thực hiện."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "6.",
      "title": "Cán bộ, đảng viên gương mẫu đi đầu trong việc tham gia tuyên truyền và chủ động thực hiện các nội dung xây dựng nông thôn mới,",
      "text": "đóng góp xây dựng các hạng mục công trình công cộng và cải tạo khuôn viên của gia đình, sắp xếp nơi ở gọn gàng, hợp vệ sinh; thực hiện nếp sống văn hoá..."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "7.",
      "title": "Nâng cao chất lượng tổ chức đảng, chính quyền, đoàn thể chính trị - xã hội trên địa bàn xã;",
      "text": "tiếp tục đào tạo, bồi dưỡng nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã đạt chuẩn theo quy định; chú trọng làm tốt công tác đào tạo, bồi dưỡng cán bộ làm công tác xây dựng nông thôn mới; nâng cao hiệu lực, hiệu quả quản lý của chính quyền các cấp."
    }
  ],
  "toChuc": [
    {
      "kind": "heading",
      "level": "item",
      "number": "1.",
      "title": "Văn phòng Điều phối nông thôn mới tỉnh"
    },
    {
      "kind": "bullet",
      "text": "Chịu trách nhiệm theo dõi, kiểm tra, đôn đốc việc tổ chức thực hiện cho Ban Chỉ đạo tỉnh; định kỳ quý, sáu tháng, cả năm tổng hợp báo cáo kết quả thực hiện với Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh, Thường trực Tỉnh ủy, Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh và Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia."
    },
    {
      "kind": "bullet",
      "text": "Phối hợp với các đơn vị có liên quan, tham mưu cho UBND tỉnh kiện toàn bộ máy Chỉ đạo cấp tỉnh, hướng dẫn các địa phương kiện toàn bộ máy Chỉ đạo, giúp việc (cấp huyện, xã) theo quy định hiện hành."
    },
    {
      "kind": "bullet",
      "text": "Kiểm tra, hướng dẫn các huyện, thị xã, thành phố phát triển sản phẩm, tổ chức đánh giá phân hạng sản phẩm OCOP cấp huyện, hoàn thiện hồ sơ đăng ký đánh giá, phân hạng sản phẩm OCOP cấp tỉnh."
    },
    {
      "kind": "bullet",
      "text": "Tham mưu Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh kiểm tra hồ sơ sản phẩm OCOP cấp huyện và tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh. Tham mưu UBND tỉnh tổ chức công bố sản phẩm đạt 3 - 4 sao sản phẩm OCOP cấp tỉnh."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "2.",
      "title": "Đề nghị Ủy ban Mặt trận Tổ quốc Việt nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
      "text": "phối hợp với các đơn vị liên quan triển khai thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Vận động đoàn viên, hội viên hưởng ứng tham gia tích cực xây dựng nông thôn mới."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "3.",
      "title": "Các sở, ban, ngành"
    },
    {
      "kind": "bullet",
      "text": "Thực hiện tốt chức năng, nhiệm vụ theo thẩm quyền được giao; phối hợp với Văn phòng Điều phối nông thôn mới tỉnh trong tổ chức thực hiện kế hoạch; xây dựng kế hoạch, giải pháp cụ thể để thực hiện các tiêu chí, các sản phẩm thuộc ngành, lĩnh vực quản lý, phụ trách đến cấp huyện, xã. Chủ động hướng dẫn, đôn đốc, kiểm tra theo dõi, quản lý việc thực hiện tiêu chí, đánh giá, xếp hạng sản phẩm thuộc ngành quản lý đến cấp huyện, xã. Định kỳ hàng tháng, quý, sáu tháng, năm báo cáo kết quả thực hiện và đề xuất kịp thời những khó khăn, vướng mắc với Ban Chỉ đạo tỉnh (gửi Văn phòng điều phối nông thôn mới tỉnh để tổng hợp)."
    },
    {
      "kind": "bullet",
      "text": "Sở Kế hoạch và Đầu tư chủ trì phối hợp với Sở Tài chính, Văn phòng Điều phối nông thôn mới tỉnh tham mưu xây dựng kế hoạch vốn, phân bổ và giám sát tình hình thực hiện vốn ngân sách và các nguồn vốn huy động khác thực hiện xây dựng nông thôn mới và Chương trình mỗi xã một sản phẩm trên địa bàn tỉnh, kiểm soát không để phát sinh nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới."
    },
    {
      "kind": "bullet",
      "text": "Sở Nội vụ chủ trì hướng dẫn các đơn vị kiện toàn Văn phòng Điều phối nông thôn mới các cấp theo quy định hiện hành; phối hợp với Văn phòng Điều phối nông thôn mới tỉnh tham mưu UBND tỉnh xây dựng kế hoạch thực hiện phong trào thi đua “Đảng bộ, chính quyền và Nhân dân tỉnh Hậu Giang chung sức xây dựng nông thôn mới giai đoạn 2021-2025”."
    },
    {
      "kind": "bullet",
      "text": "Nghiêm túc thực hiện chế độ thông tin báo cáo theo quy định."
    },
    {
      "kind": "heading",
      "level": "item",
      "number": "4.",
      "title": "UBND huyện, thị xã, thành phố"
    },
    {
      "kind": "bullet",
      "text": "Căn cứ vào chức năng, nhiệm vụ xây dựng kế hoạch, giải pháp cụ thể để chủ động triển khai thực hiện; tăng cường kiểm tra, đôn đốc, hướng dẫn các xã triển khai thực hiện kế hoạch được giao; định kỳ hàng tháng, quý, sáu tháng, năm báo cáo kết quả thực hiện và đề xuất kịp thời các biện pháp chỉ đạo với Ban Chỉ đạo tỉnh (gửi Văn phòng điều phối nông thôn mới tỉnh để tổng hợp)."
    },
    {
      "kind": "bullet",
      "text": "Chỉ đạo lồng ghép có hiệu quả các Chương trình, dự án. Ưu tiên bố trí nguồn lực, chỉ đạo quyết liệt đối với các xã theo lộ trình về đích năm 2022."
    }
  ],
  "closing": "Trên đây là nội dung Kế hoạch thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Hậu Giang năm 2022. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh kịp thời về Văn phòng Điều phối nông thôn mới tỉnh để báo cáo Ban Chỉ đạo các chương trình mục tiêu quốc gia giai đoạn 2021-2025 tỉnh Hậu Giang xem xét, chỉ đạo"
};
