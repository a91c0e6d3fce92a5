import { memo, useMemo, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { MapShapes, MapUnit, MapView } from '../../../shared/models/map';

interface Props {
  shapes: MapShapes;
  view: MapView;
  selectedKey: string | null;
  onHover(key: string | null): void;
  onSelect(key: string): void;
}

interface ShapeProps {
  code: string;
  /** The cached path string: the same string object for every layer and year, so never re-diffed. */
  d: string;
  fill: string;
  category: string;
  unitId: number | null;
  label: string;
}

/**
 * One unit: a single SVG path. Memoised on plain values, so a new set of figures touches only the
 * shapes whose colour or text changed — an attribute update, never a new path.
 */
const Shape = memo(function Shape({ code, d, fill, category, unitId, label }: ShapeProps) {
  return (
    <path
      d={d}
      fill={fill}
      className={unitId ? 'map-unit' : 'map-unit map-unit-absent'}
      data-key={code}
      data-category={category}
      data-unit-id={unitId ?? undefined}
      tabIndex={unitId ? 0 : undefined}
      role={unitId ? 'button' : undefined}
      aria-label={label}
    >
      <title>{label}</title>
    </path>
  );
});

/** The unit key under an event (events are handled once on the map, not per shape). */
const keyOf = (e: SyntheticEvent): string | null => {
  const t = e.target as Element | null;
  return t?.closest?.('path.map-unit')?.getAttribute('data-key') ?? null;
};

const labelOf = (u: MapUnit | undefined, fallback: string) =>
  u ? `${u.name}: ${u.figure}${u.detail ? ` (${u.detail})` : ''}` : fallback;

/**
 * The map itself: one SVG path per unit of the boundary file (projected once per province and kept),
 * filled with its legend colour (a presentation attribute, not inline style). Units of the data are
 * focusable and open their card; hover, focus, click and keys are handled once on the map.
 */
export const MapCanvas = memo(function MapCanvas({ shapes, view, selectedKey, onHover, onSelect }: Props) {
  const units = useMemo(() => new Map(view.units.map((u) => [u.key, u])), [view]);
  const colors = useMemo(() => new Map(view.legend.map((l) => [l.key, l.color])), [view]);
  const selected = selectedKey ? shapes.shapes.find((s) => s.code === selectedKey) : undefined;
  const open = (key: string | null) => {
    if (key && units.get(key)?.unitId) onSelect(key);
  };
  return (
    <svg
      className="map-svg"
      viewBox={`0 0 ${shapes.width} ${shapes.height}`}
      role="group"
      aria-label={view.title}
      data-testid="province-map"
      data-map-key={`${view.year}:${view.layer}:${view.metric}:${view.stage}`}
      onMouseOver={(e) => onHover(keyOf(e))}
      onFocus={(e) => onHover(keyOf(e))}
      onMouseLeave={() => onHover(null)}
      onClick={(e) => open(keyOf(e))}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const key = keyOf(e);
        if (key && units.get(key)?.unitId) {
          e.preventDefault();
          onSelect(key);
        }
      }}
    >
      {shapes.shapes.map((s) => {
        const u = units.get(s.code);
        return (
          <Shape
            key={s.code}
            code={s.code}
            d={s.d}
            fill={colors.get(u?.category ?? 'absent') ?? '#ffffff'}
            category={u?.category ?? 'absent'}
            unitId={u?.unitId ?? null}
            label={labelOf(u, s.code)}
          />
        );
      })}
      {selected ? <path className="map-selected" d={selected.d} fill="none" pointerEvents="none" /> : null}
    </svg>
  );
});
