import type { HandlersOf } from '../handler';
import { mapView } from './view';
import { communeCard } from './card';

export const mapHandlers: HandlersOf<'map'> = {
  'map.province': (ctx, input) => mapView(ctx, input),
  'map.commune': (ctx, { unitId, year }) => communeCard(ctx, unitId, year),
};
