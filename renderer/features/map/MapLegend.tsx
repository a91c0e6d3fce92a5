import { memo } from 'react';
import type { MapLegendItem } from '../../../shared/models/map';
import { formatNumber } from '../../../shared/format/number';

/** A colour swatch drawn in SVG (a fill attribute: no inline style under the CSP). */
export function Swatch({ color }: { color: string }) {
  return (
    <svg className="map-swatch" width="18" height="14" aria-hidden="true">
      <rect x="0.5" y="0.5" width="17" height="13" fill={color} stroke="#8a948d" />
    </svg>
  );
}

/** The legend with the number of units drawn in each colour. */
export const MapLegend = memo(function MapLegend({ title, items }: { title: string; items: MapLegendItem[] }) {
  return (
    <div className="map-legend" aria-label="Chú giải">
      <div className="map-legend-title">{title}</div>
      <ul>
        {items.map((l) => (
          <li
            key={l.key}
            data-testid={`legend-${l.key}`}
            data-color={l.color}
            data-count={l.count}
            className={l.neutral ? 'neutral' : undefined}
          >
            <Swatch color={l.color} />
            <span className="map-legend-label">{l.label}</span>
            <span className="map-legend-count">{formatNumber(l.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
});
