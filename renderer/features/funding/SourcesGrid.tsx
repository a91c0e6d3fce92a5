import { memo, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, ColGroupDef, GetRowIdParams } from 'ag-grid-community';
import { commonGridProps } from '../../grid/setup';
import { formatRate } from '../../../shared/domain/amount';
import { formatShortDate } from '../../../shared/format/date';
import {
  STAGES,
  STAGE_LABEL,
  type FundingCell,
  type FundingOverview,
  type FundingStage,
} from '../../../shared/models/funding';
import { amountColumn, applyTexts, pasteHandler, type AmountEditing } from './amount-grid';

interface SourceRow {
  id: string;
  label: string;
  /** Null on the total row. */
  code: string | null;
  f: Record<FundingStage, FundingCell>;
}

const TOTAL_ID = '__total';

/** Twelve figures side by side: tighter cell padding so they fit a 1366-pixel screen. */
const compactTheme = commonGridProps.theme.withParams({ cellHorizontalPadding: 8 });

/** Grid options as constants: a new object on a re-render would make the grid rebuild its columns. */
const DEFAULT_COL_DEF: ColDef<SourceRow> = {
  ...commonGridProps.defaultColDef,
  sortable: false,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  flex: 1,
  minWidth: 84,
};
const rowId = (p: GetRowIdParams<SourceRow>) => p.data.id;

/**
 * The province's figures by source: the three stages (province-level figures are entered here;
 * without one, the sum of works shows in italics), the disbursement rate, and how much of each
 * figure the works break down.
 */
export const SourcesGrid = memo(function SourcesGrid({
  data,
  editing,
}: {
  data: FundingOverview;
  editing: AmountEditing<SourceRow>;
}) {
  const gridRef = useRef<AgGridReact<SourceRow>>(null);
  // Parts of a structurally shared answer: rows and columns are rebuilt only when what they show changed.
  const { sources, asOf } = data;
  const figures = data.province.figures;
  const rows = useMemo<SourceRow[]>(
    () =>
      sources.map((s) => ({
        id: s.code,
        label: s.shortName,
        code: s.code,
        f: Object.fromEntries(STAGES.map((st) => [st, figures[st].bySource[s.code]!])) as SourceRow['f'],
      })),
    [sources, figures],
  );
  const pinned = useMemo<SourceRow[]>(
    () => [
      {
        id: TOTAL_ID,
        label: 'Tổng cộng',
        code: null,
        f: Object.fromEntries(STAGES.map((st) => [st, figures[st].total])) as SourceRow['f'],
      },
    ],
    [figures],
  );

  const columns = useMemo<(ColDef<SourceRow> | ColGroupDef<SourceRow>)[]>(() => {
    const stageHeader = (st: FundingStage) =>
      st === 'disbursed' ? `Giải ngân đến ${formatShortDate(asOf)}` : STAGE_LABEL[st];
    return [
      {
        headerName: 'Nguồn vốn',
        field: 'label',
        pinned: 'left',
        flex: 0,
        width: 120,
        tooltipValueGetter: (p) => sources.find((s) => s.code === p.data?.code)?.name ?? '',
      },
      ...STAGES.map((st) =>
        amountColumn<SourceRow>({
          colId: `total.${st}`,
          headerName: stageHeader(st),
          minWidth: 96,
          valueGetter: (p) => p.data?.f[st].total,
          editable: (p) => p.data?.code !== null,
          noData: (p) => p.data?.code === null,
          cellClass: (p) =>
            p.data?.code === null ? 'num-total' : p.data?.f[st].direct === null ? 'editable derived' : 'editable',
        }),
      ),
      {
        colId: 'rate',
        headerName: 'Tỷ lệ giải ngân',
        type: 'rightAligned',
        valueGetter: (p) => (p.data ? formatRate(p.data.f.disbursed.total, p.data.f.allocated.total) : ''),
      },
      {
        headerName: 'Chi tiết theo công trình',
        children: STAGES.map((st) =>
          amountColumn<SourceRow>({
            colId: `detail.${st}`,
            headerName: STAGE_LABEL[st],
            valueGetter: (p) => p.data?.f[st].detail,
            noData: true,
          }),
        ),
      },
      {
        headerName: 'Chưa phân bổ chi tiết',
        children: STAGES.map((st) =>
          amountColumn<SourceRow>({
            colId: `unallocated.${st}`,
            headerName: STAGE_LABEL[st],
            valueGetter: (p) => p.data?.f[st].unallocated,
            cellClass: (p) => ((p.data?.f[st].unallocated ?? 0) < 0 ? 'negative' : ''),
          }),
        ),
      },
    ];
  }, [asOf, sources]);

  function onCellEditRequest(e: CellEditRequestEvent<SourceRow>) {
    const colId = e.column.getColId();
    const d = editing.describe(e.data, colId);
    void applyTexts([{ ...d, text: String(e.newValue ?? '') }], editing);
  }

  return (
    <div className="funding-sources" onPaste={pasteHandler(gridRef, editing)} data-testid="sources-grid">
      <AgGridReact<SourceRow>
        ref={gridRef}
        {...commonGridProps}
        theme={compactTheme}
        domLayout="autoHeight"
        defaultColDef={DEFAULT_COL_DEF}
        rowData={rows}
        pinnedBottomRowData={pinned}
        columnDefs={columns}
        getRowId={rowId}
        readOnlyEdit
        suppressColumnVirtualisation
        onCellEditRequest={onCellEditRequest}
        stopEditingWhenCellsLoseFocus
      />
    </div>
  );
});

const COLUMN_GROUP: Record<string, string> = {
  detail: 'Chi tiết theo công trình',
  unallocated: 'Chưa phân bổ chi tiết',
};

/** The cell under a column of the sources grid: only the stage columns take the province's own figure. */
export function describeSourceCell(row: SourceRow, colId: string) {
  const [kind = '', st] = colId.split('.') as [string, FundingStage | undefined];
  const stage = st ? (st === 'disbursed' ? 'Giải ngân' : STAGE_LABEL[st]) : '';
  const colLabel =
    kind === 'total'
      ? stage
      : COLUMN_GROUP[kind]
        ? `${COLUMN_GROUP[kind]} – ${stage}`
        : kind === 'rate'
          ? 'Tỷ lệ giải ngân'
          : 'Nguồn vốn';
  if (kind !== 'total' || !st || row.code === null) return { rowLabel: row.label, colLabel, target: null };
  // While no province figure exists the cell shows the works' sum: leaving it as is changes nothing.
  return {
    rowLabel: row.label,
    colLabel,
    target: { workId: null, source: row.code, stage: st },
    current: row.f[st].total,
    stored: row.f[st].direct,
  };
}

export type { SourceRow };
