import { z } from 'zod';
import { channel, noInput } from '../define';
import type { CommuneRow, DashboardSummary, DistrictRow, SystemInfo } from '../../models/units';

const id = z.number().int().positive();
const year = z.number().int().min(2000, 'Năm phải từ 2000 trở đi').max(2100, 'Năm không hợp lệ');

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
    notes: z.string().max(2000, 'Ghi chú quá dài (tối đa 2.000 ký tự)').optional(),
  })
  .strict();

export const unitsContract = {
  'system.info': channel(noInput).returns<SystemInfo>(),
  'units.districts': channel(noInput).returns<DistrictRow[]>(),
  'communes.list': channel(
    z.object({ search: z.string().max(100).optional(), districtId: id.optional() }).strict(),
  ).returns<CommuneRow[]>(),
  'communes.update': channel(communeUpdateInput).returns<CommuneRow>(),
  'dashboard.summary': channel(z.object({ year }).strict()).returns<DashboardSummary>(),
};
