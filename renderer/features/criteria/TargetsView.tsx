import { useMemo, useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import {
  TARGET_KIND_LABEL,
  TARGET_LEVEL_LABEL,
  type CriteriaMatrix,
  type TargetKind,
  type TargetLevel,
  type TargetRow,
} from '../../../shared/models/criteria';
import { CommunePicker, communeOptions } from './CommunePicker';
import { useSubmit } from './useSubmit';
import type { GridRow } from './grid-rows';
import { ChoiceSelect } from '../../components/ChoiceSelect';

const TARGET_LEVELS = Object.keys(TARGET_LEVEL_LABEL) as TargetLevel[];

function ProvinceTargets({ year }: { year: number }) {
  const api = useApi();
  const figures = useQuery('criteria.figures', { year });
  const { busy, submit } = useSubmit();
  const [avg, setAvg] = useState('');
  const [min, setMin] = useState('');
  const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));
  const save = () =>
    submit(async () => {
      if (avg.trim()) await api.invoke('criteria.setProvinceTarget', { year, key: 'avg_criteria', value: num(avg) });
      if (min.trim()) await api.invoke('criteria.setProvinceTarget', { year, key: 'min_criteria', value: num(min) });
    }, 'Đã lưu chỉ tiêu chung của tỉnh.').then((ok) => ok && figures.reload());
  const f = figures.data;
  return (
    <>
      <h2 className="section-title">Chỉ tiêu chung của tỉnh năm {year}</h2>
      {f ? (
        <p data-testid="target-summary">
          Bình quân tiêu chí/xã: chỉ tiêu <strong>{f.avgCriteriaTarget ?? 'chưa đặt'}</strong> (hiện{' '}
          {f.province.avgCriteria}); không xã nào dưới <strong>{f.minCriteriaTarget ?? 'chưa đặt'}</strong> tiêu chí
          (hiện thấp nhất {f.province.minCriteria ?? '—'}).{' '}
          {f.projections
            .map(
              (p) =>
                `${LEVEL_LABEL[p.level]}: dự kiến ${p.projected}/${f.province.communeTotal} (${p.projectedPercent})`,
            )
            .join('; ')}
          .
        </p>
      ) : null}
      <div className="form-row">
        <label className="field-inline">
          Bình quân tiêu chí/xã
          <input
            type="text"
            inputMode="decimal"
            size={6}
            placeholder={f?.avgCriteriaTarget ?? '18,2'}
            value={avg}
            onChange={(e) => setAvg(e.target.value)}
            aria-label="Chỉ tiêu bình quân tiêu chí"
          />
        </label>
        <label className="field-inline">
          Tối thiểu mỗi xã
          <input
            type="number"
            min={0}
            max={99}
            value={min}
            onChange={(e) => setMin(e.target.value)}
            aria-label="Chỉ tiêu tiêu chí tối thiểu"
          />
        </label>
        <button className="secondary" onClick={() => void save()} disabled={busy || (!avg.trim() && !min.trim())}>
          Lưu chỉ tiêu chung
        </button>
      </div>
    </>
  );
}

/** The plan year's targets per commune: level, official or stretch, criteria count. */
export function TargetsView({ matrix, rows }: { matrix: CriteriaMatrix; rows: GridRow[] }) {
  const api = useApi();
  const notify = useNotice();
  const year = matrix.year;
  const targets = useQuery('criteria.targets', { year });
  const options = useMemo(() => communeOptions(rows), [rows]);
  const { busy, submit } = useSubmit();
  const [form, setForm] = useState({
    communeId: '' as number | '',
    level: 'ntm' as TargetLevel,
    kind: 'official' as TargetKind,
    targetCriteria: '',
    notes: '',
  });
  const add = () =>
    form.communeId === ''
      ? notify('error', 'Hãy chọn xã đặt chỉ tiêu.')
      : submit(
          () =>
            api.invoke('criteria.setTarget', {
              communeId: form.communeId as number,
              year,
              level: form.level,
              kind: form.kind,
              targetCriteria: form.targetCriteria.trim() === '' ? null : Number(form.targetCriteria),
              notes: form.notes,
            }),
          'Đã lưu chỉ tiêu của xã.',
        ).then((ok) => ok && (setForm({ ...form, communeId: '', targetCriteria: '', notes: '' }), targets.reload()));
  const remove = (t: TargetRow) =>
    submit(() => api.invoke('criteria.removeTarget', { id: t.id }), `Đã xóa chỉ tiêu của xã ${t.communeLabel}.`).then(
      (ok) => ok && targets.reload(),
    );

  return (
    <div className="page">
      <h2 className="section-title">Đặt chỉ tiêu cho xã năm {year}</h2>
      <div className="form-row">
        <CommunePicker
          options={options}
          value={form.communeId}
          onChange={(communeId) => setForm({ ...form, communeId })}
        />
        <label className="field-inline">
          Mục tiêu
          <ChoiceSelect
            aria-label="Mức mục tiêu"
            choices={TARGET_LEVELS}
            labels={TARGET_LEVEL_LABEL}
            value={form.level}
            onChange={(level) => setForm({ ...form, level })}
          />
        </label>
        <label className="field-inline">
          Loại
          <select
            aria-label="Loại chỉ tiêu"
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as TargetKind })}
          >
            <option value="official">{TARGET_KIND_LABEL.official}</option>
            <option value="stretch">{TARGET_KIND_LABEL.stretch}</option>
          </select>
        </label>
        <label className="field-inline">
          Số tiêu chí phấn đấu
          <input
            type="number"
            min={0}
            max={99}
            value={form.targetCriteria}
            onChange={(e) => setForm({ ...form, targetCriteria: e.target.value })}
            aria-label="Số tiêu chí mục tiêu"
          />
        </label>
        <label className="field-inline">
          Ghi chú
          <input
            type="text"
            value={form.notes}
            onChange={(e) => setForm({ ...form, notes: e.target.value })}
            aria-label="Ghi chú chỉ tiêu"
          />
        </label>
        <button onClick={() => void add()} disabled={busy}>
          Lưu chỉ tiêu
        </button>
      </div>

      <ProvinceTargets year={year} />

      <h2 className="section-title">Chỉ tiêu của các xã năm {year} (Phụ lục 1)</h2>
      {targets.error ? <div className="error-box">{targets.error}</div> : null}
      <table className="table table-wide" aria-label="Chỉ tiêu của các xã">
        <thead>
          <tr>
            <th>Đơn vị cấp huyện</th>
            <th>Xã</th>
            <th>Mục tiêu</th>
            <th>Loại</th>
            <th className="num">Số TC mục tiêu</th>
            <th className="num">Đạt cuối năm {year - 1}</th>
            <th className="num">Đạt năm {year}</th>
            <th>Ghi chú</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(targets.data ?? []).map((t) => (
            <tr key={t.id}>
              <td>{t.districtFullName}</td>
              <td>{t.communeName}</td>
              <td>{TARGET_LEVEL_LABEL[t.level]}</td>
              <td>{TARGET_KIND_LABEL[t.kind]}</td>
              <td className="num">{t.targetCriteria ?? ''}</td>
              <td className="num">{t.baselineCriteria ?? '—'}</td>
              <td className="num">{t.currentCriteria ?? '—'}</td>
              <td>{t.notes}</td>
              <td>
                <button
                  className="secondary"
                  onClick={() => void remove(t)}
                  disabled={busy}
                  aria-label={`Xóa chỉ tiêu ${t.communeName}`}
                >
                  Xóa
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {targets.data && !targets.data.length ? <p className="muted">Chưa có chỉ tiêu nào cho năm {year}.</p> : null}
    </div>
  );
}
