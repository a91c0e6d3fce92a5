import { communeWithDistrict } from '../../../shared/models/units';
import type { CriteriaMatrix, MatrixRow } from '../../../shared/models/criteria';

/** A matrix row with its district-level unit's names joined in (they travel once per matrix). */
export interface GridRow extends MatrixRow {
  districtName: string;
  districtFullName: string;
  districtOrder: number;
  /** "Phú Hữu (huyện Châu Thành)", for messages. */
  label: string;
}

export type DistrictIndex = Map<number, CriteriaMatrix['districts'][number]>;

export const districtIndex = (m: CriteriaMatrix): DistrictIndex => new Map(m.districts.map((d) => [d.id, d]));

export function toGridRow(r: MatrixRow, districts: DistrictIndex): GridRow {
  const d = r.districtId === null ? undefined : districts.get(r.districtId);
  return {
    ...r,
    districtName: d?.name ?? '',
    districtFullName: d?.fullName ?? '',
    districtOrder: d?.order ?? 0,
    label: communeWithDistrict(r.name, d?.fullName ?? ''),
  };
}

export const criterionColId = (criterionId: number) => `c${criterionId}`;

export function criterionIdOf(colId: string): number | null {
  const m = /^c(\d+)$/.exec(colId);
  return m ? Number(m[1]) : null;
}
