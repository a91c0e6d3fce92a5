import type { OcopMeta, UnitOption } from '../../../shared/models/ocop';

/** <option>s for a list of units, after one for "none / all". */
export function UnitOptions({ units, empty }: { units: UnitOption[]; empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.label}
        </option>
      ))}
    </>
  );
}

export interface UnitValue {
  communeId: number | null;
  districtId: number | null;
}

/** District-level unit, then a commune (xã, phường, thị trấn) of it. */
export function UnitFields({
  meta,
  value,
  onChange,
}: {
  meta: OcopMeta;
  value: UnitValue;
  onChange: (v: UnitValue) => void;
}) {
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
          <UnitOptions units={meta.districts} empty="— chưa xác định —" />
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
          <UnitOptions units={communes} empty="— chưa xác định —" />
        </select>
      </label>
    </>
  );
}
