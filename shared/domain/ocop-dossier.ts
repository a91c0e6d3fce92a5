/**
 * The default dossier checklist (domain reference §3.7, QĐ 1048 practice). It is data: the settings
 * key `ocopDossierTypes` replaces it when the office keeps its own list (e.g. the QĐ 148 forms).
 */
import type { DossierDocType } from '../models/ocop';

export const DOSSIER_SETTING_KEY = 'ocopDossierTypes';

/** The item whose presence marks a product as put forward for national (5★) evaluation. */
export const NATIONAL_PROPOSAL_DOC = 'de_nghi_trung_uong';

export const DEFAULT_DOSSIER_TYPES: DossierDocType[] = [
  { code: 'phieu_dang_ky', label: 'Phiếu đăng ký sản phẩm (mẫu 01/02)', required: true },
  { code: 'phuong_an_kinh_doanh', label: 'Phương án / kế hoạch kinh doanh (mẫu 03)', required: true },
  { code: 'thuyet_minh_san_xuat', label: 'Bản thuyết minh tổ chức sản xuất (mẫu 04)', required: true },
  { code: 'dang_ky_kinh_doanh', label: 'Bản sao giấy đăng ký kinh doanh', required: true },
  { code: 'mau_san_pham', label: 'Mẫu sản phẩm (05 đơn vị; trừ dịch vụ)', required: true },
  { code: 'attp', label: 'Giấy chứng nhận an toàn thực phẩm / đủ điều kiện sản xuất', required: false },
  { code: 'cong_bo_chat_luong', label: 'Công bố chất lượng, tiêu chuẩn sản phẩm, phiếu kiểm nghiệm', required: false },
  { code: 'ma_vach', label: 'Mã vạch, tem truy xuất nguồn gốc', required: false },
  { code: 'so_huu_tri_tue', label: 'Bảo hộ sở hữu trí tuệ (nhãn hiệu, chỉ dẫn địa lý)', required: false },
  { code: 'nguon_nguyen_lieu', label: 'Chứng minh nguồn gốc nguyên liệu, liên kết chuỗi', required: false },
  { code: 'moi_truong', label: 'Hồ sơ đáp ứng yêu cầu bảo vệ môi trường', required: false },
  { code: 'quan_ly_chat_luong', label: 'Hệ thống quản lý chất lượng, kế toán', required: false },
  { code: 'phat_trien_thi_truong', label: 'Minh chứng phát triển thị trường, quảng bá', required: false },
  { code: 'cau_chuyen', label: 'Câu chuyện sản phẩm', required: false },
  { code: 'kiem_soat_chat_luong', label: 'Kế hoạch kiểm soát chất lượng, nhật ký sản xuất', required: false },
  { code: 'giai_thuong', label: 'Giải thưởng, chứng nhận khác', required: false },
  { code: NATIONAL_PROPOSAL_DOC, label: 'Văn bản đề nghị đánh giá, phân hạng cấp quốc gia (5 sao)', required: false },
];

/** Doc type codes are used in folder and file names: letters, digits and underscores only. */
export const DOC_TYPE_PATTERN = /^[a-z0-9_]{1,40}$/;

/** The largest attachment accepted (bytes). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
