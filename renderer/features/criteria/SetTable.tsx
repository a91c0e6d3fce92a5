import { useState } from 'react';
import { useApi } from '../../api/context';
import type { CriteriaSetDetail, IndicatorRow, ThresholdRow } from '../../../shared/models/criteria';
import {
  COMPARATOR_LABEL,
  VALUE_KIND_LABEL,
  type Comparator,
  type ValueKind,
} from '../../../shared/domain/criteria-eval';
import { useSubmit } from './useSubmit';
import { ChoiceSelect } from '../../components/ChoiceSelect';

const COMPARATORS: readonly Comparator[] = ['>=', '<=', '=', '>', '<'];

/** Threshold columns of a set: the three commune groups, or ĐBSCL and the national value. */
export const thresholdKeys = (thresholdBy: string) =>
  thresholdBy === 'group'
    ? [
        { key: 'nhom1', label: 'Nhóm 1' },
        { key: 'nhom2', label: 'Nhóm 2' },
        { key: 'nhom3', label: 'Nhóm 3' },
      ]
    : [
        { key: 'DBSCL', label: 'Ngưỡng ĐBSCL' },
        { key: 'chung', label: 'Chung cả nước' },
      ];

function ThresholdCell({
  indicator,
  k,
  t,
  onSaved,
}: {
  indicator: IndicatorRow;
  k: string;
  t: ThresholdRow | undefined;
  onSaved: () => void;
}) {
  const api = useApi();
  const { busy, submit } = useSubmit();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(t?.value ?? '');
  const [na, setNa] = useState(t?.notApplicable ?? false);
  const [verified, setVerified] = useState(t?.verified ?? false);
  const [source, setSource] = useState(t?.source ?? '');
  if (!editing) {
    return (
      <span className="threshold">
        {t ? t.notApplicable ? <em>Không áp dụng</em> : t.value : <span className="muted">—</span>}
        {t && !t.verified ? (
          <span className="badge badge-warn" title={t.source || 'Chưa đối chiếu với văn bản chính thức'}>
            chưa kiểm chứng
          </span>
        ) : null}
        <button className="link" onClick={() => setEditing(true)} aria-label={`Sửa ngưỡng ${indicator.code} ${k}`}>
          Sửa
        </button>
      </span>
    );
  }
  const save = () =>
    submit(
      () =>
        api.invoke('criteriaSets.saveThreshold', {
          indicatorId: indicator.id,
          key: k,
          value: na ? '' : value,
          notApplicable: na,
          verified,
          source,
        }),
      'Đã lưu ngưỡng chỉ tiêu.',
    ).then((ok) => {
      if (ok) {
        setEditing(false);
        onSaved();
      }
    });
  return (
    <span className="threshold-edit">
      <input
        type="text"
        size={7}
        value={value}
        disabled={na}
        onChange={(e) => setValue(e.target.value)}
        aria-label="Ngưỡng"
      />
      <label className="field-inline">
        <input type="checkbox" checked={na} onChange={(e) => setNa(e.target.checked)} /> Không áp dụng
      </label>
      <label className="field-inline">
        <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} /> Đã kiểm chứng
      </label>
      <input
        type="text"
        size={18}
        placeholder="Nguồn"
        value={source}
        onChange={(e) => setSource(e.target.value)}
        aria-label="Nguồn"
      />
      <button onClick={() => void save()} disabled={busy}>
        Lưu
      </button>
      <button className="secondary" onClick={() => setEditing(false)}>
        Hủy
      </button>
    </span>
  );
}

