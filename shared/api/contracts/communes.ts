import { z } from 'zod';
import { channel } from '../define';
import { id, notes, search } from '../zod-blocks';
import type { CommuneRow } from '../../models/units';

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

export const communesContract = {
  'communes.list': channel(z.object({ search: search.optional(), districtId: id.optional() }).strict()).returns<
    CommuneRow[]
  >(),
  'communes.update': channel(communeUpdateInput).returns<CommuneRow>(),
};
