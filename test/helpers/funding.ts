/** The six funding sources of the default data, in their display order (sort_order). */
export const DEFAULT_SOURCE_CODES = [
  'trung_uong',
  'dia_phuong',
  'long_ghep',
  'tin_dung',
  'doanh_nghiep',
  'dan_gop',
] as const;
