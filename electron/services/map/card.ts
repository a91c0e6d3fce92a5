/**
 * The card a click on the map opens: the unit's (or its former communes') criteria in the year,
 * recognitions held by it and inherited from the units it absorbed, those units, and OCOP products.
 */
import type { ServiceContext } from '../context';
import type { MapCardPredecessor, MapCardRecord, MapCommuneCard } from '../../../shared/models/map';
import { AppError } from '../../../shared/errors';
import { LEVEL_LABEL, type Level } from '../../../shared/domain/ntm-figures';
import { statusFromFacts } from '../../../shared/domain/ocop-status';
import { getUnit, listRuralCommunes } from '../../../db/repositories/units';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { criteriaOfSet } from '../../../db/repositories/criteria';
import { listRecognitions } from '../../../db/repositories/recognitions';
import { productFacts } from '../../../db/repositories/ocop-stats';
import { criterionResultsOf, productsInUnits, successionsUntil } from '../../../db/repositories/map';
import { unitsWithParents } from '../../../db/repositories/units';
import { heldLevels } from '../criteria/common';
import { amountsByUnit } from './place-layers';
import { indicatorShares, shareFigure } from './indicator-shares';
import { indicatorsOfSet } from '../../../db/repositories/criteria';
import { mapFrame } from './units';
import { communeWithDistrict, fullDistrictName, unitKindLabel, unitName } from '../../../shared/models/units';
import { sumThousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';

const OCOP_STATE: Record<string, string> = {
  recognised: 'còn hiệu lực',
  expiring: 'sắp hết hiệu lực',
  expired: 'hết hiệu lực',
  revoked: 'bị thu hồi',
};

export function communeCard(ctx: ServiceContext, unitId: number, year: number): MapCommuneCard {
  const unit = getUnit(ctx.db, unitId);
  if (!unit || unit.level !== 'commune')
    throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị cấp xã này trong dữ liệu.');
  const frame = mapFrame(ctx, year);
  const successions = successionsUntil(ctx.db, frame.mapDate);

  // Every unit that went into this one, however many steps back.
  const formerIds: number[] = [];
  const queue = [unitId];
  while (queue.length) {
    const id = queue.shift()!;
    for (const s of successions) {
      if (s.toUnitId === id && s.fromUnitId !== unitId && !formerIds.includes(s.fromUnitId)) {
        formerIds.push(s.fromUnitId);
        queue.push(s.fromUnitId);
      }
    }
  }
  const info = new Map(unitsWithParents(ctx.db, [unitId, ...formerIds]).map((u) => [u.id, u]));
  const labelOf = (id: number) => {
    const u = info.get(id);
    if (!u) return '';
    return communeWithDistrict(
      fullDistrictName(u.kind, u.name),
      u.parentLevel === 'district' ? unitName(u.parentKind, u.parentName) : '',
    );
  };
  const predecessors: MapCardPredecessor[] = successions
    .filter((s) => formerIds.includes(s.fromUnitId) && info.get(s.fromUnitId)?.level === 'commune')
    .map((s) => {
      const u = info.get(s.fromUnitId)!;
      return {
        unitId: u.id,
        label: fullDistrictName(u.kind, u.name),
        districtLabel: u.parentLevel === 'district' ? unitName(u.parentKind, u.parentName) : '',
        effectiveDate: s.effectiveDate,
        decision: s.decision,
      };
    });

  // The year's communes whose results count on this unit: itself, or the former communes it absorbed.
  const own = new Set([unitId, ...formerIds]);
  const yearCommunes = listRuralCommunes(ctx.db, frame.dataDate, [...own]);
  const set = criteriaSetForYear(ctx.db, year);
  const columns = set ? criteriaOfSet(ctx.db, set.id) : [];
  const results = set
    ? criterionResultsOf(
        ctx.db,
        year,
        set.id,
        yearCommunes.map((c) => c.id),
      )
    : [];
  const held = heldLevels(
    ctx,
    frame.dataDate,
    yearCommunes.map((c) => c.id),
  );
  // Only once the year has indicator values at all: a set without any entered says nothing new.
  const shares = set && indicatorsOfSet(ctx.db, set.id).length ? indicatorShares(ctx, year, set.id) : null;
  const records: MapCardRecord[] = yearCommunes.map((c) => {
    const mine = new Map(results.filter((r) => r.communeId === c.id).map((r) => [r.criterionId, r.met]));
    const h = held.get(c.id);
    return {
      unitId: c.id,
      label: communeWithDistrict(fullDistrictName(c.kind, c.name), unitName(c.districtKind, c.districtName)),
      inherited: c.id !== unitId,
      levelLabel: h ? `${LEVEL_LABEL[h.level]} (năm ${h.year})` : null,
      criteriaMet: mine.size ? [...mine.values()].filter(Boolean).length : null,
      required: set?.requiredCount ?? 0,
      indicators: shares?.size ? shareFigure(shares.get(c.id)) : null,
      criteria: columns.map((col) => ({
        no: col.no,
        name: col.name,
        met: mine.has(col.id) ? mine.get(col.id)! : null,
      })),
    };
  });

  const recognitions = [unitId, ...formerIds].flatMap((id) =>
    listRecognitions(ctx.db, { communeId: id }).map((r) => ({
      id: r.id,
      unitLabel: labelOf(id),
      inherited: id !== unitId,
      levelLabel: LEVEL_LABEL[r.level as Level] ?? r.level,
      year: r.year,
      decisionNo: r.decisionNo,
      decisionDate: r.decisionDate,
      revokedDate: r.revokedDate,
    })),
  );
  recognitions.sort((a, b) => b.year - a.year || a.unitLabel.localeCompare(b.unitLabel, 'vi'));

  const facts = new Map(productFacts(ctx.sqlite, frame.dataDate).map((f) => [f.productId, f.facts]));
  const products = productsInUnits(ctx.db, [...own]).map((p) => {
    const f = facts.get(p.id);
    const state = f ? statusFromFacts(f, frame.dataDate) : 'registered';
    const valid = state === 'recognised' || state === 'expiring';
    return {
      id: p.id,
      name: p.name,
      producerName: p.producerName,
      stars: f?.recognition && valid ? f.recognition.stars : null,
      status: OCOP_STATE[state] ?? 'chưa công nhận',
      unitLabel: labelOf(p.communeId),
    };
  });

  const sumOf = (stage: 'need' | 'allocated' | 'disbursed') => {
    const amounts = amountsByUnit(ctx, year, stage);
    const xs = [...own].map((id) => amounts.get(id)).filter((v): v is ThousandVnd => v !== undefined);
    return xs.length ? sumThousandVnd(xs) : null;
  };
  return {
    unitId,
    year,
    name: fullDistrictName(unit.kind, unit.name),
    code: unit.code,
    kindLabel: unitKindLabel(unit.kind),
    inNtmScope: unit.kind === 'xa',
    validFrom: unit.validFrom,
    setName: set?.name ?? null,
    records,
    recognitions,
    predecessors,
    products,
    funding: { need: sumOf('need'), allocated: sumOf('allocated'), disbursed: sumOf('disbursed') },
  };
}
