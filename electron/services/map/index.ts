import type { HandlersOf } from '../handler';
import { mapView } from './view';
import { communeCard } from './card';
import { mapShapes } from './geometry';

export const mapHandlers: HandlersOf<'map'> = {
  'map.shapes': (ctx, { provinceCode }) => mapShapes(ctx, provinceCode),
  'map.province': (ctx, input) => mapView(ctx, input),
  'map.commune': (ctx, { unitId, year }) => communeCard(ctx, unitId, year),
};
