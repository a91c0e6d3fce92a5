import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { commonGridProps } from '../../grid/setup';
import {
  PRODUCER_KINDS,
  PRODUCER_KIND_LABEL,
  type OcopMeta,
  type ProducerKind,
  type ProducerRow,
} from '../../../shared/models/ocop';
import { UnitFields } from './UnitFields';
import { SourceBadge, sourceLabel } from './ui';
import { errorNotice } from '../../api/errors';
import { PrintGridButton } from '../../print/GridPrint';
import { useRecordOcopEdit, useReloadAfterUndo } from './undo';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { SearchField } from '../../components/SearchField';
import { LabelledInput } from '../../components/LabelledInput';

/** Producers (chủ thể OCOP): enterprises, cooperatives, cooperative groups, registered households. */
export function ProducersTab({ meta, version = 0 }: { meta: OcopMeta; version?: number }) {
  const [search, setSearch] = useState('');
  const producers = useQuery('ocop.producers', { search: search || undefined });
  const [editing, setEditing] = useState<ProducerRow | 'new' | null>(null);
  const gridRef = useRef<AgGridReact<ProducerRow>>(null);
  useReloadAfterUndo(version, producers.reload);
  const columns = useMemo<ColDef<ProducerRow>[]>(
    () => [
      { headerName: 'Tên chủ thể', field: 'name', flex: 2, minWidth: 180 },
      { headerName: 'Loại hình', field: 'kindLabel', width: 150 },
      { headerName: 'Người đại diện', field: 'representative', width: 150 },
      { headerName: 'Xã, phường, thị trấn', field: 'communeName', width: 160 },
      { headerName: 'Đơn vị cấp huyện', field: 'districtName', width: 160 },
      { headerName: 'Số sản phẩm', field: 'productCount', width: 100, type: 'numericColumn' },
      {
        headerName: 'Nguồn',
        field: 'source',
        width: 140,
        valueFormatter: (p) => sourceLabel(p.value as string),
        cellRenderer: (p: ICellRendererParams<ProducerRow>) => <SourceBadge source={p.value as string} />,
      },
    ],
    [],
  );
  return (
    <>
      <div className="toolbar">
        <SearchField
          label="Tìm"
          ariaLabel="Tìm chủ thể"
          placeholder="tên, người đại diện, địa bàn"
          value={search}
          onChange={setSearch}
        />
        <span className="muted">{producers.data?.length ?? 0} chủ thể</span>
        <button onClick={() => setEditing('new')}>Thêm chủ thể</button>
        <PrintGridButton
          api={() => gridRef.current?.api}
          title="Chủ thể OCOP"
          filter={search ? `tìm «${search}»` : ''}
        />
      </div>
      {producers.error ? <div className="error-box">{producers.error}</div> : null}
      {editing ? (
        <ProducerForm
          key={editing === 'new' ? 'new' : editing.id}
          meta={meta}
          producer={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            producers.reload();
          }}
        />
      ) : null}
      <div className="ocop-grid">
        <AgGridReact<ProducerRow>
          ref={gridRef}
          {...commonGridProps}
          rowData={producers.data ?? []}
          columnDefs={columns}
          getRowId={(p) => String(p.data.id)}
          onRowDoubleClicked={(e) => e.data && setEditing(e.data)}
        />
      </div>
      <p className="muted">Nhấp đúp vào một chủ thể để sửa.</p>
    </>
  );
}

function ProducerForm({
  meta,
  producer,
  onClose,
  onSaved,
}: {
  meta: OcopMeta;
  producer?: ProducerRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const [f, setF] = useState({
    name: producer?.name ?? '',
    kind: (producer?.kind ?? 'hop_tac_xa') as ProducerKind,
    address: producer?.address ?? '',
    representative: producer?.representative ?? '',
    phone: producer?.phone ?? '',
    taxCode: producer?.taxCode ?? '',
    notes: producer?.notes ?? '',
  });
  const [units, setUnits] = useState({
    communeId: producer?.communeId ?? null,
    districtId: producer?.districtId ?? null,
  });
  const recordEdit = useRecordOcopEdit();
  const text = (
    key: 'name' | 'address' | 'representative' | 'phone' | 'taxCode' | 'notes',
    label: string,
    wide = false,
  ) => <LabelledInput label={label} value={f[key]} onChange={(v) => setF({ ...f, [key]: v })} wide={wide} />;
  async function save() {
    try {
      const saved = await api.invoke('ocop.producerSave', { id: producer?.id, ...f, ...units });
      if (producer) recordEdit('producer', producer, saved);
      notify('success', `Đã lưu chủ thể ${saved.name}.`);
      onSaved();
    } catch (e) {
      notify('error', ...errorNotice(e));
    }
  }
  return (
    <div className="ocop-form" role="form" aria-label="Chủ thể">
      <h3 className="section-title">{producer ? 'Sửa chủ thể' : 'Thêm chủ thể'}</h3>
      <div className="ocop-form-grid">
        {text('name', 'Tên chủ thể', true)}
        <label>
          Loại hình
          <ChoiceSelect
            aria-label="Loại hình"
            choices={PRODUCER_KINDS}
            labels={PRODUCER_KIND_LABEL}
            value={f.kind}
            onChange={(kind) => setF({ ...f, kind })}
          />
        </label>
        {text('address', 'Địa chỉ', true)}
        <UnitFields meta={meta} value={units} onChange={setUnits} />
        {text('representative', 'Người đại diện')}
        {text('phone', 'Điện thoại')}
        {text('taxCode', 'Mã số thuế')}
        {text('notes', 'Ghi chú', true)}
      </div>
      <div className="toolbar">
        <button onClick={save}>Lưu chủ thể</button>
        <button className="secondary" onClick={onClose}>
          Hủy
        </button>
      </div>
    </div>
  );
}
