import type { OcopMeta } from '../../../shared/models/ocop';

export interface UnitValue {
  communeId: number | null;
  districtId: number | null;
}

/** District-level unit, then a commune (xã, phường, thị trấn) of it. */
export function UnitFields({ meta, value, onChange }: { meta: OcopMeta; value: UnitValue; onChange: (v: UnitValue) => void }) {
  const communes = meta.communes.filter((c) => value.districtId === null || c.parentId === value.districtId);
  return (
    <>
      <label>
        Đơn vị cấp huyện
        <select
          aria-label="Đơn vị cấp huyện"
          value={value.districtId ?? ''}
          onChange={(e) => onChange({ districtId: e.target.value ? Number(e.target.value) : null, communeId: null })}
        >
          <option value="">— chưa xác định —</option>
          {meta.districts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Xã, phường, thị trấn
        <select
          aria-label="Xã, phường, thị trấn"
          value={value.communeId ?? ''}
          onChange={(e) => {
            const c = meta.communes.find((x) => x.id === Number(e.target.value));
            onChange({ communeId: c?.id ?? null, districtId: c?.parentId ?? value.districtId });
          }}
        >
          <option value="">— chưa xác định —</option>
          {communes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
