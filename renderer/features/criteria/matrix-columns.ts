import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import { resultAt } from '../../../shared/domain/criteria-values';
import { formatShortDate } from '../../../shared/format/date';
import type { CriterionColumn } from '../../../shared/models/criteria';
import { criterionColId, type GridRow } from './grid-rows';

const resultSymbol = (p: ValueFormatterParams<GridRow, boolean | null>) =>
  p.value === true ? '✓' : p.value === false ? '—' : '';

/** Columns of the matrix: who, one narrow column per criterion (name in the header tooltip), then what follows. */
export function matrixColumns(
  criteria: CriterionColumn[],
  required: number,
  overrides: ReadonlyMap<string, string> = new Map(),
): ColDef<GridRow>[] {
  const overrideOf = (row: GridRow | undefined, criterionId: number) =>
    row ? overrides.get(`${row.id}:${criterionId}`) : undefined;
  return [
    {
      colId: 'district',
      headerName: 'Đơn vị cấp huyện',
      field: 'districtFullName',
      width: 172,
      pinned: 'left',
      // Sorting by district keeps the province's usual order of districts, not the alphabet.
      comparator: (_a, _b, na, nb) => (na.data?.districtOrder ?? 0) - (nb.data?.districtOrder ?? 0),
    },
    { colId: 'name', headerName: 'Tên xã', field: 'name', width: 140, pinned: 'left', tooltipField: 'label' },
    ...criteria.map((c, i): ColDef<GridRow> => ({
      colId: criterionColId(c.id),
      headerName: String(c.no),
      headerTooltip: `Tiêu chí ${c.no}. ${c.name} (nhóm ${c.groupNo}: ${c.groupName})`,
      width: 48,
      sortable: false,
      resizable: false,
      valueGetter: (p) => (p.data ? resultAt(p.data.results, i) : null),
      valueFormatter: (p) => resultSymbol(p) + (overrideOf(p.data, c.id) !== undefined ? '*' : ''),
      cellClass: 'cell-result',
      cellClassRules: {
        'cell-met': (p) => p.value === true,
        'cell-unmet': (p) => p.value === false,
        'cell-override': (p) => overrideOf(p.data, c.id) !== undefined,
      },
      tooltipValueGetter: (p) => {
        const reason = overrideOf(p.data, c.id);
        return reason !== undefined ? `Đánh giá khác kết quả tính từ chỉ tiêu — lý do: ${reason}` : undefined;
      },
    })),
    {
      colId: 'met',
      headerName: 'TC đạt',
      field: 'met',
      width: 84,
      pinned: 'right',
      headerTooltip: `Số tiêu chí đạt / ${required}`,
      // Nothing entered yet reads as empty, not as 0/19.
      valueFormatter: (p) => (p.data && /[01]/.test(p.data.results) ? `${p.value}/${required}` : ''),
      cellClass: 'num',
    },
    {
      colId: 'level',
      headerName: 'Mức đạt chuẩn',
      width: 148,
      pinned: 'right',
      valueGetter: (p) => LEVEL_LABEL[p.data?.level ?? 'none'] + (p.data?.levelException ? ' (ngoại lệ)' : ''),
      cellClassRules: { 'cell-risk': (p) => !!p.data?.atRisk || !!p.data?.levelException },
      tooltipValueGetter: (p) =>
        p.data?.levelException
          ? 'Công nhận theo ngoại lệ: chưa đạt đủ tiêu chí khi ghi nhận (xem lý do ở Công nhận, thu hồi)'
          : p.data?.atRisk
            ? 'Có nguy cơ rớt chuẩn'
            : undefined,
    },
    {
      colId: 'warning',
      headerName: 'Cảnh báo',
      width: 196,
      valueGetter: (p) => (p.data?.atRisk ? 'Có nguy cơ rớt chuẩn' : ''),
      cellClassRules: { 'cell-risk': (p) => !!p.value },
      headerTooltip: `Xã đã được công nhận nhưng kết quả năm nay dưới ${required}/${required} tiêu chí: cần đề nghị thu hồi nếu không khắc phục`,
    },
    { colId: 'levelYear', headerName: 'Năm công nhận', field: 'levelYear', width: 110 },
    {
      colId: 'decision',
      headerName: 'Quyết định công nhận',
      width: 220,
      valueGetter: (p) =>
        p.data?.decisionNo
          ? `${p.data.decisionNo}${p.data.decisionDate ? ` (${formatShortDate(p.data.decisionDate)})` : ''}`
          : '',
    },
    {
      colId: 'sample',
      headerName: 'Nguồn',
      width: 90,
      valueGetter: (p) => (p.data?.sample ? 'Dữ liệu mẫu' : ''),
      cellClass: 'muted',
    },
  ];
}
