/**
 * The national lists of administrative units before and after the 1/7/2025 reorganisation, embedded
 * as gzip'd CSV (byte-for-byte the published tables, see README.md and the MIT licence beside them).
 * Loaded on demand and cached per folder. Names get one tone-mark convention (Hòa, Thủy: see
 * normalizeTone); the composition texts stay as published. A unit's identity is (code, validity), never the bare code:
 * GSO codes were reused by new units with a new meaning.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Where the embedded lists live in the source tree (the packaged app passes its own folder). */
export const SOURCE_NATIONAL_DIR = path.resolve(import.meta.dirname);

export type ProvinceKind2025 = 'tỉnh' | 'thành phố';
export type UnitKind2025 = 'xã' | 'phường' | 'đặc khu';
export type OldUnitKind = 'xã' | 'phường' | 'thị trấn';
export type OldDistrictKind = 'huyện' | 'thị xã' | 'thành phố' | 'quận';

export interface NationalProvince {
  code: string;
  /** "Cần Thơ" */
  name: string;
  /** "Thành phố Cần Thơ" */
  fullName: string;
  kind: ProvinceKind2025;
}

export interface NationalUnit {
  provinceCode: string;
  code: string;
  name: string;
  fullName: string;
  kind: UnitKind2025;
}

export interface NationalOldProvince {
  code: string;
  /** "Tỉnh Hậu Giang", as published. */
  fullName: string;
}

export interface NationalOldDistrict {
  provinceCode: string;
  code: string;
  name: string;
  kind: OldDistrictKind;
}

export interface NationalOldUnit {
  provinceCode: string;
  districtCode: string;
  code: string;
  name: string;
  fullName: string;
  kind: OldUnitKind;
}

/**
 * How a constituent named in a new unit's composition text matched the old list:
 * one = a single old unit; one-by-district = a reused name settled by the district of the other parts;
 * several = still ambiguous; none = not matched (mostly partial transfers); unchanged = "giữ nguyên".
 */
export type SuccessionMatch = 'one' | 'one-by-district' | 'several' | 'none' | 'unchanged';

export interface NationalSuccessionPart {
  provinceCode: string;
  newCode: string;
  newFullName: string;
  /** The published "trước sắp nhập" text of the new unit. */
  compositionText: string;
  /** The constituent as named in that text. */
  part: string;
  /** Old unit codes it matched (one for one / one-by-district, several for several, none for none). For unchanged: the new unit's own code. */
  oldCodes: string[];
  match: SuccessionMatch;
  /** partial = only part of the old unit's area/population went into the new unit. */
  extent: 'whole' | 'partial';
}

export interface NationalUnits {
  provinces: NationalProvince[];
  units: NationalUnit[];
  oldProvinces: NationalOldProvince[];
  oldDistricts: NationalOldDistrict[];
  oldUnits: NationalOldUnit[];
  successions: NationalSuccessionPart[];
}

/** Old-style tone marks on oa / oe / uy at a syllable's end → the style of the NQ texts: Hoà → Hòa, Thuỷ → Thủy. */
const TONE_SHIFT: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

const toneCache = new Map<string, string>();

/** Names are published in NFC; many repeat (district names on every row), so results are cached. */
export function normalizeTone(name: string): string {
  let out = toneCache.get(name);
  if (out === undefined) {
    out = shiftTone(name);
    toneCache.set(name, out);
  }
  return out;
}

function shiftTone(name: string): string {
  return name.replace(/([qQ]?)([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})/gu, (m, q: string, v: string, t: string) => {
    // "quý": after q the u is part of the consonant, the mark stays on y.
    if (q && (v === 'u' || v === 'U')) return m;
    const shifted = TONE_SHIFT[`${v.toLowerCase()}${t}`];
    if (!shifted) return m;
    const first = v === v.toUpperCase() ? shifted.charAt(0).toUpperCase() : shifted.charAt(0);
    return `${q}${first}${shifted.slice(1)}`;
  });
}

/** Minimal RFC 4180 reader: quoted fields with commas, doubled quotes; no line breaks inside fields. */
export function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => (line.includes('"') ? parseQuotedLine(line) : line.split(',')));
}

function parseQuotedLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new Error('Danh mục đơn vị hành chính: dấu ngoặc kép không đóng.');
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fields.push(value);
      i++; // the comma after the closing quote
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

