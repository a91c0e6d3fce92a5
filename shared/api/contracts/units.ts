import { z } from 'zod';
import { channel, noInput } from '../define';
import { id, importFile, isoDate, notes, search, year } from '../zod-blocks';
import type { FilePayload } from '../../models/files';
import { COMMUNE_KINDS_2025, type CommuneRow, type DashboardSummary, type DistrictRow, type SystemInfo, type UnitList, type UnitRow, type UnitsImportPreview, type UnitsImportResult } from '../../models/units';


export const communeUpdateInput = z
  .object({
    id,
    name: z
      .string()
      .trim()
      .min(1, 'Tên xã không được để trống')
      .max(80, 'Tên xã quá dài (tối đa 80 ký tự)')
      .refine((s) => !/[<>{}[\]\\|^~`$]/.test(s), 'Tên xã có ký tự không hợp lệ')
      .refine((s) => /\p{L}/u.test(s), 'Tên xã phải có chữ cái')
      .optional(),
    notes: notes().optional(),
  })
  .strict();

const unitName = z
  .string()
  .trim()
  .min(1, 'Tên đơn vị không được để trống')
  .max(80, 'Tên đơn vị quá dài (tối đa 80 ký tự)')
  .refine((s) => !/[<>{}[\]\\|^~`$]/.test(s), 'Tên đơn vị có ký tự không hợp lệ')
  .refine((s) => /\p{L}/u.test(s), 'Tên đơn vị phải có chữ cái');
const decision = z.string().trim().min(1, 'Cần ghi văn bản quyết định (số hiệu)').max(120, 'Số hiệu văn bản quá dài (tối đa 120 ký tự)');

export const unitsContract = {
  'system.info': channel(noInput).returns<SystemInfo>(),
  'units.districts': channel(noInput).returns<DistrictRow[]>(),
  'communes.list': channel(
    z.object({ search: search.optional(), districtId: id.optional() }).strict(),
  ).returns<CommuneRow[]>(),
  'communes.update': channel(communeUpdateInput).returns<CommuneRow>(),
  /** grouping defaults to 'none' from 1/7/2025 (the province's list of xã) and 'district' before. */
  'dashboard.summary': channel(
    z.object({ year, grouping: z.enum(['none', 'district', 'origin-district', 'origin-province']).optional() }).strict(),
  ).returns<DashboardSummary>(),
  /** Commune-level units in force at a date (default: 31/12 of the year, or of the plan year), every kind. */
  'units.list': channel(
    z.object({ date: isoDate('Ngày').optional(), year: year.optional(), search: search.optional() }).strict(),
  ).returns<UnitList>(),
  'units.add': channel(
    z
      .object({
        name: unitName,
        kind: z.enum(COMMUNE_KINDS_2025, 'Loại đơn vị phải là xã, phường hoặc đặc khu'),
        code: z.string().trim().regex(/^\d{5}$/, 'Mã đơn vị gồm 5 chữ số').optional(),
        validFrom: isoDate('Ngày hiệu lực'),
        decision,
        notes: notes().optional(),
      })
      .strict(),
  ).returns<UnitRow>(),
  /** Renames a unit from a date: the name is kept in the audit with the deciding document. */
  'units.rename': channel(z.object({ id, name: unitName, effectiveDate: isoDate('Ngày hiệu lực'), decision }).strict()).returns<UnitRow>(),
  /** Ends a unit's validity (validTo exclusive = the first day it no longer exists). */
  'units.retire': channel(z.object({ id, validTo: isoDate('Ngày hết hiệu lực'), decision }).strict()).returns<UnitRow>(),
  /** Template/list of the units in force, as the import reads it (sheet «Đơn vị»). */
  'units.exportExcel': channel(z.object({ date: isoDate('Ngày').optional() }).strict()).returns<FilePayload>(),
  'units.importPreview': channel(importFile).returns<UnitsImportPreview>(),
  'units.importApply': channel(importFile).returns<UnitsImportResult>(),
};
