import { useMemo, useState } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { matchesSearch } from '../../../shared/format/text';
import type { ProvinceOption } from '../../../shared/models/setup';
import { SearchField } from '../../components/SearchField';

/** "103 đơn vị: 72 xã, 31 phường" */
export function provinceCounts(p: ProvinceOption): string {
  const parts = [
    p.xaCount && `${formatNumber(p.xaCount)} xã`,
    p.phuongCount && `${formatNumber(p.phuongCount)} phường`,
    p.dacKhuCount && `${formatNumber(p.dacKhuCount)} đặc khu`,
  ].filter(Boolean);
  return `${formatNumber(p.unitCount)} đơn vị: ${parts.join(', ')}`;
}

/** The 34 provinces from 1/7/2025, searchable ignoring diacritics ("can tho" finds Cần Thơ). */
export function ProvinceChooser({
  provinces,
  value,
  onChange,
  disabled,
}: {
  provinces: ProvinceOption[];
  value: string | null;
  onChange: (code: string) => void;
  disabled?: boolean;
}) {
  const [search, setSearch] = useState('');
  const shown = useMemo(
    () => provinces.filter((p) => matchesSearch(`${p.fullName} ${p.code} ${p.formedFrom.join(' ')}`, search)),
    [provinces, search],
  );
  return (
    <div className="province-chooser">
      <SearchField
        label="Tìm tỉnh/thành phố"
        ariaLabel="Tìm tỉnh/thành phố"
        placeholder="ví dụ: can tho"
        value={search}
        onChange={setSearch}
        disabled={disabled}
      />
      <div className="province-list" role="radiogroup" aria-label="Tỉnh/thành phố">
        {shown.map((p) => (
          <label key={p.code} className={p.code === value ? 'province-item selected' : 'province-item'}>
            <input
              type="radio"
              name="province"
              value={p.code}
              checked={p.code === value}
              onChange={() => onChange(p.code)}
              disabled={disabled}
              aria-label={p.fullName}
            />
            <span className="province-text">
              <span className="province-name">{p.fullName}</span>
              <span className="province-sub">{provinceCounts(p)}</span>
              {p.formedFrom.length > 1 ? (
                <span className="province-sub">Hợp nhất từ: {p.formedFrom.join(', ')}</span>
              ) : null}
            </span>
          </label>
        ))}
        {!shown.length ? <p className="muted">Không có tỉnh/thành phố nào khớp «{search}».</p> : null}
      </div>
    </div>
  );
}
