import { useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { OCOP_CLASSIFICATIONS, findGroup } from '../../../shared/domain/ocop-groups';
import type { OcopMeta, ProductRow } from '../../../shared/models/ocop';
import { UnitFields } from './UnitFields';
import { errorNotice } from '../../api/errors';
import { useRecordOcopEdit } from './undo';

/** Adds or edits a product: producer, name, group and sub-group of the criteria in use, commune. */
export function ProductForm({
  meta,
  product,
  onClose,
  onSaved,
}: {
  meta: OcopMeta;
  product?: ProductRow;
  onClose: () => void;
  onSaved: (p: ProductRow) => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const producers = useQuery('ocop.producers', {});
  const [producerId, setProducerId] = useState<number | ''>(product?.producerId ?? '');
  const [name, setName] = useState(product?.name ?? '');
  const [groupCode, setGroupCode] = useState(product?.groupCode ?? '');
  const [subgroupCode, setSubgroupCode] = useState(product?.subgroupCode ?? '');
  const [units, setUnits] = useState({
    communeId: product?.communeId ?? null,
    districtId: product?.districtId ?? null,
  });
  const [notes, setNotes] = useState(product?.notes ?? '');
  const [busy, setBusy] = useState(false);
  const recordEdit = useRecordOcopEdit();
  const group = findGroup(groupCode);

  async function save() {
    if (!producerId) return notify('error', 'Chọn chủ thể của sản phẩm.');
    setBusy(true);
    try {
      const saved = await api.invoke('ocop.productSave', {
        id: product?.id,
        producerId,
        name,
        groupCode,
        subgroupCode,
        ...units,
        notes,
      });
      if (product) recordEdit('product', product, saved);
      notify('success', `Đã lưu sản phẩm ${saved.name}.`);
      onSaved(saved);
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ocop-form" role="form" aria-label={product ? 'Sửa sản phẩm' : 'Thêm sản phẩm'}>
      <h3 className="section-title">{product ? 'Sửa sản phẩm' : 'Thêm sản phẩm'}</h3>
      <div className="ocop-form-grid">
        <label>
          Chủ thể
          <select
            aria-label="Chủ thể"
            value={producerId}
            onChange={(e) => setProducerId(e.target.value ? Number(e.target.value) : '')}
          >
            <option value="">— chọn —</option>
            {(producers.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tên sản phẩm
          <input type="text" aria-label="Tên sản phẩm" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Nhóm sản phẩm
          <select
            aria-label="Nhóm sản phẩm"
            value={groupCode}
            onChange={(e) => {
              setGroupCode(e.target.value);
              setSubgroupCode('');
            }}
          >
            <option value="">— chưa phân nhóm —</option>
            {OCOP_CLASSIFICATIONS.map((c) => (
              <optgroup key={c.versionCode} label={c.label}>
                {c.groups.map((g) => (
                  <option key={g.code} value={g.code}>
                    {g.code}. {g.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          Phân nhóm
          <select
            aria-label="Phân nhóm"
            value={subgroupCode}
            onChange={(e) => setSubgroupCode(e.target.value)}
            disabled={!group?.subgroups.length}
          >
            <option value="">—</option>
            {(group?.subgroups ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        </label>
        <UnitFields meta={meta} value={units} onChange={setUnits} />
        <label className="wide">
          Ghi chú
          <input type="text" aria-label="Ghi chú sản phẩm" value={notes} onChange={(e) => setNotes(e.target.value)} />
        </label>
      </div>
      <div className="toolbar">
        <button onClick={save} disabled={busy}>
          Lưu sản phẩm
        </button>
        <button className="secondary" onClick={onClose} disabled={busy}>
          Hủy
        </button>
      </div>
    </div>
  );
}
