/** What every map layer gives the view: a colour class, a figure and a note per unit of the map. */
import type { ScaleClass } from '../../domain/map-scale';

export interface UnitFigure {
  category: string;
  figure: string;
  detail: string;
  inherited: boolean;
}

export interface LayerResult {
  title: string;
  legendTitle: string;
  classes: ScaleClass[];
  /** Neutral classes this layer can use, in legend order. */
  neutral: ('outside' | 'nodata')[];
  perUnit: Map<number, UnitFigure>;
  notes: string[];
  /** The rule for former units' figures, written under the map when any unit inherits one. */
  rule: string;
}

/** "theo 3 xã cũ: Tân Thành, Đại Thành, Hiệp Lợi". */
export function fromFormer(names: string[], what = 'xã cũ'): string {
  return names.length ? `theo ${names.length} ${what}: ${names.join(', ')}` : '';
}

/** Adds to a list kept per key. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
