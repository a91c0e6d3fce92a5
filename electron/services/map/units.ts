/**
 * The map's units (the structure from 1/7/2025) and how any unit of the data reaches them: a unit
 * valid on the map's date is itself; a former unit reaches the unit(s) that absorbed it through the
 * successions, following chains (an old commune merged twice) and splits (part of it went to each).
 */
import type { ServiceContext } from '../context';
import { getProvince } from '../../../db/repositories/units';
import { communeLevelUnitsOf, successionsUntil, type MapUnitRow } from '../../../db/repositories/map';
import { yearEnd } from '../../../shared/format/date';
import { pushTo } from './layer';

/** The boundaries are those of the units in force from this date (NQ 1668 and its siblings). */
export const STRUCTURE_FROM = '2025-07-01';

/** The date whose units the map draws for a year: the year's end, but never before the 2025 structure. */
export const mapDateOf = (year: number): string => (yearEnd(year) < STRUCTURE_FROM ? STRUCTURE_FROM : yearEnd(year));

export interface MapFrame {
  year: number;
  /** The date the figures are read at (the year's end). */
  dataDate: string;
  mapDate: string;
  province: { id: number; code: string | null; name: string; kind: string } | null;
  units: MapUnitRow[];
  /** Units of the map by id. */
  byId: Map<number, MapUnitRow>;
  /** Map unit ids a unit of the data counts on (empty when it reaches none). */
  resolve(unitId: number): number[];
  /**
   * Every unit with a chain of successions to a unit of the map (those units included): only these
   * can count on the map, so a layer reads these and not the whole country's communes.
   */
  reaching: number[];
}

export function mapFrame(ctx: ServiceContext, year: number): MapFrame {
  const mapDate = mapDateOf(year);
  const p = getProvince(ctx.db, mapDate);
  const province = p ? { id: p.id, code: p.code, name: p.name, kind: p.kind } : null;
  const units = province ? communeLevelUnitsOf(ctx.db, province.id, mapDate) : [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const next = new Map<number, number[]>();
  const prev = new Map<number, number[]>();
  for (const s of successionsUntil(ctx.db, mapDate)) {
    pushTo(next, s.fromUnitId, s.toUnitId);
    pushTo(prev, s.toUnitId, s.fromUnitId);
  }
  const memo = new Map<number, number[]>();
  const resolve = (unitId: number, depth = 0): number[] => {
    if (byId.has(unitId)) return [unitId];
    const known = memo.get(unitId);
    if (known) return known;
    // Ten steps is far more than any real chain; it also stops a cycle in bad data.
    const out = depth > 10 ? [] : [...new Set((next.get(unitId) ?? []).flatMap((t) => resolve(t, depth + 1)))];
    memo.set(unitId, out);
    return out;
  };
  // Back along the successions from the map's units: every unit whose resolve can reach one.
  const reaching = new Set(byId.keys());
  const stack = [...reaching];
  while (stack.length) {
    for (const from of prev.get(stack.pop()!) ?? []) {
      if (reaching.has(from)) continue;
      reaching.add(from);
      stack.push(from);
    }
  }
  return {
    year,
    dataDate: yearEnd(year),
    mapDate,
    province,
    units,
    byId,
    resolve: (id) => resolve(id),
    reaching: [...reaching],
  };
}
