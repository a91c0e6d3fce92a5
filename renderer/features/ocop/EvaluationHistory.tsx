import { Fragment, useState } from 'react';
import { useApi } from '../../api/context';
import { ApiCallError } from '../../api/client';
import { useNotice } from '../../components/Notice';
import { addMonths, formatShortDate } from '../../../shared/format/date';
import { formatPoints } from '../../../shared/domain/ocop-scoring';
import { CERTIFICATE_MONTHS } from '../../../shared/domain/ocop-status';
import { OCOP_LEVEL_LABEL, type EvaluationRow } from '../../../shared/models/ocop';
import { SourceBadge, Stars } from './ui';
import { DateField } from '../../components/DateField';
import { useAppState } from '../../app-state';
import { errorMessage, errorNotice } from '../../api/errors';

type Action = { id: number; kind: 'recognise' | 'revoke' } | null;

/** Every evaluation of the product, oldest first, with its decision; recognise, revoke or delete from here. */
export function EvaluationHistory({ evaluations, onChanged }: { evaluations: EvaluationRow[]; onChanged: () => void }) {
  const api = useApi();
  const notify = useNotice();
  const [action, setAction] = useState<Action>(null);

  async function remove(e: EvaluationRow) {
    if (
      !window.confirm(
        `Xóa kết quả đánh giá ${OCOP_LEVEL_LABEL[e.level].toLowerCase()} ${formatPoints(e.total)} điểm? Thao tác được ghi vào nhật ký.`,
      )
    )
      return;
    try {
      await api.invoke('ocop.evaluationDelete', { id: e.id });
      notify('success', 'Đã xóa kết quả đánh giá.');
      onChanged();
    } catch (err) {
      notify('error', ...errorNotice(err));
    }
  }

  if (!evaluations.length) return <p className="muted">Chưa có kết quả đánh giá nào.</p>;
  return (
    <table className="table ocop-history" aria-label="Lịch sử đánh giá">
      <thead>
        <tr>
          <th>Ngày đánh giá</th>
          <th>Cấp</th>
          <th>Đợt / loại</th>
          <th className="num">A</th>
          <th className="num">B</th>
          <th className="num">C</th>
          <th className="num">Tổng</th>
          <th>Số sao</th>
          <th>Quyết định công nhận</th>
          <th>Hết hạn</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {evaluations.map((e) => (
          <Fragment key={e.id}>
            <tr data-testid={`ocop-eval-${e.id}`}>
              <td>{formatShortDate(e.evaluatedDate) || <span className="muted">chưa rõ</span>}</td>
              <td>{OCOP_LEVEL_LABEL[e.level]}</td>
              <td>
                <div>{e.kindLabel}</div>
                <div className="muted">
                  {e.roundName} {e.versionDecision ? `(${e.versionDecision})` : ''}
                </div>
                {e.members.length ? (
                  <div className="muted">
                    Bình quân {e.members.length} phiếu: {e.members.map((m) => m.memberName).join(', ')}
                  </div>
                ) : null}
              </td>
              <td className="num">{formatPoints(e.pointsA)}</td>
              <td className="num">{formatPoints(e.pointsB)}</td>
              <td className="num">{formatPoints(e.pointsC)}</td>
              <td className="num">
                <strong>{formatPoints(e.total)}</strong>
                {e.source === 'sample' ? (
                  <div>
                    <SourceBadge source="sample" />
                  </div>
                ) : null}
              </td>
              <td>
                <Stars n={e.stars} />
                {e.mandatoryFailed ? (
                  <div className="ocop-warning">
                    Không đạt tiêu chí bắt buộc: điểm ở mức {e.pointStars} sao, chỉ xếp {e.stars} sao.
                  </div>
                ) : null}
              </td>
              <td>
                {e.decisionDate ? (
                  <>
                    {e.decisionNo || 'quyết định'} ngày {formatShortDate(e.decisionDate)}
                    <div className="muted">{e.issuer}</div>
                    {e.revokedDate ? (
                      <div className="ocop-warning">
                        Thu hồi ngày {formatShortDate(e.revokedDate)}: {e.revokeReason}
                      </div>
                    ) : null}
                  </>
                ) : (
                  <span className="muted">chưa có</span>
                )}
              </td>
              <td>{formatShortDate(e.expiryDate)}</td>
              <td className="ocop-actions">
                {!e.decisionDate && e.stars >= 3 ? (
                  <button onClick={() => setAction({ id: e.id, kind: 'recognise' })}>Ghi quyết định</button>
                ) : null}
                {e.decisionDate && !e.revokedDate ? (
                  <button className="secondary" onClick={() => setAction({ id: e.id, kind: 'revoke' })}>
                    Thu hồi
                  </button>
                ) : null}
                {!e.decisionDate ? (
                  <button className="secondary" onClick={() => remove(e)}>
                    Xóa
                  </button>
                ) : null}
              </td>
            </tr>
            {action?.id === e.id ? (
              <tr>
                <td colSpan={11}>
                  <DecisionForm
                    evaluation={e}
                    kind={action.kind}
                    onDone={() => {
                      setAction(null);
                      onChanged();
                    }}
                    onCancel={() => setAction(null)}
                  />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** The recognition decision (number, date, issuer → expiry 36 months later), or a revocation. */
function DecisionForm({
  evaluation,
  kind,
  onDone,
  onCancel,
}: {
  evaluation: EvaluationRow;
  kind: 'recognise' | 'revoke';
  onDone: () => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const [no, setNo] = useState('');
  const [date, setDate] = useState('');
  const { info } = useAppState();
  // The province's own name («UBND thành phố Cần Thơ»); the ministry was renamed in 2025.
  const province = info.provinceFullName
    ? `UBND ${info.provinceFullName.charAt(0).toLocaleLowerCase('vi')}${info.provinceFullName.slice(1)}`
    : 'UBND tỉnh';
  const ministry =
    evaluation.decisionDate && evaluation.decisionDate < '2025-03-01'
      ? 'Bộ Nông nghiệp và Phát triển nông thôn'
      : 'Bộ Nông nghiệp và Môi trường';
  const issuer = evaluation.level === 'district' ? 'UBND huyện' : evaluation.level === 'province' ? province : ministry;
  const [text, setText] = useState(kind === 'recognise' ? issuer : '');
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    try {
      if (kind === 'recognise') {
        const input = { evaluationId: evaluation.id, decisionNo: no, decisionDate: date, issuer: text };
        let r;
        try {
          r = await api.invoke('ocop.recognise', input);
        } catch (e) {
          // Not the product's latest evaluation: ask, then record only if the person confirms.
          if (!(e instanceof ApiCallError) || e.code !== 'CONFIRM_REQUIRED' || !window.confirm(errorMessage(e)))
            throw e;
          r = await api.invoke('ocop.recognise', { ...input, confirmNotLatest: true });
        }
        notify(
          'success',
          `Đã ghi quyết định công nhận ${r.stars} sao; giấy chứng nhận hết hạn ngày ${formatShortDate(r.expiryDate)}.`,
        );
      } else {
        await api.invoke('ocop.revoke', { evaluationId: evaluation.id, revokedDate: date, reason: text });
        notify('success', 'Đã ghi nhận thu hồi giấy chứng nhận.');
      }
      onDone();
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ocop-form-grid" role="form" aria-label={kind === 'recognise' ? 'Quyết định công nhận' : 'Thu hồi'}>
      {kind === 'recognise' ? (
        <label>
          Số quyết định
          <input
            type="text"
            aria-label="Số quyết định"
            value={no}
            onChange={(e) => setNo(e.target.value)}
            placeholder="ví dụ: 1358/QĐ-UBND"
          />
        </label>
      ) : null}
      <label>
        {kind === 'recognise' ? 'Ngày quyết định' : 'Ngày thu hồi'}
        <DateField label={kind === 'recognise' ? 'Ngày quyết định' : 'Ngày thu hồi'} value={date} onChange={setDate} />
      </label>
      <label className="wide">
        {kind === 'recognise' ? 'Cơ quan ban hành' : 'Lý do thu hồi'}
        <input
          type="text"
          aria-label={kind === 'recognise' ? 'Cơ quan ban hành' : 'Lý do thu hồi'}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {kind === 'recognise' && date ? (
        <span className="muted">
          Giấy chứng nhận hết hạn ngày {formatShortDate(addMonths(date, CERTIFICATE_MONTHS))}
        </span>
      ) : null}
      <div>
        <button onClick={submit} disabled={busy || !date}>
          {kind === 'recognise' ? 'Lưu quyết định' : 'Ghi nhận thu hồi'}
        </button>{' '}
        <button className="secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </div>
  );
}
