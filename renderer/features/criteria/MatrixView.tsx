import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, FullWidthCellKeyDownEvent, GridApi } from 'ag-grid-community';
import { commonGridProps } from '../../grid/setup';
import { CommuneFilters } from '../../components/CommuneFilters';
import { startGridPaste } from '../../grid/paste';
import { UndoRedoButtons } from '../../components/UndoRedoButtons';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { useExport } from '../../components/useExport';
import { MoreMenu } from '../../components/MoreMenu';
import { filterCommunes } from '../../lib/matrix-filter';
import { planResultPaste } from '../../lib/criteria-paste';
import { RESULT_INPUT_HELP, resultFromKey } from '../../../shared/domain/criteria-values';
import type { CriteriaMatrix } from '../../../shared/models/criteria';
import { criterionIdOf, type GridRow } from './grid-rows';
import { matrixColumns } from './matrix-columns';
import type { MatrixEditor } from './useMatrixEditor';
import { HistoryPanel } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { IndicatorPanel } from './IndicatorPanel';
import { FileImportPanel } from './FileImportPanel';
import { formatNumber } from '../../../shared/format/number';
import type { SimpleImportPreview } from '../../../shared/models/indicators';
import { Explanations } from '../../components/Explanations';
import { PrintGridButton } from '../../print/GridPrint';

const rowIdOf = (p: { data: GridRow }) => String(p.data.id);

