import { useMemo, useState } from 'react';
import { byCommuneName, communeLabel, filterCommunes } from '../../../shared/domain/matrix-filter';
import type { CriteriaMatrix } from '../../../shared/models/criteria';

export interface CommuneOption {
  id: number;
  name: string;
  code: string | null;
  districtId: number | null;
  districtName: string;
  label: string;
}

export function communeOptions(m: CriteriaMatrix | null): CommuneOption[] {
  if (!m) return [];
  const d = new Map(m.districts.map((x) => [x.id, x]));
  return m.rows
    .map((r) => {
      const district = r.districtId === null ? undefined : d.get(r.districtId);
      return { id: r.id, name: r.name, code: r.code, districtId: r.districtId, districtName: district?.name ?? '', label: communeLabel(r.name, district?.fullName ?? '') };
    })
    .sort(byCommuneName);
}

/** Choose a commune by typing part of its name without diacritics ("phu huu"). */
export function CommunePicker({ options, value, onChange, label = 'Xã' }: { options: CommuneOption[]; value: number | ''; onChange: (id: number | '') => void; label?: string }) {
  const [q, setQ] = useState('');
  const shown = useMemo(() => filterCommunes(options, { search: q }), [options, q]);
  return (
    <span className="field-inline">
      {label}
      <input type="search" placeholder="tìm tên xã" value={q} onChange={(e) => setQ(e.target.value)} aria-label={`Tìm ${label.toLowerCase()}`} />
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
