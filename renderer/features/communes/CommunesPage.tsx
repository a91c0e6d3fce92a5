import { useMemo, useRef, useState } from 'react';
import { useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { YearPicker } from '../../components/YearPicker';
import { CommuneFilters } from '../../components/CommuneFilters';
import { DateField } from '../../components/DateField';
import { formatShortDate, yearEnd } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import type { UnitList, UnitRow } from '../../../shared/models/units';
import { UnitsGrid } from './UnitsGrid';
import { PrintGridButton } from '../../print/GridPrint';
import type { AgGridReact } from 'ag-grid-react';
import { UnitPanel } from './UnitPanel';
import { PendingList } from './PendingList';
import { AddUnitForm } from './UnitForms';
import { UnitsImport } from './UnitsImport';
import './units.css';

/** The reorganisation: units up to 30/6/2025 are the old structure, from 1/7/2025 the new one. */
const LAST_OLD_DAY = '2025-06-30';
const TRANSITION_YEAR = 2025;

const KIND_FILTERS = [
  { id: '', label: 'Tất cả' },
  { id: 'xa', label: 'xã' },
  { id: 'phuong', label: 'phường' },
  { id: 'dac_khu', label: 'đặc khu' },
  { id: 'thi_tran', label: 'thị trấn' },
] as const;

const KIND_ORDER = ['xã', 'phường', 'đặc khu', 'thị trấn'];

/** "103 đơn vị: 72 xã, 31 phường" — or "51 xã" when every unit is a xã. */
function countText(rows: UnitRow[]): string {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.kindLabel, (by.get(r.kindLabel) ?? 0) + 1);
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  const parts = [...by].sort((a, b) => rank(a[0]) - rank(b[0])).map(([k, n]) => `${formatNumber(n)} ${k}`);
  if (parts.length <= 1) return parts[0] ?? '0 đơn vị';
  return `${formatNumber(rows.length)} đơn vị: ${parts.join(', ')}`;
}

function TransitionSwitch({ date, onDate }: { date: string; onDate: (iso: string) => void }) {
  const old = date <= LAST_OLD_DAY;
  return (
    <div className="transition-box" role="note">
      <div>
        <strong>Năm 2025 là năm sắp xếp đơn vị hành chính.</strong> Đến hết 30/06/2025: cấu trúc cũ (có đơn vị cấp
        huyện); từ 01/07/2025: các đơn vị mới, không còn cấp huyện. Kết quả nửa đầu năm ghi trên đơn vị cũ, từ 01/7 ghi
        trên đơn vị mới.
      </div>
      <div className="tabs" role="tablist" aria-label="Cấu trúc đơn vị hành chính 2025">
        <button
          role="tab"
          aria-selected={old}
          className={old ? 'tab active' : 'tab'}
          onClick={() => onDate(LAST_OLD_DAY)}
        >
          Đến 30/06/2025 (cấu trúc cũ)
        </button>
        <button
          role="tab"
          aria-selected={!old}
          className={!old ? 'tab active' : 'tab'}
          onClick={() => onDate(yearEnd(TRANSITION_YEAR))}
        >
          Từ 01/07/2025 (cấu trúc mới)
        </button>
      </div>
    </div>
  );
}

/** What the list is empty for: no unit of this structure was recorded at that date. */
function EmptyNote({ list, hasFilter }: { list: UnitList; hasFilter: boolean }) {
  if (hasFilter) return <p className="muted">Không có đơn vị nào khớp điều kiện lọc.</p>;
  return (
    <div className="error-box" role="note">
      Chưa có kết quả: dữ liệu không có đơn vị hành chính nào có hiệu lực ngày {formatShortDate(list.date)}.
      {list.afterReorganisation
        ? ''
        : ' Tệp dữ liệu này không có cấu trúc trước 01/7/2025 (có thể tạo lại tệp với lựa chọn «Kèm cấu trúc trước 01/7/2025»).'}
    </div>
  );
}

/**
 * Danh sách xã: the commune-level units in force on 31/12 of the chosen year (or a chosen date),
 * every kind, with which are assessed against NTM; add / rename / retire / import; and successions.
 */