/** Rows of one embedded table as objects keyed by its header, checking the header is what we expect. */
function readTable<K extends string>(dir: string, file: string, columns: readonly K[]): Record<K, string>[] {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.csv.gz`))).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== columns.join(',')) {
    throw new Error(`Danh mục đơn vị hành chính: tệp ${file} không đúng cấu trúc (cột: ${header?.join(', ') ?? 'trống'}).`);
  }
  return rows
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])) as Record<K, string>);
}

const readProvinces = (dir: string): NationalProvince[] =>
  readTable(dir, 'provinces-2025', ['province_code', 'name', 'full_name', 'kind'] as const).map(
    (r): NationalProvince => ({ code: r.province_code, name: normalizeTone(r.name), fullName: normalizeTone(r.full_name), kind: r.kind as ProvinceKind2025 }),
  );

function load(dir: string): NationalUnits {
  const provinces = provinceCache.get(dir) ?? readProvinces(dir);
  const units = readTable(dir, 'units-2025', ['province_code', 'unit_code', 'name', 'full_name', 'kind'] as const).map(
    (r): NationalUnit => ({
      provinceCode: r.province_code,
      code: r.unit_code,
      name: normalizeTone(r.name),
      // One row is published lower-case ("xã Bắc Sơn"); names are capitalised everywhere else.
      fullName: normalizeTone(r.full_name.charAt(0).toUpperCase() + r.full_name.slice(1)),
      kind: r.kind as UnitKind2025,
    }),
  );
  const old = readTable(dir, 'units-pre2025', [
    'province_code',
    'province_name',
    'district_code',
    'district_name',
    'district_kind',
    'unit_code',
    'name',
    'full_name',
    'kind',
  ] as const);
  const oldProvinces = new Map<string, NationalOldProvince>();
  const oldDistricts = new Map<string, NationalOldDistrict>();
  const oldUnits: NationalOldUnit[] = [];
  for (const r of old) {
    if (!oldProvinces.has(r.province_code)) oldProvinces.set(r.province_code, { code: r.province_code, fullName: normalizeTone(r.province_name) });
    if (!oldDistricts.has(r.district_code)) {
      oldDistricts.set(r.district_code, {
        provinceCode: r.province_code,
        code: r.district_code,
        name: normalizeTone(r.district_name),
        kind: r.district_kind as OldDistrictKind,
      });
    }
    oldUnits.push({
      provinceCode: r.province_code,
      districtCode: r.district_code,
      code: r.unit_code,
      name: normalizeTone(r.name),
      fullName: normalizeTone(r.full_name),
      kind: r.kind as OldUnitKind,
    });
  }
  const successions = readTable(dir, 'succession-2025', [
    'new_province_code',
    'new_unit_code',
    'new_full_name',
    'composition_text',
    'part',
    'old_unit_codes',
    'match',
  ] as const).map((r): NationalSuccessionPart => {
    const [match, extent] = r.match.split('/');
    const oldCodes = r.old_unit_codes.split(' ').filter(Boolean);
    return {
      provinceCode: r.new_province_code,
      newCode: r.new_unit_code,
      newFullName: normalizeTone(r.new_full_name),
      compositionText: r.composition_text,
      part: r.part,
      oldCodes: match === 'unchanged' ? [r.new_unit_code] : oldCodes,
      match: match as SuccessionMatch,
      extent: extent === 'partial' ? 'partial' : 'whole',
    };
  });
  return { provinces, units, oldProvinces: [...oldProvinces.values()], oldDistricts: [...oldDistricts.values()], oldUnits, successions };
}

const cache = new Map<string, NationalUnits>();
const provinceCache = new Map<string, NationalProvince[]>();

/** All embedded lists (parsed once per folder, about 30 ms). */
export function nationalUnits(dir: string = SOURCE_NATIONAL_DIR): NationalUnits {
  let data = cache.get(dir);
  if (!data) {
    data = load(dir);
    cache.set(dir, data);
  }
  return data;
}

/** The 34 provinces and centrally-run cities from 1/7/2025, in the published order. */
export function listProvinces(dir: string = SOURCE_NATIONAL_DIR): NationalProvince[] {
  let provinces = provinceCache.get(dir);
  if (!provinces) {
    provinces = readProvinces(dir);
    provinceCache.set(dir, provinces);
  }
  return provinces;
}

export function findProvince(code: string, dir?: string): NationalProvince | undefined {
  return listProvinces(dir).find((p) => p.code === code);
}

/** The commune-level units (xã, phường, đặc khu) of a province from 1/7/2025. */
export function unitsOfProvince(provinceCode: string, dir?: string): NationalUnit[] {
  return nationalUnits(dir).units.filter((u) => u.provinceCode === provinceCode);
}

/** What a 2025 province was formed from: the pre-2025 provinces, their district-level units and commune-level units. */
export interface Pre2025Origin {
  provinces: NationalOldProvince[];
  districts: NationalOldDistrict[];
  units: NationalOldUnit[];
}

/**
 * The pre-2025 provinces a 2025 province was formed from (every old province whose units its new
 * units name; each old province went whole into one new province), with all their units.
 */
export function pre2025Origin(provinceCode: string, dir?: string): Pre2025Origin {
  const data = nationalUnits(dir);
  const byCode = new Map(data.oldUnits.map((u) => [u.code, u]));
  const codes = new Set<string>();
  for (const s of data.successions) {
    if (s.provinceCode !== provinceCode) continue;
    for (const c of s.oldCodes) {
      const old = byCode.get(c);
      if (old) codes.add(old.provinceCode);
    }
  }
  return {
    provinces: data.oldProvinces.filter((p) => codes.has(p.code)),
    districts: data.oldDistricts.filter((d) => codes.has(d.provinceCode)),
    units: data.oldUnits.filter((u) => codes.has(u.provinceCode)),
  };
}
