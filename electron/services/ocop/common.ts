/** Helpers the OCOP services share: units, versions, row mapping. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { planYear } from '../data-file';
import { getUnit } from '../../../db/repositories/units';
import { listCommuneLevelUnits, listVersions } from '../../../db/repositories/ocop';
import { listDistrictUnits } from '../../../db/repositories/units';
import { getSetting } from '../../../db/repositories/settings';
import { groupLabel, subgroupLabel } from '../../../shared/domain/ocop-groups';
import { DEFAULT_DOSSIER_TYPES, DOSSIER_SETTING_KEY } from '../../../shared/domain/ocop-dossier';
import {
  OCOP_STATUS_LABEL,
  PRODUCER_KIND_LABEL,
  type CriteriaVersionRow,
  type DossierDocType,
  type OcopStatus,
  type ProducerKind,
  type ProducerRow,
  type ProductRow,
  type UnitOption,
} from '../../../shared/models/ocop';
import type { ProducerRecord, ProductRecord } from '../../../db/repositories/ocop';
import { unitName } from '../../../shared/models/units';
import { yearEnd } from '../../../shared/format/date';

export function versions(ctx: ServiceContext): CriteriaVersionRow[] {
  return listVersions(ctx.db).map((v) => ({ ...v }));
}

export function docTypes(ctx: ServiceContext): DossierDocType[] {
  return getSetting<DossierDocType[]>(ctx.db, DOSSIER_SETTING_KEY, DEFAULT_DOSSIER_TYPES);
}

export function unitOptions(ctx: ServiceContext): { districts: UnitOption[]; communes: UnitOption[] } {
  const at = yearEnd(planYear(ctx));
  return {
    districts: listDistrictUnits(ctx.db, at).map((d) => ({
      id: d.id,
      label: unitName(d.kind, d.name),
      parentId: null,
    })),
    communes: listCommuneLevelUnits(ctx.db, at).map((c) => ({
      id: c.id,
      label: unitName(c.kind, c.name),
      parentId: c.parentId,
    })),
  };
}

/**
 * Checks the commune and district-level unit a person chose and fills the district from the
 * commune; refuses a commune of another district.
 */
export function resolveUnits(
  ctx: ServiceContext,
  communeId: number | null | undefined,
  districtId: number | null | undefined,
) {
  let district = districtId ?? null;
  if (district !== null) {
    const d = getUnit(ctx.db, district);
    if (!d || d.level !== 'district') throw new AppError('VALIDATION', 'Đơn vị cấp huyện đã chọn không tồn tại.');
  }
  if (communeId === null || communeId === undefined) return { communeId: null, districtId: district };
  const c = getUnit(ctx.db, communeId);
  if (!c || c.level !== 'commune') throw new AppError('VALIDATION', 'Xã (phường, thị trấn) đã chọn không tồn tại.');
  if (district !== null && c.parentId !== district) {
    const d = getUnit(ctx.db, district)!;
    throw new AppError('VALIDATION', `${unitName(c.kind, c.name)} không thuộc ${unitName(d.kind, d.name)}.`);
  }
  district = c.parentId;
  return { communeId, districtId: district };
}

interface UnitNames {
  communeName: string | null;
  communeKind: string | null;
  districtName: string | null;
  districtKind: string | null;
}

export function producerRow(p: ProducerRecord, u: UnitNames & { productCount: number }): ProducerRow {
  const kind = p.kind as ProducerKind;
  return {
    id: p.id,
    name: p.name,
    kind,
    kindLabel: PRODUCER_KIND_LABEL[kind] ?? p.kind,
    address: p.address,
    communeId: p.communeId,
    communeName: unitName(u.communeKind, u.communeName),
    districtId: p.districtId,
    districtName: unitName(u.districtKind, u.districtName),
    representative: p.representative,
    phone: p.phone,
    taxCode: p.taxCode,
    notes: p.notes,
    source: p.source,
    productCount: Number(u.productCount),
  };
}

export function productRow(
  p: ProductRecord,
  u: UnitNames & { producerName: string },
  status: OcopStatus,
  stars: number | null,
  expiryDate: string | null,
): ProductRow {
  const sub = subgroupLabel(p.groupCode, p.subgroupCode);
  return {
    id: p.id,
    producerId: p.producerId,
    producerName: u.producerName,
    name: p.name,
    groupCode: p.groupCode,
    subgroupCode: p.subgroupCode,
    groupLabel: [groupLabel(p.groupCode), sub].filter(Boolean).join(' / '),
    communeId: p.communeId,
    communeName: unitName(u.communeKind, u.communeName),
    districtId: p.districtId,
    districtName: unitName(u.districtKind, u.districtName),
    notes: p.notes,
    source: p.source,
    status,
    statusLabel: OCOP_STATUS_LABEL[status],
    stars,
    expiryDate,
  };
}
