import { z } from 'zod';
import { channel, noInput } from '../define';
import { id, importFile, isoDate, notes, search, year } from '../zod-blocks';
import type { FilePayload } from '../../models/files';
import {
  COMMUNE_KINDS_2025,
  type DistrictRow,
  type UnitList,
  type UnitRow,
  type UnitsImportPreview,
  type UnitsImportResult,
} from '../../models/units';

const unitName = z
  .string()
  .trim()
  .min(1, 'Tên đơn vị không được để trống')
  .max(80, 'Tên đơn vị quá dài (tối đa 80 ký tự)')
  .refine((s) => !/[<>{}[\]\\|^~`$]/.test(s), 'Tên đơn vị có ký tự không hợp lệ')
  .refine((s) => /\p{L}/u.test(s), 'Tên đơn vị phải có chữ cái');
const decision = z
  .string()
  .trim()
  .min(1, 'Cần ghi văn bản quyết định (số hiệu)')
  .max(120, 'Số hiệu văn bản quá dài (tối đa 120 ký tự)');

export const unitsContract = {
  'units.districts': channel(noInput).returns<DistrictRow[]>(),
  /** Commune-level units in force at a date (default: 31/12 of the year, or of the plan year), every kind. */
  'units.list': channel(
    z.object({ date: isoDate('Ngày').optional(), year: year.optional(), search: search.optional() }).strict(),
  ).returns<UnitList>(),
  'units.add': channel(
    z
      .object({
        name: unitName,
        kind: z.enum(COMMUNE_KINDS_2025, 'Loại đơn vị phải là xã, phường hoặc đặc khu'),
        code: z
          .string()
          .trim()
          .regex(/^\d{5}$/, 'Mã đơn vị gồm 5 chữ số')
          .optional(),
        validFrom: isoDate('Ngày hiệu lực'),
        decision,
        notes: notes().optional(),
      })
      .strict(),
  ).returns<UnitRow>(),
  /** Renames a unit from a date: the name is kept in the audit with the deciding document. */
  'units.rename': channel(
    z.object({ id, name: unitName, effectiveDate: isoDate('Ngày hiệu lực'), decision }).strict(),
  ).returns<UnitRow>(),
  /** Ends a unit's validity (validTo exclusive = the first day it no longer exists). */
  'units.retire': channel(
    z.object({ id, validTo: isoDate('Ngày hết hiệu lực'), decision }).strict(),
  ).returns<UnitRow>(),
  /** Template/list of the units in force, as the import reads it (sheet «Đơn vị»). */
  'units.export': channel(z.object({ date: isoDate('Ngày').optional() }).strict()).returns<FilePayload>(),
  'units.importPreview': channel(importFile).returns<UnitsImportPreview>(),
  'units.importApply': channel(importFile).returns<UnitsImportResult>(),
};
