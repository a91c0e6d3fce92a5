/** The province's boundaries as SVG paths, projected once per file and kept for the app's lifetime. */
import type { ServiceContext } from '../context';
import { readProvinceTopology, SOURCE_GEO_DIR } from '../../../db/geo';
import { parseTopology, projectTopology, type ProjectedMap } from '../../domain/topojson';
import type { MapShapes } from '../../../shared/models/map';
import { AppError } from '../../../shared/errors';

/** Map width in SVG units; the height follows the province's shape. */
export const MAP_WIDTH = 1000;

const cache = new Map<string, ProjectedMap | null>();

/** The projected map of a province, or null when the app ships no boundary file for its code. */
export function provinceShapes(ctx: ServiceContext, provinceCode: string | null): ProjectedMap | null {
  if (!provinceCode) return null;
  const dir = ctx.geoDir ?? SOURCE_GEO_DIR;
  const key = `${dir}\u0000${provinceCode}`;
  if (!cache.has(key)) {
    const json = readProvinceTopology(dir, provinceCode);
    cache.set(key, json ? projectTopology(parseTopology(json), MAP_WIDTH) : null);
  }
  return cache.get(key) ?? null;
}

/** What `map.shapes` sends: the cached projection's paths (the renderer asks once per province). */
export function mapShapes(ctx: ServiceContext, provinceCode: string): MapShapes {
  const geo = provinceShapes(ctx, provinceCode);
  if (!geo) throw new AppError('NOT_FOUND', `Chưa có bản đồ ranh giới cho mã tỉnh, thành phố ${provinceCode}.`);
  return { provinceCode, width: geo.width, height: geo.height, shapes: geo.shapes };
}
