import { compareVi, matchesSearch, searchKey } from '../../shared/format/text';

interface Filterable {
  name: string;
  districtName: string;
  districtId: number | null;
  code: string | null;
}

/**
 * The grid's filter: district-level unit and a search that ignores diacritics ("phu huu" → Phú Hữu).
 * A query that is part of some commune names finds those names; otherwise its words may fall
 * anywhere in name, district-level unit and code ("chau thanh" → the communes of Châu Thành).
 */
export function filterCommunes<T extends Filterable>(
  rows: T[],
  opts: { search?: string; districtId?: number | null },
): T[] {
  const inDistrict = opts.districtId ? rows.filter((r) => r.districtId === opts.districtId) : rows;
  const q = searchKey(opts.search ?? '');
  if (!q) return inDistrict;
  const byName = inDistrict.filter((r) => searchKey(r.name).includes(q));
  return byName.length
    ? byName
    : inDistrict.filter((r) => matchesSearch(`${r.name} ${r.districtName} ${r.code ?? ''}`, q));
}

/** Vietnamese order by commune name, then district (names repeat across districts). */
export const byCommuneName = <T extends { name: string; districtName: string }>(a: T, b: T) =>
  compareVi(a.name, b.name) || compareVi(a.districtName, b.districtName);
