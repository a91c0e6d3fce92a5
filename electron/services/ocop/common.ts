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
import type { ProducerRecord, RegisterRaw } from '../../../db/repositories/ocop';
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

/** "1. Thực phẩm / 1.1 Nông sản tươi sống": the same few labels for thousands of products, built once each. */
const groupLabels = new Map<string, string>();
function fullGroupLabel(groupCode: string, subgroupCode: string): string {
  const key = `${groupCode}|${subgroupCode}`;
  let label = groupLabels.get(key);
  if (label === undefined) {
    label = [groupLabel(groupCode), subgroupLabel(groupCode, subgroupCode)].filter(Boolean).join(' / ');
    groupLabels.set(key, label);
  }
  return label;
}

/** Full unit names ("xã Tân Phú") by unit id, built once per list: thousands of products share a few units. */
export class UnitNameCache {
  private readonly names = new Map<number, string>();
  of(id: number | null, kind: string | null, name: string | null): string {
    if (id === null) return unitName(kind, name);
    let full = this.names.get(id);
    if (full === undefined) this.names.set(id, (full = unitName(kind, name)));
    return full;
  }
}

/** One register row from the listed product (db/repositories/ocop.ts registerRaw) and its status. */
export function productRow(
  r: RegisterRaw,
  names: UnitNameCache,
  status: OcopStatus,
  stars: number | null,
  expiryDate: string | null,
): ProductRow {
  const [id, producerId, name, groupCode, subgroupCode, communeId, districtId, notes, source, producerName] = r;
  return {
    id,
    producerId,
    producerName,
    name,
    groupCode,
    subgroupCode,
    groupLabel: fullGroupLabel(groupCode, subgroupCode),
    communeId,
    communeName: names.of(communeId, r[11], r[10]),
    districtId,
    districtName: names.of(districtId, r[13], r[12]),
    notes,
    source,
    status,
    statusLabel: OCOP_STATUS_LABEL[status],
    stars,
    expiryDate,
  };
}
