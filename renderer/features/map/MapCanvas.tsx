import { memo } from 'react';
import type { MapUnit, MapView } from '../../../shared/models/map';

interface Props {
  view: MapView;
  selectedKey: string | null;
  onHover(key: string | null): void;
  onSelect(key: string): void;
}

interface ShapeProps {
  unit: MapUnit;
  fill: string;
  onHover(key: string | null): void;
  onSelect(key: string): void;
}

/** One unit; memoised so that switching the figures touches only the shapes whose colour or text changed. */
const Shape = memo(function Shape({ unit: u, fill, onHover, onSelect }: ShapeProps) {
  return (
    <path
      d={u.d!}
      fill={fill}
      className={u.unitId ? 'map-unit' : 'map-unit map-unit-absent'}
      data-key={u.key}
      data-category={u.category}
      data-unit-id={u.unitId ?? undefined}
      tabIndex={u.unitId ? 0 : undefined}
      role={u.unitId ? 'button' : undefined}
      aria-label={`${u.name}: ${u.figure}`}
      onMouseEnter={() => onHover(u.key)}
      onFocus={() => onHover(u.key)}
      onClick={() => u.unitId && onSelect(u.key)}
      onKeyDown={(e) => {
        if (u.unitId && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onSelect(u.key);
        }
      }}
    >
      <title>{`${u.name}: ${u.figure}${u.detail ? ` (${u.detail})` : ''}`}</title>
    </path>
  );
}, (a, b) => a.fill === b.fill && a.unit.d === b.unit.d && a.unit.figure === b.unit.figure && a.unit.detail === b.unit.detail && a.unit.category === b.unit.category && a.unit.name === b.unit.name && a.onHover === b.onHover && a.onSelect === b.onSelect);

/**
 * The map itself: one SVG path per unit of the boundary file, filled with its legend colour (a
 * presentation attribute, not inline style). Units of the data are focusable and open their card.
 */
export const MapCanvas = memo(function MapCanvas({ view, selectedKey, onHover, onSelect }: Props) {
  const colors = new Map(view.legend.map((l) => [l.key, l.color]));
  const selected = selectedKey ? view.units.find((u) => u.key === selectedKey && u.d) : undefined;
  return (
    <svg
      className="map-svg"
      viewBox={`0 0 ${view.width} ${view.height}`}
      role="group"
      aria-label={view.title}
      data-testid="province-map"
      data-map-key={`${view.year}:${view.layer}:${view.metric}:${view.stage}`}
      onMouseLeave={() => onHover(null)}
    >
      {view.units.map((u) => (u.d ? <Shape key={u.key} unit={u} fill={colors.get(u.category) ?? '#ffffff'} onHover={onHover} onSelect={onSelect} /> : null))}
      {selected ? <path className="map-selected" d={selected.d!} fill="none" pointerEvents="none" /> : null}
    </svg>
  );
});
