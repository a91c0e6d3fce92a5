/**
 * OCOP product classifications, as data: the 6 groups of QĐ 148/QĐ-TTg (2023) with the sub-groups
 * the reference lists (Phụ lục I; the list is incomplete where the source was cut off), and the
 * 6 "ngành hàng" of QĐ 1048/QĐ-TTg (2019). A product stores the codes; the scheme is implied by the code.
 */

export interface OcopSubgroup {
  code: string;
  name: string;
}

export interface OcopGroup {
  code: string;
  name: string;
  subgroups: OcopSubgroup[];
}

export interface OcopClassification {
  /** The criteria version code the scheme belongs to (ocop_criteria_versions.code). */
  versionCode: string;
  label: string;
  groups: OcopGroup[];
}

const sub = (code: string, name: string): OcopSubgroup => ({ code, name });

export const QD148_GROUPS: OcopGroup[] = [
  {
    code: 'I',
    name: 'Thực phẩm',
    subgroups: [
      sub('I.1.a', 'Thực phẩm tươi sống — rau, củ, quả, hạt tươi'),
      sub('I.1.b', 'Thực phẩm tươi sống — thịt, thủy sản, trứng, sữa tươi'),
      sub('I.2.a', 'Thực phẩm thô, sơ chế — gạo, ngũ cốc, hạt sơ chế khác'),
      sub('I.2.b', 'Thực phẩm thô, sơ chế — mật ong, mật khác và nông sản thực phẩm khác'),
      sub('I.3.a', 'Thực phẩm chế biến — đồ ăn nhanh'),
      sub('I.3.b', 'Thực phẩm chế biến — chế biến từ gạo, ngũ cốc'),
      sub('I.3.c', 'Thực phẩm chế biến — chế biến từ rau, củ, quả, hạt'),
      sub('I.3.d', 'Thực phẩm chế biến — chế biến từ thịt, trứng, sữa, thủy sản, mật ong'),
      sub('I.4', 'Gia vị (tương, nước mắm, gia vị lỏng, gia vị khác)'),
      sub('I.5', 'Chè (chè tươi, chè chế biến)'),
    ],
  },
  {
    code: 'II',
    name: 'Đồ uống',
    subgroups: [
      sub('II.1', 'Đồ uống có cồn (rượu trắng, đồ uống có cồn khác)'),
      sub('II.2', 'Đồ uống không có cồn (nước khoáng, nước uống, nước ép …)'),
    ],
  },
  {
    code: 'III',
    name: 'Dược liệu và sản phẩm từ dược liệu',
    subgroups: [
      sub('III.1', 'Thực phẩm chức năng'),
      sub('III.2', 'Thuốc dược liệu, thuốc y học cổ truyền'),
      sub('III.3', 'Mỹ phẩm từ dược liệu'),
      sub('III.4', 'Tinh dầu'),
    ],
  },
  {
    code: 'IV',
    name: 'Hàng thủ công mỹ nghệ',
    subgroups: [
      sub('IV.1', 'Đồ gỗ'),
      sub('IV.2', 'Mây tre, sợi tự nhiên'),
      sub('IV.3', 'Gốm sứ'),
      sub('IV.4', 'Dệt may, thêu'),
      sub('IV.5', 'Lưu niệm, trang trí, gia dụng'),
    ],
  },
  {
    code: 'V',
    name: 'Sinh vật cảnh',
    subgroups: [sub('V.1', 'Hoa'), sub('V.2', 'Cây cảnh'), sub('V.3', 'Động vật cảnh')],
  },
  {
    code: 'VI',
    name: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    subgroups: [sub('VI.1', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái'), sub('VI.2', 'Điểm du lịch')],
  },
];

/** QĐ 1048: 6 ngành hàng (split into 15 groups the sources do not list). */
export const QD1048_SECTORS: OcopGroup[] = [
  { code: 'NH1', name: 'Thực phẩm', subgroups: [] },
  { code: 'NH2', name: 'Đồ uống', subgroups: [] },
  { code: 'NH3', name: 'Thảo dược', subgroups: [] },
  { code: 'NH4', name: 'Vải và may mặc', subgroups: [] },
  { code: 'NH5', name: 'Lưu niệm – nội thất – trang trí', subgroups: [] },
  { code: 'NH6', name: 'Dịch vụ du lịch nông thôn, bán hàng', subgroups: [] },
];

export const OCOP_CLASSIFICATIONS: OcopClassification[] = [
  { versionCode: 'QD148', label: 'Nhóm sản phẩm theo QĐ 148/QĐ-TTg', groups: QD148_GROUPS },
  { versionCode: 'QD1048', label: 'Ngành hàng theo QĐ 1048/QĐ-TTg', groups: QD1048_SECTORS },
];

const ALL_GROUPS = OCOP_CLASSIFICATIONS.flatMap((c) => c.groups);

export function findGroup(code: string): OcopGroup | undefined {
  return ALL_GROUPS.find((g) => g.code === code);
}

/** "I. Thực phẩm" / "NH2. Đồ uống"; '' for no group. */
export function groupLabel(code: string): string {
  const g = findGroup(code);
  return g ? `${g.code}. ${g.name}` : '';
}

export function subgroupLabel(groupCode: string, subgroupCode: string): string {
  const s = findGroup(groupCode)?.subgroups.find((x) => x.code === subgroupCode);
  return s ? `${s.code} ${s.name}` : '';
}

/** Finds a group by its code or its name as a person types it in Excel ("I", "Thực phẩm", "I. Thực phẩm"). */
export function groupFromText(text: string): OcopGroup | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return (
    ALL_GROUPS.find((g) => g.code.toLowerCase() === t || `${g.code}. ${g.name}`.toLowerCase() === t) ??
    ALL_GROUPS.find((g) => g.name.toLowerCase() === t)
  );
}

export function subgroupFromText(group: OcopGroup, text: string): OcopSubgroup | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return group.subgroups.find(
    (s) => s.code.toLowerCase() === t || `${s.code} ${s.name}`.toLowerCase() === t || s.name.toLowerCase() === t,
  );
}
