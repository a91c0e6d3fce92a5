/** The commune groups workbook (sheet «Nhóm xã»): one description read by the import and written by the export. */
export const G = {
  code: 'Mã xã',
  name: 'Tên xã',
  group: 'Nhóm',
  from: 'Áp dụng từ ngày',
  decision: 'Văn bản quyết định',
} as const;
export const SHEET = 'Nhóm xã';
