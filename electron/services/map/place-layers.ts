/**
 * The OCOP and funding layers: things that sit in a place (products, works, amounts) summed on the map
 * unit that holds the place today. Every unit of the map is in scope (phường have products and works).
 */
import type { ServiceContext } from '../context';
import type { MapFundingStage } from '../../../shared/models/map';
import { STAGE_LABEL, STAGES } from '../../../shared/models/funding';
import { figuresInForce } from '../funding/data';
import { amountClasses, classify, OCOP_CLASSES } from '../../domain/map-scale';
import { statusFromFacts } from '../../../shared/domain/ocop-status';
import { formatNumber } from '../../../shared/format/number';
import { productFacts } from '../../../db/repositories/ocop-stats';
import { productCommunes } from '../../../db/repositories/map';
import { workCommunes } from '../../../db/repositories/funding';
import { getUnit } from '../../../db/repositories/units';
import { pushTo, type LayerResult, type UnitFigure } from './layer';
import type { MapFrame } from './units';
import { amountFigure, thousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import { NO_DATA } from '../../../shared/format/text';

const RULE =
  'Sản phẩm và vốn ghi cho xã cũ (trước 01/07/2025) được cộng cho đơn vị mới đã nhận xã đó (bảng kế thừa đơn vị hành chính).';

/** OCOP products with a certificate in force at the year's end (3 stars or more), by unit. */
export function validProductsByUnit(
  ctx: ServiceContext,
  asOf: string,
): { byUnit: Map<number, { productId: number; stars: number }[]>; unplaced: number } {
  const places = productCommunes(ctx.sqlite);
  const byUnit = new Map<number, { productId: number; stars: number }[]>();
  let unplaced = 0;
  for (const f of productFacts(ctx.sqlite, asOf)) {
    const s = statusFromFacts(f.facts, asOf);
    if (s !== 'recognised' && s !== 'expiring') continue;
    const unitId = places.get(f.productId) ?? null;
    if (unitId === null) unplaced++;
    else pushTo(byUnit, unitId, { productId: f.productId, stars: f.facts.recognition!.stars });
  }
  return { byUnit, unplaced };
}

export function ocopLayer(ctx: ServiceContext, frame: MapFrame): LayerResult {
  const { byUnit, unplaced } = validProductsByUnit(ctx, frame.dataDate);
  const onMap = new Map<number, { stars: number; inherited: boolean; from: string }[]>();
  let offMap = unplaced;
  for (const [unitId, products] of byUnit) {
    const targets = frame.resolve(unitId);
    if (!targets.length) offMap += products.length;
    const from = targets.some((t) => t !== unitId) ? (getUnit(ctx.db, unitId)?.name ?? '') : '';
    for (const t of targets)
      for (const p of products) pushTo(onMap, t, { stars: p.stars, inherited: t !== unitId, from });
  }
  const perUnit = new Map<number, UnitFigure>();
  for (const u of frame.units) {
    const ps = onMap.get(u.id) ?? [];
    const stars = [3, 4, 5]
      .map((s) => [s, ps.filter((p) => p.stars === s).length] as const)
      .filter(([, n]) => n)
      .map(([s, n]) => `${n} sản phẩm ${s} sao`);
    const former = [...new Set(ps.filter((p) => p.inherited).map((p) => p.from))];
    perUnit.set(u.id, {
      category: classify(OCOP_CLASSES, ps.length).key,
      figure: ps.length
        ? `${formatNumber(ps.length)} sản phẩm OCOP (${stars.join(', ')})`
        : 'không có sản phẩm OCOP còn hiệu lực',
      detail: former.length ? `ghi tại xã cũ: ${former.join(', ')}` : '',
      inherited: former.length > 0,
    });
  }
  const notes = offMap
    ? [
        `${formatNumber(offMap)} sản phẩm còn hiệu lực chưa ghi xã, phường (chỉ có cấp huyện hoặc không có địa bàn) nên không đặt được lên bản đồ.`,
      ]
    : [];
  return {
    title: 'Sản phẩm OCOP còn hiệu lực theo xã, phường',
    legendTitle: `Sản phẩm OCOP (3 sao trở lên) còn hiệu lực cuối năm ${frame.year}`,
    classes: OCOP_CLASSES,
    neutral: [],
    perUnit,
    notes,
    rule: RULE,
  };
}

/** A year's amounts of one stage by the unit that holds them (a work's commune, or the unit itself); disbursement = latest snapshot. */
export function amountsByUnit(ctx: ServiceContext, year: number, stage: MapFundingStage): Map<number, ThousandVnd> {
  // The figures in force at the year's end, by the one rule of Nguồn vốn (figuresInForce); works without a xã are left out.
  const wanted = STAGES.indexOf(stage);
  const out = new Map<number, ThousandVnd>();
  const add = (_holder: number, unitId: number, _sourceId: number, s: number, amount: number) => {
    if (s === wanted && unitId) out.set(unitId, thousandVnd((out.get(unitId) ?? 0) + amount));
  };
  figuresInForce(ctx, year, `${year}-12-31`, add, workCommunes(ctx.sqlite));
  return out;
}

export function fundingLayer(ctx: ServiceContext, frame: MapFrame, stage: MapFundingStage): LayerResult {
  const amounts = amountsByUnit(ctx, frame.year, stage);
  const onMap = new Map<number, number>();
  const inheritedFrom = new Map<number, string[]>();
  let offMap = 0;
  for (const [unitId, amount] of amounts) {
    const targets = frame.resolve(unitId);
    // A unit above the communes (province, district) or one that reaches no map unit.
    if (targets.length !== 1) {
      offMap += amount;
      continue;
    }
    const t = targets[0]!;
    onMap.set(t, (onMap.get(t) ?? 0) + amount);
    if (t !== unitId) pushTo(inheritedFrom, t, getUnit(ctx.db, unitId)?.name ?? '');
  }
  const classes = amountClasses([...onMap.values()]);
  const perUnit = new Map<number, UnitFigure>();
  for (const u of frame.units) {
    const v = onMap.get(u.id);
    const from = inheritedFrom.get(u.id) ?? [];
    perUnit.set(
      u.id,
      v === undefined
        ? { category: 'nodata', figure: NO_DATA, detail: '', inherited: false }
        : {
            category: classify(classes, v).key,
            figure: amountFigure(thousandVnd(v)),
            detail: from.length ? `gồm số liệu ghi tại xã cũ: ${from.join(', ')}` : '',
            inherited: from.length > 0,
          },
    );
  }
  const notes = offMap
    ? [
        `${amountFigure(thousandVnd(offMap))} ${STAGE_LABEL[stage].toLowerCase()} năm ${frame.year} ghi ở cấp tỉnh hoặc cấp huyện, không chia được cho xã nên không có trên bản đồ.`,
      ]
    : [];
  return {
    title: `Vốn (${STAGE_LABEL[stage].toLowerCase()}) theo xã, phường`,
    legendTitle: `${STAGE_LABEL[stage]} năm ${frame.year} (triệu đồng)`,
    classes,
    neutral: ['nodata'],
    perUnit,
    notes,
    rule: RULE,
  };
}