function IndicatorForm({
  criterionId,
  no,
  onDone,
}: {
  criterionId: number;
  no: number;
  onDone: (saved: boolean) => void;
}) {
  const api = useApi();
  const { busy, submit } = useSubmit();
  const [f, setF] = useState({
    code: `${no}.`,
    name: '',
    unit: '%',
    comparator: '>=' as Comparator,
    valueKind: 'percent' as ValueKind,
    grades: '',
  });
  const set = (p: Partial<typeof f>) => setF({ ...f, ...p });
  const save = () =>
    submit(
      () => api.invoke('criteriaSets.saveIndicator', { id: null, criterionId, ...f }),
      `Đã thêm chỉ tiêu ${f.code}.`,
    ).then((ok) => ok && onDone(true));
  return (
    <div className="form-row" role="form" aria-label={`Thêm chỉ tiêu cho tiêu chí ${no}`}>
      <input
        type="text"
        size={5}
        aria-label="Mã chỉ tiêu"
        value={f.code}
        onChange={(e) => set({ code: e.target.value })}
      />
      <input
        type="text"
        size={40}
        aria-label="Tên chỉ tiêu"
        placeholder="Nội dung chỉ tiêu"
        value={f.name}
        onChange={(e) => set({ name: e.target.value })}
      />
      <select
        aria-label="Cách nhập"
        value={f.valueKind}
        onChange={(e) => set({ valueKind: e.target.value as ValueKind, unit: e.target.value === 'percent' ? '%' : '' })}
      >
        {Object.entries(VALUE_KIND_LABEL).map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
      {f.valueKind !== 'yesno' ? (
        <ChoiceSelect
          aria-label="So sánh"
          choices={COMPARATORS}
          labels={COMPARATOR_LABEL}
          value={f.comparator}
          onChange={(comparator) => set({ comparator })}
        />
      ) : null}
      <input
        type="text"
        size={5}
        aria-label="Đơn vị"
        placeholder="Đơn vị"
        value={f.unit}
        onChange={(e) => set({ unit: e.target.value })}
      />
      {f.valueKind === 'grade' ? (
        <input
          type="text"
          size={18}
          aria-label="Các mức xếp loại"
          placeholder="Tốt;Khá;Trung bình"
          value={f.grades}
          onChange={(e) => set({ grades: e.target.value })}
        />
      ) : null}
      <button onClick={() => void save()} disabled={busy}>
        Thêm
      </button>
      <button className="secondary" onClick={() => onDone(false)}>
        Hủy
      </button>
    </div>
  );
}

/** Criteria → indicators → thresholds of a set, each editable; removals refused while data depends on them. */
export function SetTable({ detail, onChanged }: { detail: CriteriaSetDetail; onChanged: () => void }) {
  const api = useApi();
  const { submit } = useSubmit();
  const [adding, setAdding] = useState<number | null>(null);
  const keys = thresholdKeys(detail.set.thresholdBy);
  /** Asks, removes, says so and reloads; a removal the service refuses is reported by submit. */
  const removeAfterAsking = (question: string, call: () => Promise<unknown>, done: string) =>
    window.confirm(question) && void submit(call, done).then((ok) => ok && onChanged());
  const removeCriterion = (id: number, label: string) =>
    removeAfterAsking(
      `Xóa tiêu chí ${label} khỏi bộ?`,
      () => api.invoke('criteriaSets.removeCriterion', { id }),
      `Đã xóa tiêu chí ${label}.`,
    );
  const removeIndicator = (id: number, code: string) =>
    removeAfterAsking(
      `Xóa chỉ tiêu ${code}?`,
      () => api.invoke('criteriaSets.removeIndicator', { id }),
      `Đã xóa chỉ tiêu ${code}.`,
    );
  return (
    <table className="table table-wide set-table" aria-label="Tiêu chí và chỉ tiêu">
      <thead>
        <tr>
          <th>Tiêu chí</th>
          <th>Chỉ tiêu</th>
          <th>Nội dung</th>
          <th>Cách đánh giá</th>
          {keys.map((k) => (
            <th key={k.key}>{k.label}</th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {detail.criteria.flatMap((c) => {
          const rows = (c.indicators.length ? c.indicators : [null]).map((i, k) => (
            <tr key={`${c.id}-${i?.id ?? 0}`}>
              {k === 0 ? (
                <td rowSpan={Math.max(1, c.indicators.length) + (adding === c.id ? 1 : 0)} className="criterion-cell">
                  <strong>
                    {c.no}. {c.name}
                  </strong>
                  <div>
                    <button className="link" onClick={() => setAdding(c.id)}>
                      + chỉ tiêu
                    </button>{' '}
                    <button className="link" onClick={() => removeCriterion(c.id, `${c.no}. ${c.name}`)}>
                      xóa
                    </button>
                  </div>
                </td>
              ) : null}
              {i ? (
                <>
                  <td>{i.code}</td>
                  <td>{i.name}</td>
                  <td>
                    {i.valueKind === 'yesno'
                      ? 'Đạt/Không'
                      : `${VALUE_KIND_LABEL[i.valueKind as ValueKind] ?? i.valueKind} ${COMPARATOR_LABEL[i.comparator as Comparator] ?? i.comparator}`}{' '}
                    {i.unit}
                    {i.grades ? <div className="muted">{i.grades}</div> : null}
                  </td>
                  {keys.map((k) => {
                    const t = i.thresholds.find((x) => x.region === k.key);
                    return (
                      <td key={k.key}>
                        <ThresholdCell
                          key={`${t?.id}-${t?.value}-${t?.notApplicable}`}
                          indicator={i}
                          k={k.key}
                          t={t}
                          onSaved={onChanged}
                        />
                      </td>
                    );
                  })}
                  <td>
                    <button
                      className="link"
                      onClick={() => removeIndicator(i.id, i.code)}
                      aria-label={`Xóa chỉ tiêu ${i.code}`}
                    >
                      xóa
                    </button>
                  </td>
                </>
              ) : (
                <td colSpan={4 + keys.length} className="muted">
                  Chưa có chỉ tiêu chi tiết.
                </td>
              )}
            </tr>
          ));
          if (adding === c.id) {
            rows.push(
              <tr key={`${c.id}-add`}>
                <td colSpan={4 + keys.length}>
                  <IndicatorForm
                    criterionId={c.id}
                    no={c.no}
                    onDone={(saved) => {
                      setAdding(null);
                      if (saved) onChanged();
                    }}
                  />
                </td>
              </tr>,
            );
          }
          return rows;
        })}
      </tbody>
    </table>
  );
}
