/** The search box (diacritics ignored) and district-level unit filter every commune list shares (no filter where there are no districts). */
import { SearchField } from './SearchField';
export function CommuneFilters({
  search,
  onSearch,
  districtId,
  onDistrict,
  districts,
}: {
  search: string;
  onSearch: (text: string) => void;
  districtId: number | '';
  onDistrict: (id: number | '') => void;
  districts: { id: number; label: string }[];
}) {
  return (
    <>
      <SearchField label="Tìm xã" ariaLabel="Tìm xã" placeholder="ví dụ: phu huu" value={search} onChange={onSearch} />
      <DistrictSelect ariaLabel="Đơn vị cấp huyện" value={districtId} onChange={onDistrict} districts={districts} />
    </>
  );
}

/** The «Đơn vị cấp huyện» filter; nothing where there are no districts (a year after 01/7/2025). */
export function DistrictSelect({
  ariaLabel,
  value,
  onChange,
  districts,
}: {
  ariaLabel: string;
  value: number | '';
  onChange: (id: number | '') => void;
  districts: { id: number; label: string }[];
}) {
  if (!districts.length) return null;
  return (
    <label className="field-inline">
      Đơn vị cấp huyện
      <select
        aria-label={ariaLabel}
        value={value}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : '')}
      >
        <option value="">Tất cả</option>
        {districts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </select>
    </label>
  );
}
