/** The units workbook (sheet «Đơn vị»): one description read by the import and written by the export. */
import type { NewUnit } from './list';

export const UNITS_SHEET = 'Đơn vị';

export const COL = {
  code: 'Mã',
  name: 'Tên',
  kind: 'Loại',
  from: 'Hiệu lực từ',
  decision: 'Văn bản',
  notes: 'Ghi chú',
} as const;

/** The columns an import needs (the notes may be left out). */
export const REQUIRED_COLUMNS = [COL.code, COL.name, COL.kind, COL.from, COL.decision];

export const COLUMN_WIDTH: Record<keyof typeof COL, number> = {
  code: 10,
  name: 28,
  kind: 12,
  from: 14,
  decision: 28,
  notes: 40,
};

/** The «Loại» cell as read (search key of the label) → the unit kind. */
export const KINDS: Record<string, NewUnit['kind']> = { xa: 'xa', phuong: 'phuong', 'dac khu': 'dac_khu' };
