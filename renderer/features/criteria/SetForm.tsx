import { useState } from 'react';
import { useApi } from '../../api/context';
import type { CriteriaSetInfo } from '../../../shared/models/criteria';
import { useSubmit } from './useSubmit';
import { LabelledInput } from '../../components/LabelledInput';

const LEVELS = [
  ['ntm', 'Xã nông thôn mới'],
  ['nang_cao', 'Xã NTM nâng cao (2021–2025)'],
  ['kieu_mau', 'Xã NTM kiểu mẫu (2021–2025)'],
  ['hien_dai', 'Xã NTM hiện đại (thí điểm 2026–2030)'],
] as const;
type LevelId = (typeof LEVELS)[number][0];

/** A new set (empty or copied from another) or the fields of an existing one. */
export function SetForm({
  mode,
  base,
  onDone,
  onCancel,
}: {
  mode: 'new' | 'copy' | 'edit';
  base: CriteriaSetInfo | null;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { busy, submit } = useSubmit();
  const [f, setF] = useState(() => ({
    code: mode === 'edit' && base ? base.code : '',
    name: mode === 'edit' && base ? base.name : mode === 'copy' && base ? `${base.name} (bản sao)` : '',
    level: (mode === 'edit' && base ? base.level : mode === 'copy' ? 'hien_dai' : 'ntm') as LevelId,
    yearFrom: base?.yearFrom ?? 2026,
    yearTo: base?.yearTo ?? 2030,
    decision: mode === 'edit' && base ? base.decision : '',
    sourceDoc: mode === 'edit' && base ? base.sourceDoc : '',
    requiredCount: base?.requiredCount ?? 10,
    thresholdBy: (base?.thresholdBy ?? 'group') as 'group' | 'region',
    verified: mode === 'edit' && base ? base.verified : false,
    expectedIndicators: mode === 'edit' && base ? base.expectedIndicators : null,
  }));
  const set = (patch: Partial<typeof f>) => setF({ ...f, ...patch });
  const text = (
    key: 'code' | 'name' | 'decision' | 'sourceDoc',
    label: string,
    ariaLabel: string,
    { wide, placeholder }: { wide?: boolean; placeholder?: string } = {},
  ) => (
    <LabelledInput
      label={label}
      ariaLabel={ariaLabel}
      value={f[key]}
      onChange={(v) => setF({ ...f, [key]: v })}
      wide={wide}
      placeholder={placeholder}
    />
  );
  const whole = (key: 'yearFrom' | 'yearTo' | 'requiredCount', label: string) => (
    <LabelledInput label={label} type="number" value={f[key]} onChange={(v) => setF({ ...f, [key]: Number(v) })} />
  );
  const save = () =>
    submit(async () => {
      const out =
        mode === 'edit' && base
          ? await api.invoke('criteriaSets.update', { id: base.id, fields: f })
          : await api.invoke('criteriaSets.create', { fields: f, copyFrom: mode === 'copy' && base ? base.id : null });
      onDone(out.id);
    }, 'Đã lưu bộ tiêu chí.');
  const title =
    mode === 'edit'
      ? 'Sửa thông tin bộ tiêu chí'
      : mode === 'copy'
        ? `Sao chép «${base?.name}» thành bộ mới`
        : 'Bộ tiêu chí mới';
  return (
    <section className="panel" aria-label={title}>
      <h3 className="section-title">{title}</h3>
      <div className="form-grid">
        {text('code', 'Mã bộ', 'Mã bộ', { placeholder: 'ví dụ HIENDAI-2026' })}
        {text('name', 'Tên bộ', 'Tên bộ', { wide: true })}
        <label>
          Loại
          <select aria-label="Loại bộ" value={f.level} onChange={(e) => set({ level: e.target.value as LevelId })}>
            {LEVELS.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {whole('yearFrom', 'Từ năm')}
        {whole('yearTo', 'Đến năm')}
        {text('decision', 'Văn bản ban hành', 'Văn bản ban hành', {
          wide: true,
          placeholder: 'ví dụ QĐ 123/QĐ-UBND ngày 01/4/2026',
        })}
        {text('sourceDoc', 'Nguồn (văn bản, phụ lục)', 'Nguồn bộ tiêu chí', { wide: true })}
        {whole('requiredCount', 'Số tiêu chí phải đạt')}
        <label>
          Số chỉ tiêu theo văn bản
          <input
            type="number"
            aria-label="Số chỉ tiêu theo văn bản"
            value={f.expectedIndicators ?? ''}
            onChange={(e) => set({ expectedIndicators: e.target.value === '' ? null : Number(e.target.value) })}
          />
        </label>
        <label>
          Ngưỡng theo
          <select
            aria-label="Ngưỡng theo"
            value={f.thresholdBy}
            onChange={(e) => set({ thresholdBy: e.target.value as 'group' | 'region' })}
          >
            <option value="group">Nhóm xã (1, 2, 3)</option>
            <option value="region">Vùng</option>
          </select>
        </label>
        <label className="field-inline">
          <input type="checkbox" checked={f.verified} onChange={(e) => set({ verified: e.target.checked })} /> Đã đối
          chiếu văn bản gốc
        </label>
      </div>
      <div className="form-row">
        <button onClick={() => void save()} disabled={busy}>
          Lưu
        </button>
        <button className="secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </section>
  );
}
