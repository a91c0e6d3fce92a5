/** The criteria set workbook (sheet «Chỉ tiêu»): one description read by the import and written by the export. */
import { COMMUNE_GROUPS, GROUP_LABEL, groupKey } from '../../../shared/domain/criteria-eval';

export const SET_SHEET = 'Chỉ tiêu';
export const HELP = 'Hướng dẫn';
export const C = {
  no: 'Tiêu chí số',
  criterion: 'Tên tiêu chí',
  code: 'Mã chỉ tiêu',
  name: 'Tên chỉ tiêu',
  unit: 'Đơn vị',
  kind: 'Cách nhập',
  comparator: 'So sánh',
  grades: 'Các mức xếp loại',
  source: 'Nguồn',
  verified: 'Đã kiểm chứng',
} as const;

const REGION_KEYS = ['chung', 'TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'];
/** Threshold columns of a set: «Nhóm 1..3» or one per region. */
export const thresholdColumns = (thresholdBy: string): { key: string; header: string }[] =>
  thresholdBy === 'group'
    ? COMMUNE_GROUPS.map((g) => ({ key: groupKey(g), header: `Ngưỡng ${GROUP_LABEL(g).toLowerCase()}` }))
    : REGION_KEYS.map((k) => ({ key: k, header: `Ngưỡng ${k === 'chung' ? 'chung' : k}` }));
