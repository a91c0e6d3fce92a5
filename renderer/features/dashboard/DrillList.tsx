import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { useApi } from '../../api/context';
import { useDataEpoch } from '../../components/data-epoch';
import { useNotice } from '../../components/Notice';
import { commonGridProps } from '../../grid/setup';
import { PrintGridButton } from '../../print/GridPrint';
import { formatNumber, formatDecimal1 } from '../../../shared/format/number';
import { formatShortDate } from '../../../shared/format/date';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import type { DashboardOverview, OverviewCommune } from '../../../shared/models/dashboard';
import { FIRST_ROWS, NO_DATA, type Drill } from './drill';
import { shareUnchanged } from '../../lib/share-unchanged';

const num = (p: ValueFormatterParams) =>
  p.value === null || p.value === undefined
    ? NO_DATA
    : formatNumber(p.value as number, Number.isInteger(p.value) ? 0 : 1);
const pct = (p: ValueFormatterParams) =>
  p.value === null || p.value === undefined ? NO_DATA : `${formatDecimal1(p.value as number)}%`;
const numCol = { type: 'numericColumn', valueFormatter: num, width: 130 } as const;

const COMMUNE_COLS: ColDef<OverviewCommune>[] = [
  { headerName: 'Xã', field: 'name', flex: 1, minWidth: 160 },
  { headerName: 'Đơn vị cấp huyện (trước 1/7/2025)', field: 'districtName', flex: 1, minWidth: 160 },
  {
    headerName: 'Mức đạt chuẩn',
    valueGetter: (p) => (p.data?.level ? LEVEL_LABEL[p.data.level] : 'Chưa đạt'),
    width: 150,
  },
  {
    headerName: 'Năm công nhận',
    field: 'levelYear',
    width: 130,
    valueFormatter: (p) => (p.value ? String(p.value) : ''),
  },
  { headerName: 'Số tiêu chí đạt', field: 'met', ...numCol },
  { headerName: 'Kế hoạch năm', valueGetter: (p) => (p.data?.target ? LEVEL_LABEL[p.data.target] : ''), width: 140 },
  { headerName: 'Nguy cơ không giữ chuẩn', valueGetter: (p) => (p.data?.atRisk ? 'Có' : ''), width: 120 },
];

