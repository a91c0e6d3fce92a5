import { useMemo, useState } from 'react';
import { byCommuneName, filterCommunes } from '../../lib/matrix-filter';
import type { GridRow } from './grid-rows';

export interface CommuneOption {
  id: number;
  name: string;
  code: string | null;
  districtId: number | null;
  districtName: string;
  label: string;
}

export function communeOptions(rows: GridRow[]): CommuneOption[] {
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      code: r.code,
      districtId: r.districtId,
      districtName: r.districtName,
      label: r.label,
    }))
    .sort(byCommuneName);
}

/** Choose a commune by typing part of its name without diacritics ("phu huu"). */
export function CommunePicker({
  options,
  value,
  onChange,
  label = 'Xã',
}: {
  options: CommuneOption[];
  value: number | '';
  onChange: (id: number | '') => void;
  label?: string;
}) {
  const [q, setQ] = useState('');
  const shown = useMemo(() => filterCommunes(options, { search: q }), [options, q]);
  return (
    <span className="field-inline">
      {label}
      <input
        type="search"
        placeholder="tìm tên xã"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        aria-label={`Tìm ${label.toLowerCase()}`}
      />
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : '')}>
        <option value="">— chọn xã ({shown.length}) —</option>
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </span>
  );
}
