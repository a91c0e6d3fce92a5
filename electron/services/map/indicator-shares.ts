/**
 * Share of a criteria set's indicators each commune meets in a year, judged by the criteria
 * services' own rule: the set model, the threshold of the commune's group (or region) and
 * `compileIndicator` — the same judgement the grid, the indicator panel and the shortfall list use.
 */
import type { ServiceContext } from '../context';
import { valuePacksOfYear } from '../../../db/repositories/criteria-values';
import { compileIndicator, groupKey, thresholdFor, type IndicatorStatus } from '../../../shared/domain/criteria-eval';
import { formatPercent } from '../../../shared/format/number';
import { communeKeys, loadSetModel } from '../criteria/set-model';

export interface IndicatorShare {
  met: number;
  /** Indicators that apply to the commune's group and have a threshold: the share's denominator. */
  total: number;
  /** Of `total`, those without a value in the year (counted as not met yet). */
  missing: number;
}

/**
 * Communes with at least one indicator value in the year → their share. A commune whose thresholds
 * are unknown (no group under a by-group set) gets `total` 0: it has values but no share yet.
 * Indicators «không áp dụng» for the group are left out of the denominator.
 */
export function indicatorShares(ctx: ServiceContext, year: number, setId: number): Map<number, IndicatorShare> {
  const out = new Map<number, IndicatorShare>();
  const model = loadSetModel(ctx.db, setId);
  const indicators = model.criteria.flatMap((c) => c.indicators);
  const ofSet = new Set(indicators.map((i) => i.id));
  // The maintained packs hold every set's values: keep communes with a value of this set.
  const packed = [...valuePacksOfYear(ctx.db, year)].filter(([, text]) =>
    text.split(';').some((pair) => ofSet.has(Number(pair.slice(0, pair.indexOf('='))))),
  );
  if (!packed.length) return out;
  const keys = communeKeys(
    ctx.db,
    year,
    packed.map(([c]) => c),
  );
  const judges = new Map<string, ((v: string | null) => IndicatorStatus)[]>();
  for (const [communeId, text] of packed) {
    const key = keys.get(communeId)!;
    const tkey = model.thresholdBy === 'group' ? (key.group ? groupKey(key.group) : '-') : (key.region ?? 'chung');
    let list = judges.get(tkey);
    if (!list) {
      list = indicators.map((i) => compileIndicator(i, thresholdFor(model.thresholdBy, i.thresholds, key)));
      judges.set(tkey, list);
    }
    const values = new Map<number, string>();
    for (const pair of text.split(';')) {
      const eq = pair.indexOf('=');
      values.set(Number(pair.slice(0, eq)), pair.slice(eq + 1));
    }
    const share: IndicatorShare = { met: 0, total: 0, missing: 0 };
    indicators.forEach((ind, k) => {
      const s = list[k]!(values.get(ind.id) ?? null);
      if (s === 'na' || s === 'no_threshold') return;
      share.total++;
      if (s === 'met') share.met++;
      else if (s === 'missing') share.missing++;
    });
    out.set(communeId, share);
  }
  return out;
}

/** "17/30 chỉ tiêu đạt (56,7%); 1 chỉ tiêu chưa có số liệu", or what is missing for a share. */
export function shareFigure(s: IndicatorShare | undefined): string {
  if (!s) return 'chưa có số liệu chỉ tiêu';
  if (!s.total) return 'chưa xếp nhóm xã, chưa tính được tỉ lệ chỉ tiêu';
  const missing = s.missing ? `; ${s.missing} chỉ tiêu chưa có số liệu` : '';
  return `${s.met}/${s.total} chỉ tiêu đạt (${formatPercent(s.met, s.total)})${missing}`;
}
