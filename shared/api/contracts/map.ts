import { z } from 'zod';
import { channel } from '../define';
import { id, year } from '../zod-blocks';
import type { MapCommuneCard, MapView } from '../../models/map';


export const mapContract = {
  /** The province's boundaries (2025 structure) as SVG paths with each unit's colour class and figure. */
  'map.province': channel(
    z
      .object({
        year,
        layer: z.enum(['ntm', 'ocop', 'funding'], 'Lớp bản đồ không hợp lệ').default('ntm'),
        metric: z.enum(['status', 'criteria', 'indicators'], 'Chỉ số bản đồ không hợp lệ').default('status'),
        stage: z.enum(['need', 'allocated', 'disbursed'], 'Giai đoạn vốn không hợp lệ').default('allocated'),
      })
      .strict(),
  ).returns<MapView>(),
  /** What a click on a unit opens: criteria, recognitions (own and inherited), former units, OCOP products. */
  'map.commune': channel(z.object({ unitId: id, year }).strict()).returns<MapCommuneCard>(),
};
