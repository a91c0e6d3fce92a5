import { memo, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, CellFocusedEvent, ColDef, GetRowIdParams, GridApi } from 'ag-grid-community';
import { commonGridProps } from '../../grid/setup';
import {
  STAGE_LABEL,
  WORK_STATUSES,
  WORK_STATUS_LABEL,
  type FundingSourceInfo,
  type FundingStage,
  type WorkRow,
  type WorksList,
} from '../../../shared/models/funding';
import { amountColumn, applyTexts, pasteHandler, type AmountEditing } from './amount-grid';
import { sumThousandVnd, thousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import { useStableHandler } from './use-stable-handler';

export type WorkField = 'name' | 'criterion' | 'startYear' | 'endYear' | 'status' | 'committedValue' | 'notes';

interface Props {
  list: WorksList;
  sources: FundingSourceInfo[];
  stage: FundingStage;
  editing: AmountEditing<WorkRow>;
  /** Saves one field of a work from the text the person typed or chose. */
  onEditField: (work: WorkRow, field: WorkField, text: string) => void;
  onFocusWork: (work: WorkRow | null) => void;
  /** A work just added: scrolled into view with its first amount cell focused, ready to type. */
  revealWorkId?: number | null;
  onPrintApi?: (api: () => GridApi | null | undefined) => void;
}

/** The sum of figures present; null when there is none (shown blank, never as a 0). */
const sumPresent = (figures: (ThousandVnd | null)[]): ThousandVnd | null => {
  const present = figures.filter((a): a is ThousandVnd => a !== null);
  return present.length ? sumThousandVnd(present) : null;
};
const sumStage = (w: WorkRow, stage: FundingStage) => sumPresent(Object.values(w.amounts[stage]));
const criterionText = (w: Pick<WorkRow, 'criterionNo' | 'criterionName'>) =>
  w.criterionNo === null ? '' : `${w.criterionNo} - ${w.criterionName}`;

/** Grid options as constants: a new object on a re-render would make the grid rebuild its columns. */
const DEFAULT_COL_DEF: ColDef<WorkRow> = {
  ...commonGridProps.defaultColDef,
  width: 112,
  wrapHeaderText: true,
  autoHeaderHeight: true,
};
const rowId = (p: GetRowIdParams<WorkRow>) => String(p.data.id);

/** The works of the year with one stage's figures by source; works are edited in place. */
export const WorksGrid = memo(function WorksGrid({
  list,
  sources,
  stage,
  editing,
  onEditField,
  onFocusWork,
  revealWorkId,
  onPrintApi,
}: Props) {
  const gridRef = useRef<AgGridReact<WorkRow>>(null);
  useEffect(() => onPrintApi?.(() => gridRef.current?.api), [onPrintApi]);
  useEffect(() => {
    const api = gridRef.current?.api;
    if (!api || !revealWorkId) return;
    const node = api.getRowNode(String(revealWorkId));
    if (!node || node.rowIndex === null) return;
    const col = sources[0] ? `amt.${sources[0].code}` : 'name';
    api.ensureNodeVisible(node, 'middle');
    api.ensureColumnVisible(col);
    api.setFocusedCell(node.rowIndex, col);
    // The grid itself may sit below the fold of the page.
    document.querySelector<HTMLElement>('.funding-works')?.scrollIntoView({ block: 'nearest' });
  }, [revealWorkId, list, sources]);
  const pinned = useMemo<WorkRow[]>(() => {
    const amounts: WorkRow['amounts'] = { need: {}, allocated: {}, disbursed: {} };
    for (const w of list.rows)
      for (const [code, a] of Object.entries(w.amounts[stage]))
        amounts[stage][code] = thousandVnd((amounts[stage][code] ?? 0) + a);
    const committed = sumPresent(list.rows.map((w) => w.committedValue));
    return [
      {
        ...({} as WorkRow),
        id: 0,
        name: `Tổng cộng (${list.rows.length} công trình)`,
        amounts,
        committedValue: committed,
        criterionNo: null,
        criterionName: '',
      },
    ];
  }, [list, stage]);

  // Rebuilt only when what the columns show changes (the answers are structurally shared).
  const criteria = list.criteria;
  const noDistricts = list.districts.length === 0;
  const columns = useMemo<ColDef<WorkRow>[]>(() => {
    const editable = (p: { node: { rowPinned?: string | null } }) => !p.node.rowPinned;
    const cls = (p: { node: { rowPinned?: string | null } }) => (p.node.rowPinned ? 'num-total' : 'editable');
    return [
      { headerName: 'Đơn vị cấp huyện', field: 'districtName', width: 165, pinned: 'left', hide: noDistricts },
      { headerName: 'Xã', field: 'communeName', width: 120, pinned: 'left' },
      {
        colId: 'name',
        headerName: 'Tên công trình',
        field: 'name',
        width: 280,
        editable,
        cellClass: cls,
        tooltipField: 'name',
      },
      {
        colId: 'criterion',
        headerName: 'Tiêu chí',
        width: 170,
        valueGetter: (p) => (p.data ? criterionText(p.data) : ''),
        editable,
        cellClass: cls,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: {
          values: ['', ...criteria.map((c) => criterionText({ criterionNo: c.no, criterionName: c.name }))],
        },
      },
      {
        colId: 'startYear',
        headerName: 'Năm bắt đầu',
        field: 'startYear',
        width: 100,
        editable,
        cellClass: cls,
        cellDataType: false,
      },
      {
        colId: 'endYear',
        headerName: 'Năm kết thúc',
        field: 'endYear',
        width: 100,
        editable,
        cellClass: cls,
        cellDataType: false,
      },
      {
        colId: 'status',
        headerName: 'Tình trạng',
        width: 130,
        valueGetter: (p) => (p.data?.status ? WORK_STATUS_LABEL[p.data.status] : ''),
        editable,
        cellClass: cls,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: WORK_STATUSES.map((s) => WORK_STATUS_LABEL[s]) },
      },
      amountColumn<WorkRow>({
        colId: 'committedValue',
        headerName: 'Giá trị cam kết',
        field: 'committedValue',
        editable,
        cellClass: cls,
        noData: (p) => !!p.node?.rowPinned,
      }),
      ...sources.map((s) =>
        amountColumn<WorkRow>({
          colId: `amt.${s.code}`,
          headerName: s.shortName,
          headerTooltip: `${STAGE_LABEL[stage]} – ${s.name}`,
          valueGetter: (p) => p.data?.amounts[stage][s.code],
          editable,
          cellClass: cls,
          noData: (p) => !!p.node?.rowPinned,
        }),
      ),
      amountColumn<WorkRow>({
        colId: 'stageTotal',
        headerName: `Tổng ${STAGE_LABEL[stage].toLowerCase()}`,
        valueGetter: (p) => (p.data ? sumStage(p.data, stage) : null),
        cellClass: 'num-total',
        noData: true,
      }),
      { colId: 'notes', headerName: 'Ghi chú', field: 'notes', width: 200, editable, cellClass: cls },
    ];
  }, [criteria, sources, stage, noDistricts]);

  const onCellEditRequest = useStableHandler((e: CellEditRequestEvent<WorkRow>) => {
    const colId = e.column.getColId();
    const text = String(e.newValue ?? '');
    if (colId.startsWith('amt.')) void applyTexts([{ ...editing.describe(e.data, colId), text }], editing);
    else onEditField(e.data, colId as WorkField, text);
  });
  const onCellFocused = useStableHandler((e: CellFocusedEvent<WorkRow>) =>
    onFocusWork(e.rowPinned || e.rowIndex === null ? null : (e.api.getDisplayedRowAtIndex(e.rowIndex)?.data ?? null)),
  );
  const onPaste = useMemo(() => pasteHandler(gridRef, editing), [editing]);

  return (
    <div className="grid-wrap funding-works" onPaste={onPaste} data-testid="works-grid">
      <AgGridReact<WorkRow>
        ref={gridRef}
        {...commonGridProps}
        defaultColDef={DEFAULT_COL_DEF}
        rowData={list.rows}
        pinnedBottomRowData={pinned}
        columnDefs={columns}
        getRowId={rowId}
        readOnlyEdit
        suppressColumnVirtualisation
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={400}
      />
    </div>
  );
});

/** Only the source columns of the chosen stage take pasted amounts. */
export function describeWorkCell(sources: FundingSourceInfo[], stage: FundingStage) {
  return (row: WorkRow, colId: string) => {
    const code = colId.startsWith('amt.') ? colId.slice(4) : null;
    const source = sources.find((s) => s.code === code);
    const rowLabel = `${row.name} (xã ${row.communeName})`;
    if (!source) return { rowLabel, colLabel: WORK_COLUMN_LABEL[colId] ?? colId, target: null };
    return {
      rowLabel,
      colLabel: `${STAGE_LABEL[stage]} – ${source.shortName}`,
      target: { workId: row.id, source: source.code, stage },
      current: row.amounts[stage][source.code] ?? null,
    };
  };
}

/** How people name the works grid's columns (in messages). */
export const WORK_COLUMN_LABEL: Record<string, string> = {
  districtName: 'Đơn vị cấp huyện',
  communeName: 'Xã',
  name: 'Tên công trình',
  criterion: 'Tiêu chí',
  startYear: 'Năm bắt đầu',
  endYear: 'Năm kết thúc',
  status: 'Tình trạng',
  committedValue: 'Giá trị cam kết',
  stageTotal: 'Tổng',
  notes: 'Ghi chú',
};
