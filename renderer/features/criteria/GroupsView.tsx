import { useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, ColDef, FullWidthCellKeyDownEvent } from 'ag-grid-community';
import { commonGridProps } from '../../grid/setup';
import { startGridPaste } from '../../grid/paste';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { useExport } from '../../components/useExport';
import { formatShortDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { matchesSearch } from '../../../shared/format/text';
import type { CommuneGroupRow, SimpleImportPreview } from '../../../shared/models/indicators';
import { FileImportPanel } from './FileImportPanel';
import { DateField } from '../../components/DateField';
import { errorNotice } from '../../api/errors';

type Row = CommuneGroupRow & { pending?: number | null };

const groupOf = (text: string): number | null | 'invalid' => {
  const t = text.trim();
  if (!t || t === '-') return null;
  const m = /^(?:nhóm\s*)?([123])$/i.exec(t);
  return m ? Number(m[1]) : 'invalid';
};

/**
 * Xã nhóm 1, 2, 3 (QĐ 51/2025) of the communes in force in a year: typed (1, 2, 3, Delete) or pasted
 * from Excel into the «Nhóm» column, then saved with the date it applies from and the deciding
 * document; or imported from Excel. Thresholds applied to a commune follow its group.
 */
export function GroupsView({ year }: { year: number }) {
  const api = useApi();
  const notify = useNotice();
  const list = useQuery('communeGroups.list', { year });
  const [pending, setPending] = useState<Map<number, number | null>>(new Map());
  const [validFrom, setValidFrom] = useState(`${Math.max(year, 2026)}-02-15`);
  const [decision, setDecision] = useState('');
  const [search, setSearch] = useState('');
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const gridRef = useRef<AgGridReact<Row>>(null);
  const rows = useMemo(
    () =>
      (list.data ?? [])
        .filter((r) => matchesSearch(r.label, search))
        .map((r) => (pending.has(r.communeId) ? { ...r, pending: pending.get(r.communeId)! } : r)),
    [list.data, pending, search],
  );
  const counts = [1, 2, 3].map((g) => (list.data ?? []).filter((r) => r.groupNo === g).length);
  const none = (list.data ?? []).filter((r) => r.groupNo === null).length;

  const columns: ColDef<Row>[] = [
    { colId: 'code', headerName: 'Mã xã', field: 'code', width: 96 },
    { colId: 'label', headerName: 'Xã', field: 'label', flex: 2, minWidth: 220 },
    {
      colId: 'group',
      headerName: 'Nhóm',
      width: 110,
      valueGetter: (p) => (p.data?.pending !== undefined ? p.data.pending : p.data?.groupNo),
      valueFormatter: (p) => (p.value ? `Nhóm ${p.value}` : ''),
      cellClassRules: { 'cell-pending': (p) => p.data?.pending !== undefined },
    },
    {
      colId: 'validFrom',
      headerName: 'Áp dụng từ',
      width: 120,
      valueGetter: (p) => (p.data?.validFrom ? formatShortDate(p.data.validFrom) : ''),
    },
    { colId: 'decision', headerName: 'Văn bản quyết định', field: 'decision', flex: 1, minWidth: 180 },
  ];

  const change = (edits: { communeId: number; groupNo: number | null }[]) =>
    setPending((p) => {
      const next = new Map(p);
      for (const e of edits) next.set(e.communeId, e.groupNo);
      return next;
    });

  function onCellKeyDown(e: CellKeyDownEvent<Row> | FullWidthCellKeyDownEvent<Row>) {
    const ev = e.event as globalThis.KeyboardEvent | null | undefined;
    if (!ev || !('column' in e) || e.column.getColId() !== 'group' || !e.data) return;
    if (['1', '2', '3'].includes(ev.key)) change([{ communeId: e.data.communeId, groupNo: Number(ev.key) }]);
    else if (ev.key === 'Delete' || ev.key === 'Backspace') change([{ communeId: e.data.communeId, groupNo: null }]);
    else return;
    ev.preventDefault();
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    const planned = startGridPaste(gridRef.current?.api, e, () =>
      notify('info', 'Hãy chọn ô «Nhóm» bắt đầu dán trước.'),
    );
    if (!planned) return;
    const bad: string[] = [];
    const edits: { communeId: number; groupNo: number | null }[] = [];
    for (const c of planned.cells) {
      if (c.colId !== 'group') bad.push(`${c.row.label}: chỉ dán được vào cột «Nhóm».`);
      else {
        const g = groupOf(c.text);
        if (g === 'invalid') bad.push(`${c.row.label}: «${c.text}» không phải nhóm xã (1, 2 hoặc 3).`);
        else edits.push({ communeId: c.row.communeId, groupNo: g });
      }
    }
    if (planned.overflow) bad.push('Khối dán vượt quá số dòng của bảng.');
    if (bad.length) return notify('error', `Không dán được: ${bad.length} ô không hợp lệ, chưa thay đổi gì.`, bad);
    change(edits);
  }

  async function save() {
    setBusy(true);
    try {
      const out = await api.invoke('communeGroups.save', {
        year,
        validFrom,
        decision,
        changes: [...pending].map(([communeId, groupNo]) => ({ communeId, groupNo })),
      });
      notify(
        'success',
        `Đã lưu nhóm của ${formatNumber(out.changed)} xã; kết quả tiêu chí tính lại theo ngưỡng của nhóm mới.`,
      );
      setPending(new Map());
      list.reload();
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  const exporter = useExport();
  const exportExcel = () => exporter.run('communeGroups.export', { year });

  return (
    <>
      <div className="toolbar toolbar-dense">
        <input
          type="search"
          placeholder="Tìm xã…"
          aria-label="Tìm xã"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="muted" data-testid="group-counts">
          Nhóm 1: {counts[0]} · Nhóm 2: {counts[1]} · Nhóm 3: {counts[2]} · chưa xác định: {none}
        </span>
        <button className="secondary" onClick={() => void exportExcel()} disabled={exporter.busy}>
          Xuất Excel
        </button>
        <button className="secondary" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
          Nhập từ Excel
        </button>
      </div>
      {exporter.progress}
      <div className="toolbar toolbar-dense">
        <label className="field-inline">
          Áp dụng từ ngày
          <DateField label="Áp dụng từ ngày" value={validFrom} onChange={setValidFrom} />
        </label>
        <label className="field-inline">
          Văn bản quyết định
          <input
            type="text"
            size={28}
            aria-label="Văn bản quyết định nhóm xã"
            placeholder="ví dụ 12/QĐ-UBND ngày 20/3/2026"
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
          />
        </label>
        <button onClick={() => void save()} disabled={busy || !pending.size}>
          Lưu {pending.size ? `${pending.size} thay đổi` : ''}
        </button>
        {pending.size ? (
          <button className="secondary" onClick={() => setPending(new Map())}>
            Bỏ thay đổi
          </button>
        ) : null}
      </div>
      <p className="help-line">
        Chọn ô cột «Nhóm» rồi gõ 1, 2, 3 (Delete: bỏ nhóm) hoặc dán (Ctrl+V) một cột từ Excel; ô đổi màu là chưa lưu.
        Nhóm theo QĐ 51/2025/QĐ-TTg: nhóm 1 — xã ven đô thị, định hướng lên đô thị hoặc nông nghiệp dưới 10% cơ cấu kinh
        tế; nhóm 3 — xã khu vực II, III vùng đồng bào DTTS và miền núi; nhóm 2 — các xã còn lại.
      </p>
      {importing ? (
        <FileImportPanel<SimpleImportPreview>
          label="Nhập nhóm xã từ Excel"
          help="Dùng tệp «Xuất Excel» làm mẫu (sheet «Nhóm xã»: Mã xã, Tên xã, Nhóm, Áp dụng từ ngày, Văn bản quyết định). Dòng để trống cột Nhóm được bỏ qua."
          preview={(f) => api.invoke('communeGroups.importPreview', { ...f, year })}
          apply={(f) => api.invoke('communeGroups.importApply', { ...f, year })}
          describe={(p) => (
            <p>
              {formatNumber(p.rows)} xã: thêm {formatNumber(p.added)}, đổi {formatNumber(p.changed)}, giữ nguyên{' '}
              {formatNumber(p.unchanged)}.
            </p>
          )}
          onApplied={() => {
            setImporting(false);
            list.reload();
          }}
          onClose={() => setImporting(false)}
        />
      ) : null}
      {list.error ? <div className="error-box">{list.error}</div> : null}
      <div className="grid-wrap" onPaste={onPaste} data-testid="groups-grid">
        <AgGridReact<Row>
          ref={gridRef}
          {...commonGridProps}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => String(p.data.communeId)}
          onCellKeyDown={onCellKeyDown}
        />
      </div>
    </>
  );
}
