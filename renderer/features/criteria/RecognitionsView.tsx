import { useMemo, useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { LEVEL_LABEL, LEVELS, type Level } from '../../../shared/domain/ntm-figures';
import { formatShortDate } from '../../../shared/format/date';
import type { CriteriaMatrix, RecognitionRow } from '../../../shared/models/criteria';
import { CommunePicker, communeOptions } from './CommunePicker';
import { useSubmit } from './useSubmit';
import type { GridRow } from './grid-rows';
import { useNotice } from '../../components/Notice';
import { ApiCallError } from '../../api/client';
import { errorNotice } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { ChoiceSelect } from '../../components/ChoiceSelect';

function RevokeForm({ rec, onDone }: { rec: RecognitionRow; onDone: () => void }) {
  const api = useApi();
  const { busy, submit } = useSubmit();
  const [date, setDate] = useState('');
  const [no, setNo] = useState('');
  const [reason, setReason] = useState('Không duy trì, giữ vững các tiêu chí đã đạt chuẩn');
  const save = () =>
    submit(
      () =>
        api.invoke('criteria.revoke', { id: rec.id, revokedDate: date, revokeDecisionNo: no, revokeReason: reason }),
      `Đã ghi nhận thu hồi ${LEVEL_LABEL[rec.level]} của xã ${rec.communeLabel}.`,
    ).then((ok) => ok && onDone());
  return (
    <div className="panel form-row" aria-label={`Thu hồi công nhận xã ${rec.communeName}`}>
      <strong>
        Thu hồi {LEVEL_LABEL[rec.level]} — {rec.communeLabel}
      </strong>
      <label className="field-inline">
        Ngày thu hồi
        <DateField value={date} onChange={setDate} label="Ngày thu hồi" />
      </label>
      <label className="field-inline">
        Số QĐ thu hồi
        <input type="text" value={no} onChange={(e) => setNo(e.target.value)} aria-label="Số quyết định thu hồi" />
      </label>
      <label className="field-inline">
        Lý do
        <input
          type="text"
          size={40}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label="Lý do thu hồi"
        />
      </label>
      <button onClick={() => void save()} disabled={busy}>
        Xác nhận thu hồi
      </button>
      <button className="secondary" onClick={onDone}>
        Hủy
      </button>
    </div>
  );
}

/** Recognition decisions and revocations; the at-risk communes the office should propose revoking. */
export function RecognitionsView({
  matrix,
  rows,
  onChanged,
}: {
  matrix: CriteriaMatrix;
  rows: GridRow[];
  onChanged: () => void;
}) {
  const api = useApi();
  const { info } = useAppState();
  const year = matrix.year;
  const [onlyYear, setOnlyYear] = useState(false);
  const list = useQuery('criteria.recognitions', onlyYear ? { year } : {});
  const options = useMemo(() => communeOptions(rows), [rows]);
  const atRisk = rows.filter((r) => r.atRisk);
  const [revoking, setRevoking] = useState<RecognitionRow | null>(null);
  const [form, setForm] = useState({
    communeId: '' as number | '',
    level: 'ntm' as Level,
    decisionNo: '',
    decisionDate: '',
    issuer: `UBND tỉnh ${info.provinceName}`,
  });
  const { busy } = useSubmit();
  const changed = () => {
    list.reload();
    onChanged();
  };
  const notify = useNotice();
  // A refusal for unmet criteria stays on screen, with the way to record an explicit exception.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [exceptionReason, setExceptionReason] = useState('');
  const add = async (asException = false) => {
    if (form.communeId === '') return notify('error', 'Hãy chọn xã được công nhận.');
    if (!form.decisionDate)
      return notify('error', 'Ghi ngày quyết định công nhận: không ghi nhận công nhận khi chưa có ngày quyết định.');
    if (asException && exceptionReason.trim().length < 5)
      return notify('error', 'Ghi rõ lý do ngoại lệ (ít nhất 5 ký tự).');
    const input = {
      communeId: form.communeId || 0,
      level: form.level,
      year,
      decisionNo: form.decisionNo,
      decisionDate: form.decisionDate,
      issuer: form.issuer,
      ...(asException ? { exceptionReason } : {}),
    };
    try {
      await api.invoke('criteria.recognize', input);
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CONFLICT' && e.message.includes('chưa đạt đủ tiêu chí'))
        setRefusal(e.message);
      else notify('error', ...errorNotice(e));
      return;
    }
    notify(
      'success',
      asException ? 'Đã ghi nhận quyết định công nhận (ngoại lệ, có lý do).' : 'Đã ghi nhận quyết định công nhận.',
    );
    setRefusal(null);
    setExceptionReason('');
    setForm({ ...form, communeId: '', decisionNo: '', decisionDate: '' });
    changed();
  };
  const activeOf = (communeId: number, level: Level) =>
    list.data?.find((r) => r.communeId === communeId && r.level === level && !r.revokedDate);

  return (
    <div className="page">
      <h2 className="section-title">Ghi nhận quyết định công nhận năm {year}</h2>
      <div className="form-row">
        <CommunePicker
          options={options}
          value={form.communeId}
          onChange={(communeId) => setForm({ ...form, communeId })}
        />
        <label className="field-inline">
          Mức
          <ChoiceSelect
            aria-label="Mức công nhận"
            choices={LEVELS}
            labels={LEVEL_LABEL}
            value={form.level}
            onChange={(level) => setForm({ ...form, level })}
          />
        </label>
        <label className="field-inline">
          Số QĐ
          <input
            type="text"
            value={form.decisionNo}
            onChange={(e) => setForm({ ...form, decisionNo: e.target.value })}
            aria-label="Số quyết định"
            placeholder="ví dụ 2140/QĐ-UBND"
          />
        </label>
        <label className="field-inline">
          Ngày QĐ
          <DateField
            value={form.decisionDate}
            onChange={(d) => setForm({ ...form, decisionDate: d })}
            label="Ngày quyết định"
          />
        </label>
        <label className="field-inline">
          Cơ quan ban hành
          <input
            type="text"
            value={form.issuer}
            onChange={(e) => setForm({ ...form, issuer: e.target.value })}
            aria-label="Cơ quan ban hành"
          />
        </label>
        <button onClick={() => void add()} disabled={busy}>
          Ghi nhận
        </button>
      </div>
      {refusal ? (
        <div className="error-box" role="alert" data-testid="recognition-refusal">
          <p>{refusal}</p>
          <div className="form-row">
            <label className="field-inline">
              Lý do ngoại lệ
              <input
                type="text"
                size={60}
                value={exceptionReason}
                onChange={(e) => setExceptionReason(e.target.value)}
                aria-label="Lý do ngoại lệ"
              />
            </label>
            <button className="secondary" onClick={() => void add(true)}>
              Vẫn ghi nhận (ngoại lệ)
            </button>
            <button className="secondary" onClick={() => setRefusal(null)}>
              Đóng
            </button>
          </div>
        </div>
      ) : null}

      <h2 className="section-title">Xã có nguy cơ rớt chuẩn năm {year}</h2>
      {atRisk.length ? (
        <ul data-testid="recognition-at-risk">
          {atRisk.map((r) => {
            const rec = r.level ? activeOf(r.id, r.level) : undefined;
            return (
              <li key={r.id}>
                {r.label}: {LEVEL_LABEL[r.level ?? 'none']}, năm {year} đạt {r.met}/{matrix.set?.requiredCount} tiêu
                chí.{' '}
                {rec ? (
                  <button className="secondary" onClick={() => setRevoking(rec)}>
                    Ghi nhận thu hồi
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">Không có.</p>
      )}
      {revoking ? (
        <RevokeForm
          rec={revoking}
          onDone={() => {
            setRevoking(null);
            changed();
          }}
        />
      ) : null}

      <div className="toolbar">
        <h2 className="section-title">Các quyết định công nhận</h2>
        <label className="field-inline">
          <input type="checkbox" checked={onlyYear} onChange={(e) => setOnlyYear(e.target.checked)} /> Chỉ năm {year}
        </label>
      </div>
      {list.error ? <div className="error-box">{list.error}</div> : null}
      <table className="table table-wide" aria-label="Quyết định công nhận">
        <thead>
          <tr>
            <th>Xã</th>
            <th>Mức</th>
            <th className="num">Năm</th>
            <th>Quyết định</th>
            <th>Cơ quan</th>
            <th>Tình trạng</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((r) => (
            <tr key={r.id}>
              <td>{r.communeLabel}</td>
              <td>{LEVEL_LABEL[r.level]}</td>
              <td className="num">{r.year}</td>
              <td>
                {r.decisionNo || '(chưa rõ số)'}
                {r.decisionDate ? ` ngày ${formatShortDate(r.decisionDate)}` : ''}
                {r.source === 'sample' ? <span className="badge">mẫu</span> : null}
                {r.exceptionReason ? (
                  <span
                    className="badge badge-warn"
                    title={`Chưa đạt: ${r.exceptionUnmet}. Lý do: ${r.exceptionReason}`}
                  >
                    ngoại lệ
                  </span>
                ) : null}
              </td>
              <td>{r.issuer}</td>
              <td>
                {r.revokedDate
                  ? `Đã thu hồi ngày ${formatShortDate(r.revokedDate)} (QĐ ${r.revokeDecisionNo})`
                  : 'Đang hiệu lực'}
              </td>
              <td>
                {r.revokedDate ? null : (
                  <button className="secondary" onClick={() => setRevoking(r)}>
                    Thu hồi
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
