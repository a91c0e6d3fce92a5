/**
 * Fills a data file with one province's units from the embedded national lists: its commune-level
 * units from 1/7/2025 and, on request, the pre-2025 provinces it was formed from (districts and
 * communes) with the successions. Units are keyed by surrogate id and validity, never by bare code:
 * new units reused old codes. Bulk rows go through prepared statements (a province is ~1,000 rows,
 * all 34 about 35,000), inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import { searchKey } from '../../shared/format/text';
import { fullDistrictName, type UnitKind } from '../../shared/models/units';
import type { UnitLoadCounts } from '../../shared/models/setup';
import {
  findProvince,
  nationalUnits,
  pre2025Origin,
  type NationalProvince,
  type OldDistrictKind,
  type OldUnitKind,
  type UnitKind2025,
} from './national';

/** Old units end and new units start on this date (validTo is exclusive). */
export const REORGANISATION_DATE = '2025-07-01';
export const PROVINCE_MERGER_DECISION = 'NQ 202/2025/QH15';
export const UNIT_CODES_DECISION = 'QĐ 19/2025/QĐ-TTg';

const NEW_KIND: Record<UnitKind2025, UnitKind> = { xã: 'xa', phường: 'phuong', 'đặc khu': 'dac_khu' };
const OLD_KIND: Record<OldUnitKind, UnitKind> = { xã: 'xa', phường: 'phuong', 'thị trấn': 'thi_tran' };
const DISTRICT_KIND: Record<OldDistrictKind, UnitKind> = {
  huyện: 'huyen',
  'thị xã': 'thi_xa',
  'thành phố': 'thanh_pho',
  quận: 'quan',
};

export const provinceKind = (fullName: string): UnitKind => (/^thành phố/i.test(fullName) ? 'thanh_pho_tw' : 'tinh');

/** Parts the national data settled: one old unit, taken whole (or the unit was unchanged). */
const SETTLED_MATCHES = new Set(['one', 'one-by-district', 'unchanged']);

export interface ProvinceLoadResult extends UnitLoadCounts {
  province: NationalProvince;
  provinceId: number;
}

interface Statements {
  unit: Database.Statement;
  succession: Database.Statement;
  part: Database.Statement;
}

