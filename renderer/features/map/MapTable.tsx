import { memo } from 'react';
import { compareVi } from '../../../shared/format/text';
import type { MapView } from '../../../shared/models/map';
import { Swatch } from './MapLegend';

/** The map's figures as a table: what shows when the province has no boundary file, and a readable alternative. */
export const MapTable = memo(function MapTable({ view, onSelect }: { view: MapView; onSelect(key: string): void }) {
  const colors = new Map(view.legend.map((l) => [l.key, l]));
  const rows = view.units.filter((u) => u.unitId !== null).sort((a, b) => compareVi(a.name, b.name));
  return (
    <table className="table map-table" aria-label="Số liệu theo đơn vị">
      <thead>
        <tr>
          <th>Đơn vị</th>
          <th>Số liệu</th>
          <th>Nhóm trên bản đồ</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.key}>
            <td>
              <button className="link-button" onClick={() => onSelect(u.key)}>
                {u.name}
              </button>
            </td>
            <td>
              {u.figure}
              {u.detail ? <div className="muted">{u.detail}</div> : null}
            </td>
            <td>
              <Swatch color={colors.get(u.category)?.color ?? '#ffffff'} /> {colors.get(u.category)?.label ?? ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
