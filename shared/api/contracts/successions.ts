import { z } from 'zod';
import { channel, noInput } from '../define';
import { id } from '../zod-blocks';
import type { PendingSuccession, UnitSuccessionView } from '../../models/successions';

export const successionsContract = {
  /** A new unit: the old units it was formed from and their history; an old unit: where it went. */
  'successions.forUnit': channel(z.object({ unitId: id }).strict()).returns<UnitSuccessionView>(),
  /** Parts of new units the national data could not settle («cần xác nhận»); settled ones too with all: true. */
  'successions.pending': channel(z.object({ all: z.boolean().optional() }).strict()).returns<PendingSuccession[]>(),
  /** Settles one part: the old units it stands for (empty = none corresponds). Audited; can be settled again. */
  'successions.settle': channel(
    z
      .object({
        id,
        oldUnitIds: z.array(id).max(50, 'Chọn tối đa 50 đơn vị cũ'),
        extent: z.enum(['whole', 'partial']).optional(),
        note: z.string().trim().max(500, 'Ghi chú quá dài (tối đa 500 ký tự)').optional(),
      })
      .strict(),
  ).returns<PendingSuccession>(),
  /** Number still «cần xác nhận» (sidebar badge). */
  'successions.pendingCount': channel(noInput).returns<number>(),
};
