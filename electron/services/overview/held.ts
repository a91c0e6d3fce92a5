/** The level each xã holds at several dates, from one read of the recognitions (Tổng quan's progress). */
import type { ServiceContext } from '../context';
import { LEVELS, type Level } from '../../../shared/domain/ntm-figures';
import { recognitionSpans } from '../../../db/repositories/overview';

/** One shared, frozen entry per level: a year's map of 10.000 holders allocates no object per xã. */
const HELD = LEVELS.map((level) => Object.freeze({ level }));

/**
 * A recognition in force at a date (ISO), in memory: the rule of inForceSql in recognitions.ts —
 * recognised by then (a same-year one without a decision date only at the year's end), not revoked by then.
 */
export function inForceAt(
  year: number,
  decisionDate: string | null,
  revokedDate: string | null,
  date: string,
  dateYear = Number(date.slice(0, 4)),
): boolean {
  const recognised = year < dateYear || (year === dateYear && (decisionDate ?? `${dateYear}-12-31`) <= date);
  return recognised && (revokedDate === null || revokedDate > date);
}

/**
 * A function giving, for a date, each commune's highest level in force then: the same rule as
 * recognitionsInForce and heldLevels (recognised by then, same-year ones without a decision date
 * only at the year's end, not revoked by then), evaluated in memory for each date asked.
 */
export function levelsHeldAt(ctx: ServiceContext): (date: string) => Map<number, { readonly level: Level }> {
  const rows = recognitionSpans(ctx.sqlite);
  const held = (lv: Level) => HELD[LEVELS.indexOf(lv)]!;
  return (date) => {
    const y = Number(date.slice(0, 4));
    const out = new Map<number, { readonly level: Level }>();
    for (const [communeId, level, year, decisionDate, revokedDate] of rows) {
      if (!inForceAt(year, decisionDate, revokedDate, date, y)) continue;
      const cur = out.get(communeId);
      if (!cur || LEVELS.indexOf(level as Level) > LEVELS.indexOf(cur.level)) out.set(communeId, held(level as Level));
    }
    return out;
  };
}
