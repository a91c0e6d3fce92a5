/**
 * A data file for another province (not the demo): the province and its 2025 units from the embedded
 * national list (the same GSO codes as the boundary files), the 2026–2030 criteria set, and made-up
 * but deterministic 2026 results and recognitions, marked as sample rows. For map tests and the bench.
 */
import path from 'node:path';
import { openDb } from '../../db/open';
import * as schema from '../../db/schema';
import { criteriaSets } from '../../db/seed/data/criteria';
import { findProvince, unitsOfProvince } from '../../db/seed/national';
import { searchKey } from '../../shared/format/text';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { tempDataDir } from './temp';

const KIND: Record<string, string> = { xã: 'xa', phường: 'phuong', 'đặc khu': 'dac_khu' };
const KIND_LABEL: Record<string, string> = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu' };

/** A small deterministic generator, so the pictures are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export interface ProvinceFile {
  dataDir: string;
  dbPath: string;
  units: number;
  xa: number;
}

/** Writes the province's data file into a fresh folder (the app then opens it without seeding the demo). */
export async function provinceDataFile(code: string, year = 2026, dataDir = tempDataDir()): Promise<ProvinceFile> {
  const province = findProvince(code);
  if (!province) throw new Error(`No province ${code}`);
  const units = unitsOfProvince(code);
  const dbPath = path.join(dataDir, 'ntm-office.db');
  const opened = await openDb(dbPath, SOURCE_MIGRATIONS_DIR);
  const random = rng(Number(code) * 7919);
  let xa = 0;
  opened.db.transaction((tx) => {
    const provinceId = tx
      .insert(schema.adminUnits)
      .values({
        code,
        name: province.name,
        kind: province.kind === 'tỉnh' ? 'tinh' : 'thanh_pho_tw',
        level: 'province',
        validFrom: '2025-07-01',
        searchKey: searchKey(province.fullName),
      })
      .returning({ id: schema.adminUnits.id })
      .get().id;
    const set = criteriaSets.find((s) => s.yearFrom <= year && s.yearTo >= year)!;
    const { criteria, ...setRow } = set;
    const setId = tx.insert(schema.criteriaSets).values(setRow).returning({ id: schema.criteriaSets.id }).get().id;
    const criterionIds = criteria.map(({ indicators: _i, ...c }) => tx.insert(schema.criteria).values({ ...c, setId }).returning({ id: schema.criteria.id }).get().id);
    units.forEach((u, i) => {
      const kind = KIND[u.kind] ?? 'xa';
      const id = tx
        .insert(schema.adminUnits)
        .values({ code: u.code, name: u.name, kind, level: 'commune', parentId: provinceId, validFrom: '2025-07-01', sortOrder: i + 1, searchKey: searchKey(`${KIND_LABEL[kind]} ${u.name}`) })
        .returning({ id: schema.adminUnits.id })
        .get().id;
      if (kind !== 'xa') return;
      xa++;
      // One xã in eight has no results yet: «chưa có số liệu» must show on the map.
      if (random() < 0.125) return;
      const level = random();
      const met = criterionIds.map(() => random() < 0.55 + level * 0.45);
      met.forEach((m, k) => tx.insert(schema.criterionResults).values({ communeId: id, criterionId: criterionIds[k]!, year, met: m, source: 'sample' }).run());
      if (met.every(Boolean)) {
        tx.insert(schema.recognitions).values({ communeId: id, level: 'ntm', year, decisionNo: `${100 + i}/QĐ-UBND`, decisionDate: `${year}-11-20`, issuer: 'UBND tỉnh', criteriaSetId: setId, source: 'sample' }).run();
      }
    });
    tx.insert(schema.settings).values({ key: 'planYear', value: JSON.stringify(year) }).run();
  });
  opened.close();
  return { dataDir, dbPath, units: units.length, xa };
}
