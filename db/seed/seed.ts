/**
 * Loads the embedded default dataset (db/seed/data/*) into an empty database.
 * Everything runs in one synchronous transaction, so a failure leaves the database empty.
 * References are resolved by natural keys (GSO codes, (district code, commune name), codes of
 * criteria sets and funding sources), never by assumed ids.
 */

import type { RunResult } from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema';
import { searchKey } from '../../shared/format/text';
import { workKey } from '../repositories/funding';
import { addMonths } from '../../shared/format/date';
import {
  canTho,
  districts,
  hauGiang,
  newUnits2025,
  PROVINCE_MERGER_DECISION,
  REGION,
  REORG_DATE,
  REORG_DECISION,
  unitKindLabels,
  type UnitKind,
} from './data/units';
import { criteriaSets } from './data/criteria';
import {
  communeTargets,
  criteriaGaps,
  provinceTargets,
  recognitions,
  sampleResultCriteriaSet,
  sampleResultYears,
  type CommuneRef,
} from './data/sample-results';
import { fundingSources, provinceAmounts, works, worksNeedYear } from './data/funding';
import {
  ocopProducers,
  ocopProducts,
  ocopRounds,
  ocopTargets,
  ocopVersion2021,
  ocopVersions,
  producerKind,
} from './data/ocop';
import { defaultSettings } from './data/settings';
import { unitsOfProvince } from './national';
import { DEMO_PROVINCE } from './demo';
import { proposedSettings } from './province-settings';
import { pointsHundredths, thousandVnd, type PointsHundredths } from '../../shared/models/units-of-measure';

type Db = BetterSQLite3Database<typeof schema>;
/** The database or a transaction on it. */
export type Q = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

/** Ids of the units the other tables refer to. */
interface UnitIndex {
  provinceId: number;
  /** Pre-2025 units by GSO code (province, districts, communes). */
  byCode: Map<string, number>;
  /** Pre-2025 commune-level units by "district code/name". */
  byDistrictAndName: Map<string, number>;
  /** The 51 xã, the NTM denominator. */
  xaIds: number[];
}

/** True once the default data (or anything else) is in: the unit tree is never empty after seeding. */
export function isSeeded(db: Db | Q): boolean {
  return db.select({ id: schema.adminUnits.id }).from(schema.adminUnits).limit(1).get() !== undefined;
}

