/**
 * A TopoJSON topology (quantized, delta-encoded arcs) turned into SVG path strings: the only thing the
 * map needs from it. Projection: equirectangular with the longitude scaled by cos(mid-latitude), exact
 * enough for one province (a few hundred km) and a tenth of the code of a general projection library.
 */

export interface TopoProperties {
  code?: string;
  name?: string;
}

export type TopoGeometry =
  | { type: 'Polygon'; arcs: number[][]; properties?: TopoProperties }
  | { type: 'MultiPolygon'; arcs: number[][][]; properties?: TopoProperties }
  | { type: null; properties?: TopoProperties };

export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}

export interface ProjectedShape {
  code: string;
  name: string;
  /** SVG path data in the map's own coordinates (0..width, 0..height). */
  d: string;
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: ProjectedShape[];
}

/** Decodes every arc to longitude/latitude pairs (flat arrays: lon0, lat0, lon1, lat1, …). */
/** The topology in a boundary file's text (files the app ships in db/geo; their shape is trusted, not checked). */
export const parseTopology = (json: string): Topology => JSON.parse(json) as Topology;

function decodeArcs(topo: Topology): Float64Array[] {
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  const quantized = Boolean(topo.transform);
  return topo.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i++) {
      const p = arc[i]!;
      if (quantized) {
        x += p[0];
        y += p[1];
      } else {
        x = p[0];
        y = p[1];
      }
      out[i * 2] = x * sx + tx;
      out[i * 2 + 1] = y * sy + ty;
    }
    return out;
  });
}

/** The polygons of a geometry as lists of rings, each ring a list of arc indexes (~i = reversed). */
function polygonsOf(g: TopoGeometry): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

/**
 * Projects one object of the topology (default `units`) to fit `width` map units across, keeping
 * the aspect; coordinates are rounded to 0.1 (a tenth of a pixel at 1:1).
 */
export function projectTopology(topo: Topology, width = 1000, objectName = 'units'): ProjectedMap {
  const object = topo.objects[objectName];
  if (!object) throw new Error(`TopoJSON: không có đối tượng «${objectName}».`);
  const arcs = decodeArcs(topo);
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const a of arcs) {
    for (let i = 0; i < a.length; i += 2) {
      const lon = a[i]!;
      const lat = a[i + 1]!;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  if (!Number.isFinite(minLon)) return { width, height: 0, shapes: [] };
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const scale = width / spanX;
  const height = Math.round((maxLat - minLat) * scale * 10) / 10;
  const r = (v: number) => Math.round(v * 10) / 10;
  // Each arc's points as "x,y" strings, computed once: neighbouring units share their arcs.
  const points = arcs.map((a) => {
    const out: string[] = new Array<string>(a.length / 2);
    for (let i = 0; i < a.length; i += 2)
      out[i / 2] = `${r((a[i]! - minLon) * k * scale)},${r((maxLat - a[i + 1]!) * scale)}`;
    return out;
  });
  const ring = (indexes: number[]): string => {
    const parts: string[] = [];
    indexes.forEach((ix, n) => {
      const pts = ix >= 0 ? points[ix]! : [...points[~ix]!].reverse();
      for (let i = n === 0 ? 0 : 1; i < pts.length; i++) parts.push(pts[i]!);
    });
    return parts.length ? `M${parts.join('L')}Z` : '';
  };
  const shapes = object.geometries.map((g) => ({
    code: String(g.properties?.code ?? ''),
    name: String(g.properties?.name ?? ''),
    d: polygonsOf(g)
      .flatMap((poly) => poly.map(ring))
      .join(''),
  }));
  return { width, height, shapes };
}
