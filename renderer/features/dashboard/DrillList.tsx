import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { commonGridProps } from '../../grid/setup';
import { PrintGridButton } from '../../print/GridPrint';
import { formatNumber, formatDecimal1 } from '../../../shared/format/number';
import { formatShortDate } from '../../../shared/format/date';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import type { DashboardOverview, OverviewCommune } from '../../../shared/models/dashboard';
import { groupByDistrict, NO_DATA, type Drill } from './drill';

const num = (p: ValueFormatterParams) => (p.value === null || p.value === undefined ? NO_DATA : formatNumber(p.value as number, Number.isInteger(p.value) ? 0 : 1));
const pct = (p: ValueFormatterParams) => (p.value === null || p.value === undefined ? NO_DATA : `${formatDecimal1(p.value as number)}%`);
const numCol = { type: 'numericColumn', valueFormatter: num, width: 130 } as const;

const COMMUNE_COLS: ColDef<OverviewCommune>[] = [
  { headerName: 'Xã', field: 'name', flex: 1, minWidth: 160 },
  { headerName: 'Đơn vị cấp huyện (trước 1/7/2025)', field: 'districtName', flex: 1, minWidth: 160 },
  { headerName: 'Mức đạt chuẩn', valueGetter: (p) => (p.data?.level ? LEVEL_LABEL[p.data.level] : 'Chưa đạt'), width: 150 },
  { headerName: 'Năm công nhận', field: 'levelYear', width: 130, valueFormatter: (p) => (p.value ? String(p.value) : '') },
  { headerName: 'Số tiêu chí đạt', field: 'met', ...numCol },
  { headerName: 'Kế hoạch năm', valueGetter: (p) => (p.data?.target ? LEVEL_LABEL[p.data.target] : ''), width: 140 },
  { headerName: 'Nguy cơ không giữ chuẩn', valueGetter: (p) => (p.data?.atRisk ? 'Có' : ''), width: 120 },
];

/** The list behind the figure the person chose, under the charts; printable like every grid. */
export function DrillList({ data, drill, byDistrict }: { data: DashboardOverview; drill: Drill; byDistrict: boolean }) {
  const gridRef = useRef<AgGridReact>(null);
  const api = useApi();
  const notify = useNotice();
  // Funding and OCOP lists are read when asked for; the communes come with the overview.
  const [fetched, setFetched] = useState<unknown[] | null>(null);
  useEffect(() => {
    setFetched(null);
    let live = true;
    const done = (rows: unknown[]) => live && setFetched(rows);
    const fail = (e: Error) => notify('error', e.message);
    if (drill.kind === 'funding') api.invoke('overview.fundingUnits', { year: data.year, sourceCode: drill.sourceCode, byDistrict }).then(done, fail);
    if (drill.kind === 'ocop') api.invoke('overview.ocopProducts', { year: data.year, stars: drill.stars }).then(done, fail);
    return () => {
      live = false;
    };
  }, [api, notify, drill, byDistrict, data.year]);

  const { rows, cols } = useMemo((): { rows: unknown[]; cols: ColDef[] } => {
    if (drill.kind === 'communes') {
      const list = data.communes.filter(drill.filter);
      if (!byDistrict) return { rows: list, cols: COMMUNE_COLS.filter((c) => data.hasDistricts || c.field !== 'districtName') as ColDef[] };
      return {
        rows: groupByDistrict(list),
        cols: [
          { headerName: 'Đơn vị cấp huyện', field: 'name', flex: 1, minWidth: 200 },
          { headerName: 'Số xã', field: 'communes', ...numCol },
          { headerName: 'Đạt chuẩn NTM', field: 'ntm', ...numCol },
          { headerName: 'NTM nâng cao', field: 'nangCao', ...numCol },
          { headerName: 'NTM kiểu mẫu', field: 'kieuMau', ...numCol },
          { headerName: 'Bình quân tiêu chí/xã', field: 'avg', ...numCol },
        ],
      };
    }
    if (drill.kind === 'funding') {
      return {
        rows: fetched ?? [],
        cols: [
          { headerName: byDistrict ? 'Đơn vị cấp huyện' : 'Xã', field: 'name', flex: 1, minWidth: 180 },
          ...(byDistrict || !data.hasDistricts ? [] : [{ headerName: 'Đơn vị cấp huyện', field: 'districtName', flex: 1, minWidth: 160 }]),
          { headerName: 'Nhu cầu (triệu đồng)', field: 'need', ...numCol, width: 160 },
          { headerName: 'Kế hoạch giao (triệu đồng)', field: 'allocated', ...numCol, width: 180 },
          { headerName: 'Giải ngân (triệu đồng)', field: 'disbursed', ...numCol, width: 170 },
          { headerName: 'Tỷ lệ giải ngân', field: 'rate', type: 'numericColumn', valueFormatter: pct, width: 140 },
        ],
      };
    }
    const products = drill.kind === 'ocop' ? (fetched ?? []) : data.due.expiring;
    return {
      rows: products,
      cols: [
        { headerName: 'Sản phẩm', field: 'productName', valueGetter: (p) => p.data.name ?? p.data.productName, flex: 1, minWidth: 180 },
        { headerName: 'Chủ thể', field: 'producerName', flex: 1, minWidth: 160 },
        { headerName: 'Đơn vị cấp huyện', field: 'districtName', width: 170 },
        { headerName: 'Số sao', field: 'stars', ...numCol, width: 100 },
        { headerName: 'Quyết định', field: 'decisionNo', width: 150 },
        { headerName: 'Hết hạn', field: 'expiryDate', width: 120, valueFormatter: (p) => formatShortDate(p.value as string) },
      ],
    };
  }, [data, drill, byDistrict, fetched]);

  return (
    <section className="panel drill" aria-labelledby="drill-title">
      <div className="panel-head">
        <h2 id="drill-title" className="section-title" tabIndex={-1}>
          {drill.title}
        </h2>
        <span className="muted" data-testid="drill-count">
          {formatNumber(rows.length)} dòng
        </span>
        <PrintGridButton api={() => gridRef.current?.api} title={drill.title} filter={byDistrict ? 'nhóm theo đơn vị cấp huyện' : ''} />
      </div>
      <div className="drill-grid">
        <AgGridReact ref={gridRef} {...commonGridProps} rowData={rows} columnDefs={cols} />
      </div>
    </section>
  );
}
