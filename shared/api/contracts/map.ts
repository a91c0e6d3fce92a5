import { z } from 'zod';
import { channel } from '../define';
import { id, year } from '../zod-blocks';
import type { MapCommuneCard, MapShapes, MapView } from '../../models/map';

export const mapContract = {
  /** The province's boundaries (2025 structure): one SVG path per unit, projected once per file. */
  'map.shapes': channel(
    z.object({ provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh, thành phố phải có 2 chữ số') }).strict(),
  ).returns<MapShapes>(),
  /** Each unit's colour class and figure for a year and layer (the shapes come once from `map.shapes`). */
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
