/**
 * Boundaries of the 2025 commune-level units, one gzip'd TopoJSON file per province (see README.md and
 * the MIT licence beside them). Read on demand by province code; nothing here knows about the map.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Where the files live in the source tree (the packaged app passes its own folder). */
export const SOURCE_GEO_DIR = path.resolve(import.meta.dirname);

/** The province's TopoJSON text (parse it with `parseTopology`), or null when the app ships no boundaries for that code. */
export function readProvinceTopology(dir: string, provinceCode: string): string | null {
  if (!/^\d{2}$/.test(provinceCode)) return null;
  const file = path.join(dir, `${provinceCode}.topo.json.gz`);
  if (!fs.existsSync(file)) return null;
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
}
