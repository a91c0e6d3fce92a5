/**
 * A data file for another province (not the demo): the province and its 2025 units from the embedded
 * national list (the same GSO codes as the boundary files), the 2026–2030 criteria set, and made-up
 * but deterministic 2026 results, recognitions, commune groups and indicator values (three made-up
 * percent indicators per criterion, thresholds 90/80/70 by group), marked as sample rows. For map
 * tests and the bench. The criterion results are drawn on their own, not from the indicator values.
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
    const criterionIds = criteria.map(
      ({ indicators: _i, ...c }) =>
        tx
          .insert(schema.criteria)
          .values({ ...c, setId })
          .returning({ id: schema.criteria.id })
          .get().id,
    );
    const indicatorIds = criterionIds.flatMap((criterionId, k) =>
      [1, 2, 3].map((j) => {
        const id = tx
          .insert(schema.indicators)
          .values({
            criterionId,
            code: `${k + 1}.${j}`,
            name: `Chỉ tiêu mẫu ${k + 1}.${j}`,
            unit: '%',
            comparator: '>=',
            valueKind: 'percent',
            sortOrder: j,
          })
          .returning({ id: schema.indicators.id })
          .get().id;
        ['90', '80', '70'].forEach((value, g) =>
          tx
            .insert(schema.indicatorThresholds)
            .values({
              indicatorId: id,
              region: `nhom${g + 1}`,
              value: j === 3 && g === 2 ? '' : value,
              notApplicable: j === 3 && g === 2,
              source: 'mẫu',
            })
            .run(),
        );
        return id;
      }),
    );
    const valueRandom = rng(Number(code) * 104729);
    units.forEach((u, i) => {
      const kind = KIND[u.kind] ?? 'xa';
      const id = tx
        .insert(schema.adminUnits)
        .values({
          code: u.code,
          name: u.name,
          kind,
          level: 'commune',
          parentId: provinceId,
          validFrom: '2025-07-01',
          sortOrder: i + 1,
          searchKey: searchKey(`${KIND_LABEL[kind]} ${u.name}`),
        })
        .returning({ id: schema.adminUnits.id })
        .get().id;
      if (kind !== 'xa') return;
      xa++;
      // One xã in eight has no results yet: «chưa có số liệu» must show on the map.
      if (random() < 0.125) return;
      const level = random();
      const met = criterionIds.map(() => random() < 0.55 + level * 0.45);
      met.forEach((m, k) =>
        tx
          .insert(schema.criterionResults)
          .values({ communeId: id, criterionId: criterionIds[k]!, year, met: m, source: 'sample' })
          .run(),
      );
      tx.insert(schema.communeGroups)
        .values({
          communeId: id,
          groupNo: 1 + Math.floor(valueRandom() * 3),
          validFrom: `${year}-02-15`,
          decision: 'mẫu',
        })
        .run();
      const strength = valueRandom();
      for (const indicatorId of indicatorIds) {
        if (valueRandom() < 0.05) continue;
        const value = String(Math.round(50 + 50 * Math.min(1, strength * 0.6 + valueRandom() * 0.6)));
        tx.insert(schema.indicatorValues).values({ communeId: id, indicatorId, year, value, source: 'sample' }).run();
      }
      if (met.every(Boolean)) {
        tx.insert(schema.recognitions)
          .values({
            communeId: id,
            level: 'ntm',
            year,
            decisionNo: `${100 + i}/QĐ-UBND`,
            decisionDate: `${year}-11-20`,
            issuer: 'UBND tỉnh',
            criteriaSetId: setId,
            source: 'sample',
          })
          .run();
      }
    });
    tx.insert(schema.settings)
      .values({ key: 'planYear', value: JSON.stringify(year) })
      .run();
    tx.insert(schema.settings)
      .values({
        key: 'province',
        value: JSON.stringify({
          kind: 'province',
          code,
          name: province.name,
          fullName: province.fullName,
          withPre2025: false,
        }),
      })
      .run();
  });
  opened.close();
  return { dataDir, dbPath, units: units.length, xa };
}
