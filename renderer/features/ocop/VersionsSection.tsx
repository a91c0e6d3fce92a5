import { useState } from 'react';
import { LabelledInput } from '../../components/LabelledInput';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { formatShortDate } from '../../../shared/format/date';
import type { OcopMeta } from '../../../shared/models/ocop';
import { DateField } from '../../components/DateField';
import { errorNotice } from '../../api/errors';

/** The criteria versions (data, not code): each evaluation uses the one in force on its date; a later one can be added. */
export function VersionsSection({ meta, onChanged }: { meta: OcopMeta; onChanged: () => void }) {
  const api = useApi();
  const notify = useNotice();
  const [form, setForm] = useState<{
    code: string;
    decision: string;
    effectiveFrom: string;
    a: string;
    b: string;
    c: string;
    mandatory: boolean;
  } | null>(null);

  async function add() {
    if (!form) return;
    try {
      const v = await api.invoke('ocop.versionAdd', {
        code: form.code,
        decision: form.decision,
        effectiveFrom: form.effectiveFrom,
        maxA: Number(form.a),
        maxB: Number(form.b),
        maxC: Number(form.c),
        hasMandatory: form.mandatory,
      });
      setForm(null);
      onChanged();
      notify(
        'success',
        `Đã thêm bộ tiêu chí ${v.decision}: các đợt đánh giá từ ngày ${formatShortDate(v.effectiveFrom)} dùng bộ này.`,
      );
    } catch (e) {
      notify('error', ...errorNotice(e));
    }
  }

  const field = (key: 'code' | 'decision' | 'a' | 'b' | 'c', label: string) =>
    form ? <LabelledInput label={label} value={form[key]} onChange={(v) => setForm({ ...form, [key]: v })} /> : null;

  return (
    <>
      <h2 className="section-title">Bộ tiêu chí đánh giá, phân hạng</h2>
      <table className="table" aria-label="Bộ tiêu chí OCOP">
        <thead>
          <tr>
            <th>Quyết định</th>
            <th>Áp dụng từ</th>
            <th className="num">Phần A</th>
            <th className="num">Phần B</th>
            <th className="num">Phần C</th>
            <th>Tiêu chí bắt buộc</th>
          </tr>
        </thead>
        <tbody>
          {meta.versions.map((v) => (
            <tr key={v.id}>
              <td>{v.decision}</td>
              <td>{formatShortDate(v.effectiveFrom)}</td>
              <td className="num">{v.maxA}</td>
              <td className="num">{v.maxB}</td>
              <td className="num">{v.maxC}</td>
              <td>{v.hasMandatory ? 'Có (không đạt thì tối đa 2 sao)' : 'Không'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {form ? (
        <div className="ocop-form">
          <div className="ocop-form-grid">
            {field('code', 'Mã (chữ in hoa)')}
            {field('decision', 'Số quyết định')}
            <label>
              Áp dụng từ ngày
              <DateField
                label="Áp dụng từ ngày"
                value={form.effectiveFrom}
                onChange={(d) => setForm({ ...form, effectiveFrom: d })}
              />
            </label>
            {field('a', 'Điểm tối đa phần A')}
            {field('b', 'Điểm tối đa phần B')}
            {field('c', 'Điểm tối đa phần C')}
            <label className="field-inline">
              <input
                type="checkbox"
                checked={form.mandatory}
                onChange={(e) => setForm({ ...form, mandatory: e.target.checked })}
              />{' '}
              Có tiêu chí bắt buộc
            </label>
          </div>
          <div className="toolbar">
            <button onClick={add}>Thêm bộ tiêu chí</button>
            <button className="secondary" onClick={() => setForm(null)}>
              Hủy
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button
            className="secondary"
            onClick={() => setForm({ code: '', decision: '', effectiveFrom: '', a: '', b: '', c: '', mandatory: true })}
          >
            Thêm bộ tiêu chí mới…
          </button>
        </p>
      )}
    </>
  );
}