/** Seeds an empty database; on a database that already has data it does nothing. */
export function seedDefaultData(db: Db, nationalDir?: string): void {
  db.transaction((tx) => {
    if (isSeeded(tx)) return;
    const units = seedUnits(tx, nationalDir);
    seedNtmStatus(tx, units, seedCriteria(tx));
    seedFunding(tx, units);
    seedOcop(tx, units);
    // Today the office is the merged city's; its Hậu Giang settings head every document dated before 1/7/2025.
    const today = proposedSettings(
      { code: DEMO_PROVINCE.code, name: DEMO_PROVINCE.name, fullName: DEMO_PROVINCE.fullName, kind: 'thành phố' },
      defaultSettings.planYear,
      true,
    );
    const officeHistory = [
      {
        until: REORG_DATE,
        agency: defaultSettings.agency,
        signer: defaultSettings.signer,
        recipients: defaultSettings.recipients,
      },
    ];
    const demoSettings = {
      agency: today.agency,
      signer: today.signer,
      recipients: today.recipients,
      planYear: defaultSettings.planYear,
      officeHistory,
      province: DEMO_PROVINCE,
    };
    for (const [key, value] of Object.entries(demoSettings)) {
      tx.insert(schema.settings)
        .values({ key, value: JSON.stringify(value) })
        .run();
    }
  });
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Dữ liệu mặc định: không tìm thấy ${what}`);
  return value;
}

const communeKey = (district: string, name: string): string => `${district}/${name}`;

function communeId(units: UnitIndex, ref: CommuneRef): number {
  const id = units.byDistrictAndName.get(communeKey(ref.district, ref.commune));
  return must(id, `xã ${ref.commune} (${ref.district})`);
}

function unitId(units: UnitIndex, code: string | null): number | null {
  return code === null ? null : must(units.byCode.get(code), `đơn vị mã ${code}`);
}

function seedUnits(tx: Q, nationalDir?: string): UnitIndex {
  const t = schema.adminUnits;
  const insert = (row: typeof t.$inferInsert & { kind: UnitKind }): number =>
    tx
      .insert(t)
      .values({ ...row, searchKey: searchKey(`${unitKindLabels[row.kind]} ${row.name}`) })
      .returning({ id: t.id })
      .get().id;
  const province = (p: typeof hauGiang, sortOrder: number): number =>
    insert({ ...p, level: 'province', region: REGION, sortOrder });

  // 2022 structure first, so ids follow history.
  const provinceId = province(hauGiang, 1);
  const index: UnitIndex = {
    provinceId,
    byCode: new Map([[hauGiang.code, provinceId]]),
    byDistrictAndName: new Map(),
    xaIds: [],
  };
  const successions: { fromUnitId: number; newCode: string }[] = [];
  districts.forEach((d, di) => {
    const districtId = insert({
      code: d.code,
      name: d.name,
      kind: d.kind,
      level: 'district',
      parentId: provinceId,
      validTo: REORG_DATE,
      notes: d.notes ?? '',
      sortOrder: di + 1,
    });
    index.byCode.set(d.code, districtId);
    d.communes.forEach((c, ci) => {
      const id = insert({
        code: c.code,
        name: c.name,
        kind: c.kind,
        level: 'commune',
        parentId: districtId,
        validFrom: c.validFrom ?? null,
        validTo: REORG_DATE,
        region: c.kind === 'xa' ? REGION : null,
        notes: c.notes ?? '',
        sortOrder: ci + 1,
      });
      index.byCode.set(c.code, id);
      index.byDistrictAndName.set(communeKey(d.code, c.name), id);
      if (c.kind === 'xa') index.xaIds.push(id);
      successions.push({ fromUnitId: id, newCode: c.mergedInto });
    });
  });

  // From 01/07/2025: Cần Thơ and its 28 units from former Hậu Giang. Their GSO codes reuse old
  // units' codes, so codes are unique per validity start (code, valid_from), not alone.
  const canThoId = province(canTho, 2);
  const newIds = new Map<string, number>();
  const demoNew = new Map(newUnits2025.map((u) => [u.newCode, u]));
  // All 103 units of the new city, in the national list's order; the 28 of former Hậu Giang carry the
  // demo's history, the others (former Cần Thơ and Sóc Trăng) start with none.
  const national = unitsOfProvince(canTho.code, nationalDir);
  if (newUnits2025.some((u) => !national.some((n) => n.code === u.newCode)))
    throw new Error('Dữ liệu mặc định: đơn vị mới không có trong danh mục quốc gia');
  national.forEach((n, i) => {
    const u = demoNew.get(n.code);
    const kind: UnitKind = n.kind === 'phường' ? 'phuong' : 'xa'; // Cần Thơ has no đặc khu.
    const id = insert({
      name: u?.name ?? n.name,
      kind: u?.kind ?? kind,
      level: 'commune',
      parentId: canThoId,
      validFrom: REORG_DATE,
      code: n.code,
      region: (u?.kind ?? kind) === 'xa' ? REGION : null,
      notes: u
        ? 'Mã ĐVHC theo QĐ 19/2025/QĐ-TTg.'
        : 'Mã ĐVHC theo QĐ 19/2025/QĐ-TTg. Thuộc Cần Thơ hoặc Sóc Trăng cũ: dữ liệu mẫu không có cấu trúc trước 2025 của đơn vị này.',
      decision: 'QĐ 19/2025/QĐ-TTg',
      sortOrder: i + 1,
    });
    newIds.set(n.code, id);
  });

  const succession = (fromUnitId: number, toUnitId: number, decision: string): void => {
    tx.insert(schema.unitSuccessions).values({ fromUnitId, toUnitId, effectiveDate: REORG_DATE, decision }).run();
  };
  succession(provinceId, canThoId, PROVINCE_MERGER_DECISION);
  for (const { fromUnitId, newCode } of successions) {
    succession(fromUnitId, must(newIds.get(newCode), `đơn vị mới mã ${newCode}`), REORG_DECISION);
  }
  return index;
}

interface CriteriaIndex {
  setIds: Map<string, number>;
  /** Criterion ids by set code, then criterion number. */
  criterionIds: Map<string, Map<number, number>>;
}

export function seedCriteria(tx: Q): CriteriaIndex {
  const result: CriteriaIndex = { setIds: new Map(), criterionIds: new Map() };
  for (const { criteria, ...set } of criteriaSets) {
    const setId = tx.insert(schema.criteriaSets).values(set).returning({ id: schema.criteriaSets.id }).get().id;
    const byNo = new Map<number, number>();
    result.setIds.set(set.code, setId);
    result.criterionIds.set(set.code, byNo);
    for (const { indicators, ...criterion } of criteria) {
      const criterionId = tx
        .insert(schema.criteria)
        .values({ ...criterion, setId })
        .returning({ id: schema.criteria.id })
        .get().id;
      byNo.set(criterion.no, criterionId);
      indicators.forEach(({ thresholds, ...indicator }, i) => {
        const indicatorId = tx
          .insert(schema.indicators)
          .values({
            ...indicator,
            criterionId,
            sortOrder: i + 1,
            valueKind: indicator.comparator === 'dat' ? 'yesno' : indicator.unit === '%' ? 'percent' : 'number',
          })
          .returning({ id: schema.indicators.id })
          .get().id;
        for (const th of thresholds)
          tx.insert(schema.indicatorThresholds)
            .values({ ...th, indicatorId })
            .run();
      });
    }
  }
  return result;
}

/** Criterion results, recognitions and targets (see data/sample-results.ts for what is sample). */
function seedNtmStatus(tx: Q, units: UnitIndex, { setIds, criterionIds }: CriteriaIndex): void {
  const setId = (code: string): number => must(setIds.get(code), `bộ tiêu chí ${code}`);
  const criteriaOfSet = must(criterionIds.get(sampleResultCriteriaSet), `bộ tiêu chí ${sampleResultCriteriaSet}`);
  const unmetByCommune = new Map(criteriaGaps.map((g) => [communeId(units, g), g.unmet]));

  const rows: (typeof schema.criterionResults.$inferInsert)[] = [];
  for (const year of sampleResultYears) {
    for (const id of units.xaIds) {
      const unmet = unmetByCommune.get(id)?.[year] ?? [];
      for (const [no, criterionId] of criteriaOfSet) {
        rows.push({ communeId: id, criterionId, year, met: !unmet.includes(no), source: 'sample' });
      }
    }
  }
  // Chunked to stay well under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500)
    tx.insert(schema.criterionResults)
      .values(rows.slice(i, i + 500))
      .run();

  for (const r of recognitions) {
    tx.insert(schema.recognitions)
      .values({
        communeId: communeId(units, r),
        level: r.level,
        year: r.year,
        decisionNo: r.decisionNo,
        decisionDate: r.decisionDate,
        issuer: r.issuer,
        criteriaSetId: r.criteriaSet === null ? null : setId(r.criteriaSet),
        source: r.source,
      })
      .run();
  }
  for (const { district, commune, ...target } of communeTargets) {
    tx.insert(schema.communeTargets)
      .values({ ...target, communeId: communeId(units, { district, commune }) })
      .run();
  }
  for (const target of provinceTargets) tx.insert(schema.provinceTargets).values(target).run();
}

function seedFunding(tx: Q, units: UnitIndex): void {
  const sourceIds = new Map<string, number>();
  for (const s of fundingSources) {
    const id = tx.insert(schema.fundingSources).values(s).returning({ id: schema.fundingSources.id }).get().id;
    sourceIds.set(s.code, id);
  }
  const sourceId = (code: string): number => must(sourceIds.get(code), `nguồn vốn ${code}`);

  for (const a of provinceAmounts) {
    tx.insert(schema.fundingAmounts)
      .values({
        year: a.year,
        unitId: units.provinceId,
        sourceId: sourceId(a.source),
        stage: a.stage,
        amount: thousandVnd(a.amount),
        asOf: a.asOf,
        source: a.origin,
      })
      .run();
  }
  for (const { district, commune, need, ...work } of works) {
    const cid = communeId(units, { district, commune });
    const workId = tx
      .insert(schema.works)
      .values({
        ...work,
        committedValue: work.committedValue === null ? null : thousandVnd(work.committedValue),
        communeId: cid,
        importKey: workKey(cid, work.name),
        source: 'sample',
      })
      .returning({ id: schema.works.id })
      .get().id;
    for (const [code, amount] of Object.entries(need)) {
      tx.insert(schema.fundingAmounts)
        .values({
          year: worksNeedYear,
          workId,
          sourceId: sourceId(code),
          stage: 'need',
          amount: thousandVnd(amount),
          source: 'sample',
        })
        .run();
    }
  }
}

function seedOcop(tx: Q, units: UnitIndex): void {
  const versionIds = new Map<string, number>();
  for (const v of ocopVersions) {
    const id = tx
      .insert(schema.ocopCriteriaVersions)
      .values(v)
      .returning({ id: schema.ocopCriteriaVersions.id })
      .get().id;
    versionIds.set(v.code, id);
  }
  const versionId = must(versionIds.get(ocopVersion2021), `phiên bản OCOP ${ocopVersion2021}`);

  const producerIds = new Map<string, number>();
  for (const p of ocopProducers) {
    const id = tx
      .insert(schema.ocopProducers)
      .values({
        name: p.name,
        kind: producerKind(p.name),
        districtId: unitId(units, p.district),
        communeId: p.commune ? communeId(units, p.commune) : null,
        notes: p.notes,
        searchKey: searchKey(p.name),
        source: 'public',
      })
      .returning({ id: schema.ocopProducers.id })
      .get().id;
    producerIds.set(p.key, id);
  }

  const rounds = new Map(ocopRounds.map((r) => [r.key, r]));
  for (const p of ocopProducts) {
    const round = must(rounds.get(p.round), `đợt đánh giá ${p.round}`);
    const productId = tx
      .insert(schema.ocopProducts)
      .values({
        producerId: must(producerIds.get(p.producer), `chủ thể ${p.producer}`),
        name: p.name,
        districtId: unitId(units, p.district),
        communeId: p.district && p.commune ? communeId(units, { district: p.district, commune: p.commune }) : null,
        status: 'recognised',
        notes: [round.sourceNote, `${p.stars} sao.`, p.notes].filter(Boolean).join(' '),
        searchKey: searchKey(p.name),
        source: 'public',
      })
      .returning({ id: schema.ocopProducts.id })
      .get().id;
    const [pointsA, pointsB, pointsC] = p.points.map(pointsHundredths) as [
      PointsHundredths,
      PointsHundredths,
      PointsHundredths,
    ];
    tx.insert(schema.ocopEvaluations)
      .values({
        productId,
        roundName: round.name,
        level: 'province',
        versionId,
        pointsA,
        pointsB,
        pointsC,
        total: pointsHundredths(pointsA + pointsB + pointsC),
        stars: p.stars,
        kind: p.kind,
        decisionNo: round.decisionNo,
        decisionDate: round.decisionDate,
        issuer: round.issuer,
        // Certificates are valid 36 months from the decision.
        expiryDate: round.decisionDate ? addMonths(round.decisionDate, 36) : null,
        source: p.pointsSource,
      })
      .run();
  }

  for (const { unit, ...target } of ocopTargets) {
    tx.insert(schema.ocopTargets)
      .values({ ...target, unitId: unitId(units, unit) })
      .run();
  }
}
