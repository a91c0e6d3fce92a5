import { useState } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import {
  averageOfMembers,
  formatPoints,
  maxOf,
  parsePoints,
  partProblem,
  PART_LABEL,
  PARTS,
  rate,
  versionAt,
  type Part,
} from '../../../shared/domain/ocop-scoring';
import { formatShortDate } from '../../../shared/format/date';
import { ocopLevelsAt, OCOP_LEVEL_CEILING } from '../../../shared/domain/ocop-levels';
import {
  OCOP_LEVELS,
  OCOP_LEVEL_LABEL,
  type EvaluationKind,
  type OcopLevel,
  type OcopMeta,
} from '../../../shared/models/ocop';
import { defaultAsOf, Stars } from './ui';
import { errorNotice } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { ChoiceSelect } from '../../components/ChoiceSelect';

type Sheet = Record<Part, string>;
const emptySheet = (): Sheet => ({ A: '', B: '', C: '' });

/**
 * The council's score sheet for one round: its average, or each member's sheet (averaged by the app).
 * Maxima follow the criteria version in force on the evaluation date; the result shows live.
 */
export function EvaluationForm({
  meta,
  productId,
  onSaved,
}: {
  meta: OcopMeta;
  productId: number;
  onSaved: () => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const [chosenLevel, setLevel] = useState<OcopLevel>('province');
  const [roundName, setRoundName] = useState('');
  const [date, setDate] = useState(() => defaultAsOf(new Date().getFullYear()));
  const [byMember, setByMember] = useState(false);
  const [avg, setAvg] = useState<Sheet>(emptySheet);
  const [members, setMembers] = useState<(Sheet & { name: string })[]>([{ name: '', ...emptySheet() }]);
  const [mandatoryFailed, setMandatoryFailed] = useState(false);
  const [kind, setKind] = useState<EvaluationKind | ''>('');
  const [busy, setBusy] = useState(false);

  const version = date ? versionAt(meta.versions, date) : undefined;
  // The levels follow the evaluation date (no district level from 1/7/2025).
  const levels = date ? ocopLevelsAt(date) : OCOP_LEVELS;
  const level: OcopLevel = levels.includes(chosenLevel) ? chosenLevel : 'province';
  const sheets: (Sheet & { name?: string })[] = byMember ? members : [avg];
  const parsed = sheets.map((s) => PARTS.map((p) => parsePoints(s[p])));
  const problems: string[] = [];
  sheets.forEach((s, i) =>
    PARTS.forEach((p, j) => {
      const v = parsed[i]![j];
      const who = byMember ? `${s.name || `Thành viên ${i + 1}`}: ` : '';
      if (s[p] && v === null) problems.push(`${who}điểm phần ${p} «${s[p]}» không hợp lệ.`);
      else if (v !== null && v !== undefined && version) {
        const m = partProblem(version, p, v);
        if (m) problems.push(who + m);
      }
    }),
  );
  const complete = parsed.every((row) => row.every((v) => v !== null));
  const totals = complete
    ? averageOfMembers(parsed.map(([a, b, c]) => ({ pointsA: a!, pointsB: b!, pointsC: c! })))
    : null;
  const rating = totals ? rate(totals.total, mandatoryFailed) : null;

  async function save() {
    if (!complete || !version)
      return notify(
        'error',
        !version ? 'Chưa có bộ tiêu chí áp dụng cho ngày đánh giá này.' : 'Nhập đủ điểm phần A, B, C.',
      );
    setBusy(true);
    try {
      const points = (i: number) => ({ pointsA: parsed[i]![0]!, pointsB: parsed[i]![1]!, pointsC: parsed[i]![2]! });
      const saved = await api.invoke('ocop.evaluationSave', {
        productId,
        level,
        roundName,
        evaluatedDate: date,
        mandatoryFailed,
        kind: kind || undefined,
        ...(byMember ? { members: members.map((m, i) => ({ memberName: m.name, ...points(i) })) } : points(0)),
      });
      notify('success', `Đã lưu kết quả: ${formatPoints(saved.total)} điểm, ${saved.stars} sao.`);
      onSaved();
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  const pointInputs = (s: Sheet, set: (s: Sheet) => void, who: string) =>
    PARTS.map((p) => (
      <label key={p} title={PART_LABEL[p]}>
        {`Phần ${p}`}
        {version ? <span className="muted"> (tối đa {maxOf(version, p)})</span> : null}
        <input
          type="text"
          inputMode="decimal"
          aria-label={`${who}Điểm phần ${p}`}
          value={s[p]}
          onChange={(e) => set({ ...s, [p]: e.target.value })}
        />
      </label>
    ));

  return (
    <div className="ocop-form" role="form" aria-label="Phiếu chấm điểm">
      <div className="ocop-form-grid">
        <label>
          Cấp đánh giá
          <ChoiceSelect
            aria-label="Cấp đánh giá"
            choices={levels}
            labels={OCOP_LEVEL_LABEL}
            value={level}
            onChange={setLevel}
          />
        </label>
        <label>
          Ngày đánh giá
          <DateField label="Ngày đánh giá" value={date} onChange={setDate} />
        </label>
        <label className="wide">
          Đợt đánh giá
          <input
            type="text"
            aria-label="Đợt đánh giá"
            placeholder="ví dụ: Đợt 1 năm 2022"
            value={roundName}
            onChange={(e) => setRoundName(e.target.value)}
          />
        </label>
        <label>
          Loại đánh giá
          <select
            aria-label="Loại đánh giá"
            value={kind}
            onChange={(e) => setKind(e.target.value as EvaluationKind | '')}
          >
            <option value="">Tự xác định theo giấy chứng nhận trước</option>
            <option value="new">Đánh giá lần đầu</option>
            <option value="upgrade">Thăng hạng</option>
            <option value="re_evaluation">Đánh giá lại</option>
          </select>
        </label>
      </div>
      <p className="muted" data-testid="ocop-version">
        {version
          ? `Bộ tiêu chí áp dụng: ${version.decision} (từ ${formatShortDate(version.effectiveFrom)}): A ${version.maxA} / B ${version.maxB} / C ${version.maxC} điểm.`
          : 'Chưa có bộ tiêu chí áp dụng cho ngày này.'}{' '}
        {OCOP_LEVEL_CEILING[level]
          ? `${OCOP_LEVEL_LABEL[level]} công nhận tối đa ${OCOP_LEVEL_CEILING[level]} sao.`
          : 'Cấp xã chỉ kiểm tra sơ bộ, không công nhận sao.'}
      </p>
      <div className="toolbar">
        <label className="field-inline">
          <input type="radio" name="ocop-mode" checked={!byMember} onChange={() => setByMember(false)} /> Điểm bình quân
          của hội đồng
        </label>
        <label className="field-inline">
          <input type="radio" name="ocop-mode" checked={byMember} onChange={() => setByMember(true)} /> Phiếu chấm từng
          thành viên
        </label>
      </div>
      {byMember ? (
        members.map((m, i) => (
          <div className="ocop-form-grid" key={i}>
            <label>
              Thành viên
              <input
                type="text"
                aria-label={`Thành viên ${i + 1}`}
                value={m.name}
                onChange={(e) => setMembers(members.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
              />
            </label>
            {pointInputs(
              m,
              (s) => setMembers(members.map((x, j) => (j === i ? { ...x, ...s } : x))),
              `Thành viên ${i + 1} `,
            )}
          </div>
        ))
      ) : (
        <div className="ocop-form-grid">{pointInputs(avg, setAvg, '')}</div>
      )}
      {byMember ? (
        <button className="secondary" onClick={() => setMembers([...members, { name: '', ...emptySheet() }])}>
          Thêm thành viên
        </button>
      ) : null}
      {version?.hasMandatory ? (
        <label className="field-inline">
          <input type="checkbox" checked={mandatoryFailed} onChange={(e) => setMandatoryFailed(e.target.checked)} />{' '}
          Không đạt tiêu chí bắt buộc (không được xếp từ 3 sao)
        </label>
      ) : null}
      <div className="ocop-result" data-testid="ocop-score-result">
        {totals && rating ? (
          <>
            Tổng điểm <strong>{formatPoints(totals.total)}</strong> → <Stars n={rating.stars} />{' '}
            <strong>{rating.stars} sao</strong>
            {rating.capReason ? <div className="ocop-warning">{rating.capReason}</div> : null}
          </>
        ) : (
          <span className="muted">Nhập điểm ba phần để xem tổng điểm và số sao.</span>
        )}
        {problems.map((p) => (
          <div key={p} className="ocop-warning">
            {p}
          </div>
        ))}
      </div>
      <button onClick={save} disabled={busy || problems.length > 0}>
        Lưu kết quả đánh giá
      </button>
    </div>
  );
}
