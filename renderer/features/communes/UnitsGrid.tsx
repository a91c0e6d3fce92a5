import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { RefObject } from 'react';
import type { CellEditRequestEvent, ColDef } from 'ag-grid-community';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { commonGridProps } from '../../grid/setup';
import { formatShortDate } from '../../../shared/format/date';
import { unitFullName, type UnitRow } from '../../../shared/models/units';
import { errorMessage } from '../../api/errors';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "từ 3 đơn vị cũ · 1 cần xác nhận" */
function successionText(u: UnitRow): string {
  const parts = [
    u.predecessorCount ? `từ ${u.predecessorCount} đơn vị cũ` : '',
    u.pendingCount ? `${u.pendingCount} cần xác nhận` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

/** The units in force at a date; a spelling fix of the name and the notes are edited in place. */
export function UnitsGrid({
  rows,
  showDistrict,
  selectedId,
  onSelect,
  gridRef,
}: {
  rows: UnitRow[];
  showDistrict: boolean;
  selectedId: number | null;
  onSelect: (row: UnitRow) => void;
  /** For printing the grid as shown (filter and sort). */
  gridRef?: RefObject<AgGridReact<UnitRow> | null>;
}) {
  const api = useApi();
  const notify = useNotice();
  const columns = useMemo<ColDef<UnitRow>[]>(
    () => [
      { headerName: 'Mã', field: 'code', width: 84 },
      {
        headerName: 'Tên đơn vị',
        field: 'name',
        editable: true,
        width: 170,
        cellClass: 'editable',
        headerTooltip: 'Sửa lỗi chính tả tại chỗ; đổi tên theo quyết định dùng «Đổi tên…»',
      },
      { headerName: 'Loại', field: 'kindLabel', width: 92 },
      {
        headerName: 'Đánh giá NTM',
        colId: 'scope',
        width: 132,
        valueGetter: (p) => (p.data?.inNtmScope ? 'có' : 'không'),
        cellClass: (p) => (p.data?.inNtmScope ? 'scope-in' : 'scope-out'),
        headerTooltip: 'Chỉ xã thuộc phạm vi đánh giá nông thôn mới; phường, đặc khu, thị trấn không đánh giá',
      },
      { headerName: 'Đơn vị cấp huyện', field: 'districtFullName', width: 170, hide: !showDistrict },
      {
        headerName: 'Hiệu lực từ',
        colId: 'validFrom',
        width: 110,
        valueGetter: (p) => formatShortDate(p.data?.validFrom),
      },
      { headerName: 'Văn bản', field: 'decision', width: 140, tooltipField: 'decision' },
      {
        headerName: 'Kế thừa',
        colId: 'succession',
        width: 220,
        tooltipValueGetter: (p) => (p.data ? successionText(p.data) : ''),
        valueGetter: (p) => (p.data ? successionText(p.data) : ''),
        cellClass: (p) => (p.data?.pendingCount ? 'pending-cell' : ''),
      },
      { headerName: 'Ghi chú', field: 'notes', editable: true, flex: 1, minWidth: 140, cellClass: 'editable' },
    ],
    [showDistrict],
  );

  // The rows are the answer of units.list, shared with the API client (later answers are applied to
  // it as deltas): the grid must not write into them (readOnlyEdit), a saved row replaces its object.
  async function onCellEditRequest(e: CellEditRequestEvent<UnitRow>) {
    const field = e.colDef.field as 'name' | 'notes';
    if ((e.newValue ?? '') === (e.oldValue ?? '')) return;
    try {
      const saved = await api.invoke('communes.update', { id: e.data.id, [field]: e.newValue ?? '' });
      const row = { ...e.data, name: saved.name, notes: saved.notes, fullName: unitFullName(e.data.kind, saved.name) };
      e.node.setData(row);
      notify('success', `Đã lưu ${e.data.kindLabel} ${saved.name}.`);
    } catch (err) {
      // Nothing was written, and the grid still shows the old value.
      notify('error', `${cap(e.data.kindLabel)} ${e.data.name}, cột «${e.colDef.headerName}»: ${errorMessage(err)}`);
    }
  }

  return (
    <div className="grid-wrap">
      <AgGridReact<UnitRow>
        ref={gridRef}
        {...commonGridProps}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        // Editable cells (name, notes) are for typing; any other cell opens the unit's panel.
        onCellClicked={(e) => e.data && !e.colDef.editable && onSelect(e.data)}
        rowClassRules={{ 'row-selected': (p) => p.data?.id === selectedId }}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={400}
      />
    </div>
  );
}