function statements(sqlite: Database.Database): Statements {
  return {
    unit: sqlite.prepare(
      `INSERT INTO admin_units (code, name, kind, level, parent_id, valid_from, valid_to, notes, search_key, sort_order, decision)
       VALUES (@code, @name, @kind, @level, @parentId, @validFrom, @validTo, @notes, @searchKey, @sortOrder, @decision)`,
    ),
    succession: sqlite.prepare(
      `INSERT INTO unit_successions (from_unit_id, to_unit_id, effective_date, decision, extent, part_id)
       VALUES (?, ?, '${REORGANISATION_DATE}', ?, ?, ?)`,
    ),
    part: sqlite.prepare(
      `INSERT INTO succession_parts (to_unit_id, composition_text, part, match, extent, status, candidate_ids, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

interface UnitRowIn {
  code: string | null;
  name: string;
  kind: UnitKind;
  level: 'province' | 'district' | 'commune';
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
  notes?: string;
  sortOrder: number;
  decision?: string;
}

function insertUnit(st: Statements, row: UnitRowIn): number {
  const info = st.unit.run({
    ...row,
    notes: row.notes ?? '',
    decision: row.decision ?? '',
    searchKey: searchKey(fullDistrictName(row.kind, row.name)),
  });
  return Number(info.lastInsertRowid);
}

/**
 * Loads a province into the open file; call inside a transaction. `sortBase` keeps several
 * provinces in one file (the bench) apart in sort order.
 */
export function loadProvinceUnits(
  sqlite: Database.Database,
  provinceCode: string,
  opts: { withPre2025: boolean; nationalDir?: string; sortBase?: number },
): ProvinceLoadResult {
  const province = findProvince(provinceCode, opts.nationalDir);
  if (!province) throw new Error(`Không có tỉnh/thành phố mã ${provinceCode} trong danh mục đơn vị hành chính.`);
  const data = nationalUnits(opts.nationalDir);
  const st = statements(sqlite);
  const base = opts.sortBase ?? 0;

  // The province from 1/7/2025 comes first, with no start date: it is the file's province at every date.
  const provinceId = insertUnit(st, {
    code: province.code,
    name: province.name,
    kind: provinceKind(province.fullName),
    level: 'province',
    parentId: null,
    validFrom: null,
    validTo: null,
    sortOrder: base + 1,
    decision: PROVINCE_MERGER_DECISION,
  });
  const newIds = new Map<string, number>();
  const counts = { xa: 0, phuong: 0, dacKhu: 0 };
  let order = 0;
  for (const u of data.units) {
    if (u.provinceCode !== province.code) continue;
    const kind = NEW_KIND[u.kind];
    if (kind === 'xa') counts.xa++;
    else if (kind === 'phuong') counts.phuong++;
    else counts.dacKhu++;
    newIds.set(
      u.code,
      insertUnit(st, {
        code: u.code,
        name: u.name,
        kind,
        level: 'commune',
        parentId: provinceId,
        validFrom: REORGANISATION_DATE,
        validTo: null,
        notes: `Mã ĐVHC theo ${UNIT_CODES_DECISION}.`,
        sortOrder: ++order,
        decision: UNIT_CODES_DECISION,
      }),
    );
  }
  const result: ProvinceLoadResult = {
    province,
    provinceId,
    units: newIds.size,
    ...counts,
    oldUnits: 0,
    oldDistricts: 0,
    successions: 0,
    pending: 0,
  };
  if (!opts.withPre2025) return result;

  const origin = pre2025Origin(province.code, opts.nationalDir);
  const oldIds = new Map<string, number>();
  const districtIds = new Map<string, number>();
  origin.provinces.forEach((p, i) => {
    const id = insertUnit(st, {
      code: p.code,
      name: p.fullName.replace(/^(Tỉnh|Thành phố)\s+/i, ''),
      kind: provinceKind(p.fullName),
      level: 'province',
      parentId: null,
      validFrom: null,
      validTo: REORGANISATION_DATE,
      sortOrder: base + 2 + i,
    });
    oldIds.set(`p${p.code}`, id);
    st.succession.run(id, provinceId, PROVINCE_MERGER_DECISION, 'whole', null);
    result.successions++;
  });
  origin.districts.forEach((d, i) => {
    districtIds.set(
      d.code,
      insertUnit(st, {
        code: d.code,
        name: d.name,
        kind: DISTRICT_KIND[d.kind],
        level: 'district',
        parentId: oldIds.get(`p${d.provinceCode}`) ?? null,
        validFrom: null,
        validTo: REORGANISATION_DATE,
        sortOrder: base + i + 1,
      }),
    );
  });
  let oldOrder = 0;
  for (const u of origin.units) {
    oldIds.set(
      u.code,
      insertUnit(st, {
        code: u.code,
        name: u.name,
        kind: OLD_KIND[u.kind],
        level: 'commune',
        parentId: districtIds.get(u.districtCode) ?? null,
        validFrom: null,
        validTo: REORGANISATION_DATE,
        sortOrder: ++oldOrder,
      }),
    );
  }
  result.oldUnits = origin.units.length;
  result.oldDistricts = origin.districts.length;

  let partOrder = 0;
  for (const s of data.successions) {
    if (s.provinceCode !== province.code) continue;
    const toId = newIds.get(s.newCode);
    if (toId === undefined) continue;
    const candidates = s.oldCodes.map((c) => oldIds.get(c)).filter((id): id is number => id !== undefined);
    const settled = SETTLED_MATCHES.has(s.match) && s.extent === 'whole' && candidates.length === 1;
    const partId = Number(
      st.part.run(
        toId,
        s.compositionText,
        s.part,
        s.match,
        s.extent,
        settled ? 'settled' : 'pending',
        JSON.stringify(candidates),
        ++partOrder,
      ).lastInsertRowid,
    );
    if (settled) {
      st.succession.run(candidates[0], toId, '', 'whole', partId);
      result.successions++;
    } else result.pending++;
  }
  return result;
}
