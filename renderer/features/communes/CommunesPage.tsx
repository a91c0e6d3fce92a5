import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellValueChangedEvent, ColDef } from 'ag-grid-community';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { commonGridProps } from '../../grid/setup';
import { CommuneFilters } from '../../components/CommuneFilters';
import type { CommuneRow } from '../../../shared/models/units';
import { PrintGridButton } from '../../print/GridPrint';

/** The province's rural communes by district-level unit; name and notes are edited in place. */
export function CommunesPage() {
  const api = useApi();
  const notify = useNotice();
  const [search, setSearch] = useState('');
  const [districtId, setDistrictId] = useState<number | ''>('');
  const districts = useQuery('units.districts', {});
  const communes = useQuery('communes.list', { search: search || undefined, districtId: districtId || undefined });
  const gridRef = useRef<AgGridReact<CommuneRow>>(null);

  const columns = useMemo<ColDef<CommuneRow>[]>(
    () => [
      { headerName: 'Đơn vị cấp huyện', field: 'districtFullName', width: 200 },
      { headerName: 'Mã', field: 'code', width: 90 },
      { headerName: 'Tên xã', field: 'name', editable: true, width: 200, cellClass: 'editable' },
      { headerName: 'Ghi chú', field: 'notes', editable: true, flex: 1, cellClass: 'editable' },
    ],
    [],
  );

  async function onCellValueChanged(e: CellValueChangedEvent<CommuneRow>) {
    const field = e.colDef.field as 'name' | 'notes';
    try {
      const saved = await api.invoke('communes.update', { id: e.data.id, [field]: e.newValue ?? '' });
      e.node.setData(saved);
      notify('success', `Đã lưu xã ${saved.name}.`);
    } catch (err) {
      // Put the old value back: nothing was written.
      e.node.setDataValue(field, e.oldValue);
      notify('error', `Xã ${e.data.name}, cột «${e.colDef.headerName}»: ${(err as Error).message}`);
    }
  }

  const rows = communes.data ?? [];
  return (
    <section className="page page-grid">
      <div className="toolbar">
        <CommuneFilters
          search={search}
          onSearch={setSearch}
          districtId={districtId}
          onDistrict={setDistrictId}
          districts={(districts.data ?? []).map((d) => ({ id: d.id, label: `${d.fullName} (${d.communeCount} xã)` }))}
        />
        <span className="muted" data-testid="commune-count">
          {rows.length} xã
        </span>
        <PrintGridButton
          api={() => gridRef.current?.api}
          title="Danh sách xã"
          filter={[districtId ? (districts.data ?? []).find((d) => d.id === districtId)?.fullName : '', search ? `tìm «${search}»` : ''].filter(Boolean).join(', ')}
        />
      </div>
      {communes.error ? <div className="error-box">{communes.error}</div> : null}
      <div className="grid-wrap">
        <AgGridReact<CommuneRow>
          ref={gridRef}
          {...commonGridProps}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => String(p.data.id)}
          onCellValueChanged={onCellValueChanged}
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
        />
      </div>
    </section>
  );
}