/** The list behind the figure the person chose, under the charts; printable like every grid. */
export function DrillList({
  data,
  drill,
  byDistrict,
  onShown,
}: {
  data: DashboardOverview;
  drill: Drill;
  byDistrict: boolean;
  onShown?: (year: number) => void;
}) {
  const gridRef = useRef<AgGridReact>(null);
  const api = useApi();
  const notify = useNotice();
  // Every list is read when shown, filtered by the service; a long xã list comes 200 rows first.
  // The rows read for `key`; the grid keeps the previous rows until the new ones come (no blank flash).
  const [fetched, setFetched] = useState<{
    key: string;
    kind: Drill['kind'];
    grouped: boolean;
    rows: unknown[];
    total: number;
  } | null>(null);
  const key = JSON.stringify([
    data.year,
    drill.kind,
    drill.kind === 'communes' ? drill.filter : drill.title,
    byDistrict,
  ]);
  const [everything, setEverything] = useState(false);
  const shownRef = useRef(onShown);
  shownRef.current = onShown;
  useEffect(() => setEverything(false), [drill, data.year]);
  // Read again when the section learns the data changed (at the same time as the figures, not after them).
  const { epoch, track } = useDataEpoch();
  const readAt = useRef(epoch);
  const year = data.year;
  const due = drill.kind === 'expiring' ? data.due.expiring : null;
  useEffect(() => {
    let live = true;
    const done = (rows: unknown[], total = rows.length) => {
      if (!live) return;
      // A re-read of the same list keeps what is shown (unchanged rows keep their objects).
      setFetched((f) => {
        const shared = f ? shareUnchanged(f.rows, rows) : rows;
        if (f && f.key === key && f.rows === shared && f.total === total) return f;
        return { key, kind: drill.kind, grouped: byDistrict, rows: shared, total };
      });
      shownRef.current?.(year);
    };
    const fail = (e: Error) => notify('error', e.message);
    const read =
      drill.kind === 'communes' && byDistrict
        ? api.invoke('overview.communesByDistrict', { year, filter: drill.filter }).then((r) => done(r), fail)
        : drill.kind === 'communes'
          ? api
              .invoke('overview.communes', { year, filter: drill.filter, limit: everything ? undefined : FIRST_ROWS })
              .then((r) => done(r.rows, r.total), fail)
          : drill.kind === 'funding'
            ? api
                .invoke('overview.fundingUnits', { year, sourceCode: drill.sourceCode, byDistrict })
                .then((r) => done(r), fail)
            : drill.kind === 'ocop'
              ? api.invoke('overview.ocopProducts', { year, stars: drill.stars }).then((r) => done(r), fail)
              : null;
    if (!read) done(due ?? []);
    else if (readAt.current !== epoch) track(read);
    readAt.current = epoch;
    return () => {
      live = false;
    };
  }, [api, notify, drill, byDistrict, everything, year, due, key, epoch, track]);

  // Columns of the rows shown (they change with them, not before).
  const kind = fetched?.kind ?? drill.kind;
  const grouped = fetched?.grouped ?? byDistrict;
  const cols = useMemo((): ColDef[] => {
    if (kind === 'communes') {
      if (!grouped) return COMMUNE_COLS.filter((c) => data.hasDistricts || c.field !== 'districtName') as ColDef[];
      return [
        { headerName: 'Đơn vị cấp huyện', field: 'name', flex: 1, minWidth: 200 },
        { headerName: 'Số xã', field: 'communes', ...numCol },
        { headerName: 'Đạt chuẩn NTM', field: 'ntm', ...numCol },
        { headerName: 'NTM nâng cao', field: 'nangCao', ...numCol },
        { headerName: 'NTM kiểu mẫu', field: 'kieuMau', ...numCol },
        { headerName: 'Bình quân tiêu chí/xã', field: 'avg', ...numCol },
      ];
    }
    if (kind === 'funding') {
      return [
        { headerName: grouped ? 'Đơn vị cấp huyện' : 'Xã', field: 'name', flex: 1, minWidth: 180 },
        ...(grouped || !data.hasDistricts
          ? []
          : [{ headerName: 'Đơn vị cấp huyện', field: 'districtName', flex: 1, minWidth: 160 }]),
        { headerName: 'Nhu cầu (triệu đồng)', field: 'need', ...numCol, width: 160 },
        { headerName: 'Kế hoạch giao (triệu đồng)', field: 'allocated', ...numCol, width: 180 },
        { headerName: 'Giải ngân (triệu đồng)', field: 'disbursed', ...numCol, width: 170 },
        { headerName: 'Tỷ lệ giải ngân', field: 'rate', type: 'numericColumn', valueFormatter: pct, width: 140 },
      ];
    }
    return [
      {
        headerName: 'Sản phẩm',
        field: 'productName',
        valueGetter: (p) => p.data.name ?? p.data.productName,
        flex: 1,
        minWidth: 180,
      },
      { headerName: 'Chủ thể', field: 'producerName', flex: 1, minWidth: 160 },
      { headerName: 'Đơn vị cấp huyện', field: 'districtName', width: 170 },
      { headerName: 'Số sao', field: 'stars', ...numCol, width: 100 },
      { headerName: 'Quyết định', field: 'decisionNo', width: 150 },
      {
        headerName: 'Hết hạn',
        field: 'expiryDate',
        width: 120,
        valueFormatter: (p) => formatShortDate(p.value as string),
      },
    ];
  }, [data.hasDistricts, kind, grouped]);

  const rows = fetched?.rows ?? [];
  const current = fetched?.key === key;
  const total = fetched?.total ?? 0;
  const cut = current && rows.length < total;
  return (
    <section className="panel drill" aria-labelledby="drill-title">
      <div className="panel-head">
        <h2 id="drill-title" className="section-title" tabIndex={-1}>
          {drill.title}
        </h2>
        <span className="muted" data-testid="drill-count">
          {current ? `${formatNumber(total)} dòng` : 'Đang đọc…'}
        </span>
        {cut ? (
          <button className="secondary" onClick={() => setEverything(true)} data-testid="drill-all">
            Xem tất cả {formatNumber(total)} dòng (đang hiện {formatNumber(rows.length)})
          </button>
        ) : null}
        <PrintGridButton
          api={() => gridRef.current?.api}
          title={drill.title}
          filter={[
            byDistrict ? 'nhóm theo đơn vị cấp huyện' : '',
            cut ? `chỉ ${formatNumber(rows.length)}/${formatNumber(total)} dòng đầu (bấm «Xem tất cả» để in đủ)` : '',
          ]
            .filter(Boolean)
            .join('; ')}
        />
      </div>
      <div className="drill-grid">
        <AgGridReact ref={gridRef} {...commonGridProps} rowData={rows} columnDefs={cols} />
      </div>
    </section>
  );
}
