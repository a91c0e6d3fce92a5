import { compareVi, matchesSearch } from '../format/text';

interface Filterable {
  name: string;
  districtName: string;
  districtId: number | null;
  code: string | null;
}

/** The grid's filter: district-level unit and a search that ignores diacritics ("phu huu" → Phú Hữu). */
export function filterCommunes<T extends Filterable>(rows: T[], opts: { search?: string; districtId?: number | null }): T[] {
  const q = opts.search?.trim() ?? '';
  return rows.filter(
    (r) =>
      (!opts.districtId || r.districtId === opts.districtId) &&
      (!q || matchesSearch(`${r.name} ${r.districtName} ${r.code ?? ''}`, q)),
  );
}

/** "Phú Hữu (huyện Châu Thành)": how plans name a commune. */
export const communeLabel = (name: string, districtFullName: string) => (districtFullName ? `${name} (${districtFullName})` : name);

/** Vietnamese order by commune name, then district (names repeat across districts). */
export const byCommuneName = <T extends { name: string; districtName: string }>(a: T, b: T) =>
  compareVi(a.name, b.name) || compareVi(a.districtName, b.districtName);
