import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useQuery } from '../../api/context';
import { commonGridProps } from '../../grid/setup';
import { formatShortDate } from '../../../shared/format/date';
import {
  OCOP_STATUSES,
  OCOP_STATUS_LABEL,
  type OcopMeta,
  type OcopStatus,
  type ProductRow,
} from '../../../shared/models/ocop';
import { ProductPanel } from './ProductPanel';
import { ProductForm } from './ProductForm';
import { ExcelTools } from './ExcelTools';
import { UnitOptions } from './UnitFields';
import { SourceBadge, sourceLabel, Stars, starsText, StatusBadge } from './ui';
import { PrintGridButton } from '../../print/GridPrint';
import { useReloadAfterUndo } from './undo';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { SearchField } from '../../components/SearchField';

/** The product register: search, filters, a grid, and the selected product's file below it. */
export function ProductsTab({ meta, asOf, version = 0 }: { meta: OcopMeta; asOf: string; version?: number }) {
  const [search, setSearch] = useState('');
  const [districtId, setDistrictId] = useState<number | ''>('');
  const [status, setStatus] = useState<OcopStatus | ''>('');
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const products = useQuery('ocop.products', {
    asOf,
    search: search || undefined,
    districtId: districtId || undefined,
    status: status || undefined,
  });

  const columns = useMemo<ColDef<ProductRow>[]>(
    () => [
      { headerName: 'Tên sản phẩm', field: 'name', flex: 2, minWidth: 170, tooltipField: 'name' },
      { headerName: 'Chủ thể', field: 'producerName', flex: 1.5, minWidth: 120, tooltipField: 'producerName' },
      { headerName: 'Đơn vị cấp huyện', field: 'districtName', width: 140 },
      {
        headerName: 'Số sao',
        field: 'stars',
        width: 100,
        valueFormatter: (p) => starsText(p.value as number | null),
        cellRenderer: (p: ICellRendererParams<ProductRow>) => <Stars n={p.value as number | null} />,
      },
      {
        headerName: 'Tình trạng',
        field: 'statusLabel',
        width: 160,
        cellRenderer: (p: ICellRendererParams<ProductRow>) =>
          p.data ? <StatusBadge status={p.data.status} label={p.data.statusLabel} /> : null,
      },
      {
        headerName: 'Hết hạn',
        field: 'expiryDate',
        width: 100,
        valueFormatter: (p) => formatShortDate(p.value as string | null),
      },
      {
        headerName: 'Nguồn',
        field: 'source',
        width: 150,
        valueFormatter: (p) => sourceLabel(p.value as string),
        cellRenderer: (p: ICellRendererParams<ProductRow>) => <SourceBadge source={p.value as string} />,
      },
    ],
    [],
  );

  useReloadAfterUndo(version, products.reload);
  const rows = products.data ?? [];
  const gridRef = useRef<AgGridReact<ProductRow>>(null);
  const filterText = [
    search ? `tìm «${search}»` : '',
    districtId ? (meta.districts.find((d) => d.id === districtId)?.label ?? '') : '',
    status ? `tình trạng ${OCOP_STATUS_LABEL[status]}` : '',
    `tình trạng tính đến ${formatShortDate(asOf)}`,
  ].filter(Boolean);
  return (
    <>
      <div className="toolbar toolbar-dense toolbar-nowrap ocop-products-toolbar">
        <SearchField
          ariaLabel="Tìm sản phẩm"
          placeholder="tên sản phẩm hoặc chủ thể"
          value={search}
          onChange={setSearch}
        />
        {/* The «all» choice names the filter: no separate label, so the toolbar keeps one line at 1280×720. */}
        <select
          aria-label="Lọc theo đơn vị cấp huyện"
          value={districtId}
          onChange={(e) => setDistrictId(e.target.value ? Number(e.target.value) : '')}
        >
          <UnitOptions units={meta.districts} empty="Mọi đơn vị cấp huyện" />
        </select>
        <label className="field-inline">
          <ChoiceSelect
            aria-label="Lọc theo tình trạng"
            choices={OCOP_STATUSES}
            labels={OCOP_STATUS_LABEL}
            value={status}
            onChange={setStatus}
          >
            <option value="">Mọi tình trạng</option>
          </ChoiceSelect>
        </label>
        <span className="muted" data-testid="ocop-product-count">
          {rows.length} sản phẩm
        </span>
        <button onClick={() => setAdding(true)}>Thêm sản phẩm</button>
        <ExcelTools asOf={asOf} onImported={products.reload} />
        <PrintGridButton api={() => gridRef.current?.api} title="Sản phẩm OCOP" filter={filterText.join('; ')} />
      </div>
      {products.error ? <div className="error-box">{products.error}</div> : null}
      {adding ? (
        <ProductForm
          meta={meta}
          onClose={() => setAdding(false)}
          onSaved={(p) => {
            setAdding(false);
            products.reload();
            setSelected(p.id);
          }}
        />
      ) : null}
      <div className="ocop-grid">
        <AgGridReact<ProductRow>
          ref={gridRef}
          {...commonGridProps}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => String(p.data.id)}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onRowClicked={(e) => e.data && setSelected(e.data.id)}
        />
      </div>
      {selected !== null ? (
        <ProductPanel
          key={`${selected}:${version}`}
          id={selected}
          meta={meta}
          asOf={asOf}
          onChanged={products.reload}
        />
      ) : (
        <p className="muted">
          Chọn một sản phẩm để xem lịch sử đánh giá, chấm điểm, ghi quyết định công nhận và hồ sơ.
        </p>
      )}
    </>
  );
}
