/**
 * End-of-year projections from the plan's targets: communes holding a level at the end of the
 * previous year, joined with the communes targeted for it (a commune is counted once, and a target
 * for a higher level implies the lower ones).
 */
import { formatPercent } from '../format/number';
import { LEVELS, type Level } from './ntm-figures';

export interface ProjectionTarget {
  communeId: number;
  level: Level | 'tieu_chi';
  kind: 'official' | 'stretch';
}

export interface Projection {
  level: Level;
  /** Communes holding the level at the end of the previous year. */
  baseline: number;
  /** Targets named for this level: official ("công nhận") and stretch ("phấn đấu"). */
  official: number;
  stretch: number;
  /** Baseline ∪ official targets (a commune counted once). */
  projected: number;
  projectedPercent: string;
  /** Baseline ∪ official ∪ stretch targets. */
  projectedWithStretch: number;
  projectedWithStretchPercent: string;
}

const atLeast = (held: Level, wanted: Level) => LEVELS.indexOf(held) >= LEVELS.indexOf(wanted);

/**
 * @param baseline highest level per commune at the end of the previous year
 * @param communeTotal the denominator (rural communes of the year)
 */
export function projectLevels(
  baseline: Map<number, Level>,
  targets: ProjectionTarget[],
  communeTotal: number,
): Projection[] {
  return LEVELS.map((level) => {
    const held = new Set([...baseline].filter(([, lv]) => atLeast(lv, level)).map(([id]) => id));
    const targeted = (kind: 'official' | 'stretch') =>
      targets
        .filter((t) => t.kind === kind && t.level !== 'tieu_chi' && atLeast(t.level, level))
        .map((t) => t.communeId);
    const official = targeted('official');
    const stretch = targeted('stretch');
    const projected = new Set([...held, ...official]);
    const withStretch = new Set([...projected, ...stretch]);
    return {
      level,
      baseline: held.size,
      // Targets named for this very level, as the plan lists them.
      official: targets.filter((t) => t.kind === 'official' && t.level === level).length,
      stretch: targets.filter((t) => t.kind === 'stretch' && t.level === level).length,
      projected: projected.size,
      projectedPercent: formatPercent(projected.size, communeTotal),
      projectedWithStretch: withStretch.size,
      projectedWithStretchPercent: formatPercent(withStretch.size, communeTotal),
    };
  });
}