export function CommunesPage() {
  const { year, setYear, info } = useAppState();
  const [tab, setTab] = useState<'list' | 'pending'>('list');
  const [dateOverride, setDateOverride] = useState<{ year: number; date: string } | null>(null);
  const date = dateOverride?.year === year && dateOverride.date ? dateOverride.date : yearEnd(year);
  const setDate = (iso: string) => setDateOverride({ year, date: iso });
  const [search, setSearch] = useState('');
  const gridRef = useRef<AgGridReact<UnitRow>>(null);
  const [kind, setKind] = useState<string>('');
  const [districtId, setDistrictId] = useState<number | ''>('');
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const list = useQuery('units.list', { date, search: search || undefined });
  const data = list.data;

  const districts = useMemo(() => {
    const m = new Map<number, string>();
    for (const u of data?.units ?? []) if (u.districtId && u.districtFullName) m.set(u.districtId, u.districtFullName);
    return [...m].map(([id, label]) => ({ id, label }));
  }, [data]);
  // A district chosen for another date does not filter a list without it.
  const district = districts.some((d) => d.id === districtId) ? districtId : '';
  const rows = useMemo(
    () => (data?.units ?? []).filter((u) => (!kind || u.kind === kind) && (!district || u.districtId === district)),
    [data, kind, district],
  );
  const selectedRow = rows.find((r) => r.id === selected) ?? data?.units.find((r) => r.id === selected) ?? null;
  const pending = info.pendingSuccessions;
  const openUnit = (id: number) => {
    setSelected(id);
    setTab('list');
  };

  return (
    <section className="page page-grid units-page">
      <div className="toolbar toolbar-dense">
        <YearPicker
          value={year}
          onChange={(y) => {
            setYear(y);
            setDateOverride(null);
          }}
        />
        <label className="field-inline">
          Tại ngày
          <DateField label="Danh sách tại ngày" value={date} onChange={(iso) => setDate(iso || yearEnd(year))} />
        </label>
        <div className="tabs" role="tablist" aria-label="Danh sách xã">
          <button
            role="tab"
            aria-selected={tab === 'list'}
            className={tab === 'list' ? 'tab active' : 'tab'}
            onClick={() => setTab('list')}
          >
            Danh sách
          </button>
          <button
            role="tab"
            aria-selected={tab === 'pending'}
            className={tab === 'pending' ? 'tab active' : 'tab'}
            onClick={() => setTab('pending')}
          >
            Cần xác nhận{pending ? ` (${formatNumber(pending)})` : ''}
          </button>
        </div>
      </div>
      {tab === 'pending' ? (
        <PendingList onOpenUnit={openUnit} />
      ) : (
        <>
          {year === TRANSITION_YEAR ? <TransitionSwitch date={date} onDate={setDate} /> : null}
          <div className="toolbar toolbar-dense">
            <CommuneFilters
              search={search}
              onSearch={setSearch}
              districtId={district}
              onDistrict={setDistrictId}
              districts={districts}
            />
            <label className="field-inline">
              Loại
              <select aria-label="Loại đơn vị" value={kind} onChange={(e) => setKind(e.target.value)}>
                {KIND_FILTERS.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted" data-testid="commune-count">
              {data ? countText(rows) : 'Đang tải…'}
            </span>
            <span className="toolbar-spacer" />
            <button className="secondary" onClick={() => setAdding(true)} disabled={adding}>
              Thêm đơn vị…
            </button>
            <UnitsImport date={date} onApplied={list.reload} />
            <PrintGridButton
              api={() => gridRef.current?.api}
              title="Danh sách xã"
              filter={[
                `ngày ${formatShortDate(date)}`,
                search ? `tìm «${search}»` : '',
                KIND_FILTERS.find((k) => k.id === kind && k.id)?.label ?? '',
              ]
                .filter(Boolean)
                .join(', ')}
            />
          </div>
          <p className="help-line scope-note">
            Danh sách ngày {formatShortDate(date)}. Chỉ <strong>xã</strong> thuộc phạm vi đánh giá nông thôn mới;
            phường, đặc khu và thị trấn được liệt kê nhưng không đánh giá tiêu chí. Bấm vào mã, loại hay cột Kế thừa của
            một dòng để xem đơn vị hình thành từ đâu, lịch sử kế thừa, đổi tên hoặc thôi hiệu lực; bấm đúp vào tên, ghi
            chú để sửa.
          </p>
          {adding ? (
            <AddUnitForm
              onCancel={() => setAdding(false)}
              onDone={(row) => {
                setAdding(false);
                list.reload();
                setSelected(row.id);
              }}
            />
          ) : null}
          {list.error ? <div className="error-box">{list.error}</div> : null}
          {data && !rows.length ? <EmptyNote list={data} hasFilter={!!(search || kind || district)} /> : null}
          <div className="matrix-layout">
            <UnitsGrid
              gridRef={gridRef}
              rows={rows}
              showDistrict={!!data && !data.afterReorganisation}
              selectedId={selected}
              onSelect={(r) => setSelected(r.id)}
            />
            {selected ? (
              <UnitPanel
                key={selected}
                unitId={selected}
                row={selectedRow}
                onOpen={setSelected}
                onClose={() => setSelected(null)}
                onChanged={list.reload}
              />
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