/** The commune × criteria grid of a year, edited like a spreadsheet. */
export function MatrixView({
  matrix,
  editor,
  reload,
}: {
  matrix: CriteriaMatrix;
  editor: MatrixEditor;
  reload: () => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const [search, setSearch] = useState('');
  const [districtId, setDistrictId] = useState<number | ''>('');
  const [historyOf, setHistoryOf] = useState<GridRow | null>(null);
  const [importing, setImporting] = useState(false);
  const exporter = useExport();
  const exporting = exporter.busy;
  const gridRef = useRef<AgGridReact<GridRow>>(null);
  const required = matrix.set?.requiredCount ?? 0;
  // Columns keyed by what they show, so a re-read with the same criteria and overrides keeps them (no redraw of every cell).
  const columnsKey = JSON.stringify([matrix.criteria, matrix.overrides, required]);
  const columns = useMemo(() => {
    const [criteria, overrides, req] = JSON.parse(columnsKey) as [
      CriteriaMatrix['criteria'],
      CriteriaMatrix['overrides'],
      number,
    ];
    return matrixColumns(criteria, req, new Map(overrides.map((o) => [`${o.communeId}:${o.criterionId}`, o.reason])));
  }, [columnsKey]);
  const [panelOf, setPanelOf] = useState<{ communeId: number; criterionId: number } | null>(null);
  const [valuesImport, setValuesImport] = useState(false);
  const shown = useMemo(
    () => filterCommunes(editor.rows, { search, districtId: districtId || null }),
    [editor.rows, search, districtId],
  );
  const criterionName = useMemo(
    () => new Map(matrix.criteria.map((c) => [c.id, `${c.no}. ${c.name}`])),
    [matrix.criteria],
  );

  const focusedRow = (api: GridApi<GridRow>): GridRow | null => {
    const f = api.getFocusedCell();
    return f ? (api.getDisplayedRowAtIndex(f.rowIndex)?.data ?? null) : null;
  };

  /**
   * Ctrl+Z / Ctrl+Y anywhere in the grid. Caught before AG Grid and the browser see them: the
   * browser's own undo would otherwise revert the last text typed in the search box.
   */
  function onKeyDownCapture(ev: KeyboardEvent<HTMLDivElement>) {
    if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return;
    const key = ev.key.toLowerCase();
    if (key === 'z' && !ev.shiftKey) void editor.undo();
    else if (key === 'y' || (key === 'z' && ev.shiftKey)) void editor.redo();
    else return;
    ev.preventDefault();
    ev.stopPropagation();
  }

  /** The indicator panel of the focused criterion cell. */
  function openPanel() {
    const gridApi = gridRef.current?.api;
    const f = gridApi?.getFocusedCell();
    const row = gridApi ? focusedRow(gridApi) : null;
    const criterionId = f ? criterionIdOf(f.column.getColId()) : null;
    if (!row || criterionId === null) return notify('info', 'Hãy chọn một ô tiêu chí của một xã trong bảng trước.');
    setHistoryOf(null);
    setPanelOf({ communeId: row.id, criterionId });
  }

  function onCellKeyDown(e: CellKeyDownEvent<GridRow> | FullWidthCellKeyDownEvent<GridRow>) {
    const ev = e.event as globalThis.KeyboardEvent | null | undefined;
    if (!ev || !('column' in e)) return;
    const criterionId = criterionIdOf(e.column.getColId());
    const row = e.data;
    if (criterionId !== null && row && ev.key === 'F2') {
      ev.preventDefault();
      setHistoryOf(null);
      setPanelOf({ communeId: row.id, criterionId });
      return;
    }
    if (criterionId === null || !row || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (ev.key === ' ' || ev.key === 'Enter') {
      ev.preventDefault();
      // Toggle: an empty cell becomes Đạt, Đạt ↔ Chưa đạt.
      void editor.edit(() => [{ communeId: row.id, criterionId, after: editor.valueOf(row.id, criterionId) !== true }]);
      return;
    }
    if (ev.key === 'Delete' || ev.key === 'Backspace') {
      ev.preventDefault();
      void editor.edit([{ communeId: row.id, criterionId, after: null }]);
      return;
    }
    const value = resultFromKey(ev.key);
    if (value !== null) {
      ev.preventDefault();
      void editor.edit([{ communeId: row.id, criterionId, after: value }]);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    const gridApi = gridRef.current?.api;
    const planned = startGridPaste(gridApi, e, () => notify('info', 'Hãy chọn ô bắt đầu dán trong bảng trước.'));
    if (!gridApi || !planned) return;
    const colName = (colId: string) => gridApi.getColumn(colId)?.getColDef().headerName ?? colId;
    const plan = planResultPaste(
      planned.cells.map((c) => {
        const criterionId = criterionIdOf(c.colId);
        return {
          communeId: c.row.id,
          communeLabel: c.row.label,
          criterionId,
          columnLabel: criterionId === null ? colName(c.colId) : (criterionName.get(criterionId) ?? c.colId),
          text: c.text,
          current: criterionId === null ? null : editor.valueOf(c.row.id, criterionId),
        };
      }),
      planned.overflow,
    );
    if (!plan.ok) {
      notify(
        'error',
        `Không dán được: có ${plan.errors.length} ô không hợp lệ, chưa có thay đổi nào được lưu.`,
        plan.errors,
      );
      return;
    }
    if (!plan.changes.length) return notify('info', 'Khối dán không làm thay đổi ô nào.');
    void editor.edit(plan.changes).then((ok) => ok && notify('success', `Đã dán và lưu ${plan.changes.length} ô.`));
  }

  const exportValues = () => exporter.run('indicators.export', { year: matrix.year });
  const exportExcel = () => exporter.run('criteria.export', {});

  return (
    <>
      <div className="toolbar toolbar-dense toolbar-nowrap matrix-toolbar">
        <CommuneFilters
          search={search}
          onSearch={setSearch}
          districtId={districtId}
          onDistrict={setDistrictId}
          districts={matrix.districts.map((d) => ({ id: d.id, label: d.fullName }))}
        />
        <span className="muted" data-testid="matrix-count">
          {shown.length} xã
        </span>
        <UndoRedoButtons
          onUndo={() => void editor.undo()}
          onRedo={() => void editor.redo()}
          canUndo={editor.canUndo}
          canRedo={editor.canRedo}
        />
        <button className="secondary" onClick={() => void exportExcel()} disabled={exporting}>
          Xuất Excel
        </button>
        <PrintGridButton
          api={() => gridRef.current?.api}
          title={`Kết quả tiêu chí nông thôn mới năm ${matrix.year}${matrix.set ? ` (${matrix.set.name})` : ''}`}
          filter={[
            search ? `tìm «${search}»` : '',
            districtId ? (matrix.districts.find((d) => d.id === districtId)?.fullName ?? '') : '',
          ]
            .filter(Boolean)
            .join('; ')}
        />
        <MoreMenu
          items={[
            {
              label: 'Lịch sử xã',
              title: 'Lịch sử thay đổi của xã đang chọn',
              onSelect: () => gridRef.current?.api && setHistoryOf(focusedRow(gridRef.current.api)),
            },
            { label: 'Nhập từ Excel', onSelect: () => setImporting((v) => !v) },
            { label: 'Chỉ tiêu của ô', title: 'F2 hoặc nhấp đúp ô tiêu chí', onSelect: openPanel },
            matrix.computedCriteria.length > 0 && {
              label: 'Xuất giá trị chỉ tiêu',
              disabled: exporting,
              onSelect: () => void exportValues(),
            },
            matrix.computedCriteria.length > 0 && {
              label: 'Nhập giá trị chỉ tiêu',
              onSelect: () => setValuesImport((v) => !v),
            },
          ]}
        />
        {editor.saving ? <span className="muted">Đang lưu…</span> : null}
      </div>
      {exporter.progress}
      <Explanations id="matrix-keys" defaultOpen={false} summary="Cách nhập: phím tắt và ký hiệu">
        <p className="help-line" data-testid="matrix-help">
          Phím mũi tên: di chuyển · F2 hoặc nhấp đúp: chỉ tiêu của ô · Space/Enter: đảo Đạt ↔ Chưa đạt · Gõ{' '}
          {RESULT_INPUT_HELP} · Ctrl+Z / Ctrl+Y: hoàn tác / làm lại · Delete: xóa ô · Ctrl+V: dán khối từ Excel (sai một
          ô là không dán gì) · ✓ Đạt, — Chưa đạt, ô trống: chưa nhập, * đánh giá khác kết quả tính. Di chuột lên số tiêu
          chí để xem tên.
        </p>
      </Explanations>
      {valuesImport ? (
        <FileImportPanel<SimpleImportPreview>
          label="Nhập giá trị chỉ tiêu từ Excel"
          help={`Dùng tệp «Xuất giá trị chỉ tiêu» làm mẫu: sheet «Chỉ tiêu ${matrix.year}», mỗi dòng một xã, mỗi cột một chỉ tiêu (mã chỉ tiêu đứng đầu tên cột). Có một lỗi là cả tệp bị từ chối.`}
          preview={(f) => api.invoke('indicators.importPreview', f)}
          apply={(f) => api.invoke('indicators.importApply', f)}
          describe={(p) => (
            <p>
              {formatNumber(p.rows)} xã. Sẽ thêm <strong>{formatNumber(p.added)}</strong> giá trị, thay đổi{' '}
              <strong>{formatNumber(p.changed)}</strong>, giữ nguyên {formatNumber(p.unchanged)}.
            </p>
          )}
          onApplied={() => {
            setValuesImport(false);
            reload();
          }}
          onClose={() => setValuesImport(false)}
        />
      ) : null}
      {importing ? (
        <ImportPanel
          onClose={() => setImporting(false)}
          onApplied={() => {
            setImporting(false);
            reload();
          }}
        />
      ) : null}
      <div className="matrix-layout">
        <div className="grid-wrap" onPaste={onPaste} onKeyDownCapture={onKeyDownCapture} data-testid="matrix-grid">
          <AgGridReact<GridRow>
            ref={gridRef}
            {...commonGridProps}
            rowData={shown}
            columnDefs={columns}
            getRowId={rowIdOf}
            onCellKeyDown={onCellKeyDown}
            onCellDoubleClicked={(e) => {
              const criterionId = criterionIdOf(e.colDef.colId ?? '');
              if (e.colDef.colId === 'name' && e.data) {
                setPanelOf(null);
                setHistoryOf(e.data);
              } else if (criterionId !== null && e.data) {
                setHistoryOf(null);
                setPanelOf({ communeId: e.data.id, criterionId });
              }
            }}
            tooltipShowDelay={300}
            // Fewer rows drawn beyond the viewport (default 10 each side): ~30 cells a row, so the first rows come sooner.
            rowBuffer={5}
            // About 30 columns: render them all so derived columns never lag behind a scroll (and every
            // criterion's header can be found, as the keyboard help and tests expect).
            suppressColumnVirtualisation
          />
        </div>
        {historyOf ? (
          <HistoryPanel commune={historyOf} version={editor.version} onClose={() => setHistoryOf(null)} />
        ) : null}
        {panelOf ? (
          <IndicatorPanel
            key={`${panelOf.communeId}:${panelOf.criterionId}`}
            year={matrix.year}
            communeId={panelOf.communeId}
            criterionId={panelOf.criterionId}
            onRows={(rows) => {
              editor.applyRows(rows);
              reload();
            }}
            onClose={() => setPanelOf(null)}
          />
        ) : null}
      </div>
    </>
  );
}
