/** The OCOP workbook's layout: three sheets (producers, products, evaluation results), one description read by the import and written by the export. */
export const SHEET_PRODUCERS = 'Chủ thể';
export const SHEET_PRODUCTS = 'Sản phẩm';
export const SHEET_EVALUATIONS = 'Kết quả đánh giá';

/** Headers import reads; the others in the export are for reading only. */
export const H = {
  id: 'Mã',
  producerName: 'Tên chủ thể',
  kind: 'Loại hình',
  address: 'Địa chỉ',
  commune: 'Xã, phường, thị trấn',
  district: 'Đơn vị cấp huyện',
  representative: 'Người đại diện',
  phone: 'Điện thoại',
  taxCode: 'Mã số thuế',
  notes: 'Ghi chú',
  productName: 'Tên sản phẩm',
  producer: 'Chủ thể',
  group: 'Nhóm sản phẩm',
  subgroup: 'Phân nhóm',
  product: 'Sản phẩm',
  round: 'Đợt đánh giá',
  level: 'Cấp đánh giá',
  evaluatedDate: 'Ngày đánh giá',
  a: 'Điểm A',
  b: 'Điểm B',
  c: 'Điểm C',
  mandatory: 'Không đạt tiêu chí bắt buộc',
  decisionNo: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  issuer: 'Cơ quan ban hành',
} as const;

export const PRODUCER_HEADERS = [
  H.id,
  H.producerName,
  H.kind,
  H.address,
  H.commune,
  H.district,
  H.representative,
  H.phone,
  H.taxCode,
  H.notes,
];
export const PRODUCT_HEADERS = [H.id, H.productName, H.producer, H.group, H.subgroup, H.commune, H.district, H.notes];
export const EVALUATION_HEADERS = [
  H.id,
  H.product,
  H.producer,
  H.round,
  H.level,
  H.evaluatedDate,
  H.a,
  H.b,
  H.c,
  H.mandatory,
  H.decisionNo,
  H.decisionDate,
  H.issuer,
  H.notes,
];
