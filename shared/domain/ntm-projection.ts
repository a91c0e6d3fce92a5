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
    // Counted, not copied into sets: the baseline holds every holder of the country (issue 14).
    let held = 0;
    for (const lv of baseline.values()) if (atLeast(lv, level)) held++;
    const isHeld = (id: number) => {
      const lv = baseline.get(id);
      return lv !== undefined && atLeast(lv, level);
    };
    const targeted = (kind: 'official' | 'stretch') =>
      targets
        .filter((t) => t.kind === kind && t.level !== 'tieu_chi' && atLeast(t.level, level) && !isHeld(t.communeId))
        .map((t) => t.communeId);
    // Targeted communes not holding the level yet, each once.
    const addedOfficial = new Set(targeted('official'));
    const addedWithStretch = new Set([...addedOfficial, ...targeted('stretch')]);
    const projected = held + addedOfficial.size;
    const withStretch = held + addedWithStretch.size;
    return {
      level,
      baseline: held,
      // Targets named for this very level, as the plan lists them.
      official: targets.filter((t) => t.kind === 'official' && t.level === level).length,
      stretch: targets.filter((t) => t.kind === 'stretch' && t.level === level).length,
      projected,
      projectedPercent: formatPercent(projected, communeTotal),
      projectedWithStretch: withStretch,
      projectedWithStretchPercent: formatPercent(withStretch, communeTotal),
    };
  });
}
