import { useEffect, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { STATUS_LABEL } from '../../../shared/domain/criteria-eval';
import type { MatrixRow } from '../../../shared/models/criteria';
import type { ValueChange } from '../../../shared/models/indicators';
import { planIndicatorPaste } from '../../lib/indicator-paste';
import { errorNotice } from '../../api/errors';
import { NO_DATA } from '../../../shared/format/text';

const metText = (m: boolean | null) => (m === null ? 'chưa có kết quả' : m ? 'Đạt' : 'Chưa đạt');

/**
 * The indicators of one cell (commune × criterion): values typed against the threshold of the
 * commune's group, the criterion computed from them, and a person's override with its reason.
 * Ctrl+V takes a block copied from Excel (checked whole before anything is saved); every save of
 * values from the panel can be undone (Ctrl+Z or «Hoàn tác») while the panel stays on its cell.
 */
export function IndicatorPanel({
  year,
  communeId,
  criterionId,
  onRows,
  onClose,
}: {
  year: number;
  communeId: number;
  criterionId: number;
  onRows: (rows: MatrixRow[]) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const panel = useQuery('indicators.panel', { year, communeId, criterionId });
  const p = panel.data?.communeId === communeId && panel.data.criterionId === criterionId ? panel.data : null;
  const [draft, setDraft] = useState<Record<number, string>>({});
  const [overrideMet, setOverrideMet] = useState<'1' | '0'>('1');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState(0);
  // Each entry puts back the values one save replaced.
  const [undo, setUndo] = useState<ValueChange[][]>([]);
  useEffect(() => setUndo([]), [year, communeId, criterionId]);
  useEffect(() => {
    if (!p) return;
    setDraft(Object.fromEntries(p.indicators.map((i) => [i.id, i.valueText])));
    setReason(p.override?.reason ?? '');
    setOverrideMet(p.override?.met === false ? '0' : '1');
  }, [p]);

  async function run(work: () => Promise<{ rows: MatrixRow[] }>, success: string) {
    setBusy(true);
    try {
      const out = await work();
      onRows(out.rows);
      panel.reload();
      notify('success', success);
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  const changes = p
    ? p.indicators
        .filter((i) => (draft[i.id] ?? '') !== i.valueText)
        .map((i) => ({ communeId, indicatorId: i.id, value: draft[i.id] ?? '' }))
    : [];
  /** Saves value changes in one call and records how to put the replaced values back. */
  const saveChanges = (list: ValueChange[], success: string) => {
    const before = new Map(p?.indicators.map((i) => [i.id, i.valueText]));
    const inverse = list.map((c) => ({
      communeId,
      indicatorId: c.indicatorId,
      value: before.get(c.indicatorId) ?? '',
    }));
    return run(async () => {
      const out = await api.invoke('indicators.setValues', { year, changes: list });
      setUndo((u) => [...u, inverse]);
      return out;
    }, success);
  };
  const saveValues = () => saveChanges(changes, `Đã lưu ${changes.length} giá trị chỉ tiêu.`);
  const undoLast = () => {
    const last = undo[undo.length - 1];
    if (!last || busy) return;
    void run(async () => {
      const out = await api.invoke('indicators.setValues', { year, changes: last });
      setUndo((u) => u.slice(0, -1));
      return out;
    }, `Đã hoàn tác: trả lại ${last.length} giá trị chỉ tiêu.`);
  };

  /** A block from Excel: one cell stays the browser's own paste into the field. */
  function onPaste(e: ClipboardEvent<HTMLTableElement>) {
    const text = e.clipboardData.getData('text/plain');
    if (!p || !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    e.preventDefault();
    const plan = planIndicatorPaste(p.indicators, focused, text);
    if (!plan.ok) return notify('error', 'Không dán được: chưa có thay đổi nào được lưu.', plan.errors);
    const pasted = new Set(plan.changes.map((c) => c.indicatorId));
    // Values typed and not yet saved go in the same save, unless the block replaces them.
    const all = [
      ...plan.changes.map((c) => ({ communeId, indicatorId: c.indicatorId, value: c.text })),
      ...changes.filter((c) => !pasted.has(c.indicatorId)),
    ];
    if (!all.length) return notify('info', 'Khối dán không làm thay đổi giá trị nào.');
    void saveChanges(all, `Đã dán và lưu ${all.length} giá trị chỉ tiêu.`);
  }

  /** Ctrl+Z undoes the last save, once no typed change is pending (then the field's own undo applies). */
  function onKeyDownCapture(ev: KeyboardEvent<HTMLElement>) {
    if (
      !(ev.ctrlKey || ev.metaKey) ||
      ev.altKey ||
      ev.shiftKey ||
      ev.key.toLowerCase() !== 'z' ||
      changes.length ||
      !undo.length
    )
      return;
    ev.preventDefault();
    undoLast();
  }
  const saveOverride = (clear: boolean) =>
    run(
      () =>
        api.invoke('indicators.override', {
          year,
          communeId,
          criterionId,
          met: clear ? null : overrideMet === '1',
          reason: clear ? '' : reason,
        }),
      clear ? 'Đã bỏ đánh giá khác: dùng lại kết quả tính từ chỉ tiêu.' : 'Đã ghi đánh giá khác kèm lý do.',
    );

  return (
    <aside
      className="side-panel indicator-panel"
      aria-label="Chỉ tiêu của ô đang chọn"
      onKeyDownCapture={onKeyDownCapture}
    >
      <div className="side-panel-head">
        <h2 className="section-title">{p ? `${p.criterionLabel}` : 'Chỉ tiêu'}</h2>
        <button className="secondary" onClick={onClose} aria-label="Đóng bảng chỉ tiêu">
          Đóng
        </button>
      </div>
      {panel.error ? <div className="error-box">{panel.error}</div> : null}
      {p ? (
        <>
          <p>
            <strong>{p.communeLabel}</strong> · năm {year}
            {p.thresholdBy === 'group'
              ? p.groupNo
                ? ` · nhóm ${p.groupNo}`
                : ' · chưa xác định nhóm xã (ngưỡng theo nhóm chưa áp dụng được)'
              : ''}
          </p>
          <p data-testid="panel-result">
            Kết quả tiêu chí:{' '}
            <strong className={p.met ? 'text-met' : p.met === false ? 'text-unmet' : ''}>{metText(p.met)}</strong>
            {p.override ? <span className="badge badge-warn">đánh giá khác</span> : null}
            {p.indicators.length ? <span className="muted"> (tính từ chỉ tiêu: {metText(p.computed)})</span> : null}
          </p>
          {!p.indicators.length ? (
            <p className="muted">
              Tiêu chí này chưa có chỉ tiêu trong bộ tiêu chí: đánh dấu Đạt/Chưa đạt trực tiếp trong bảng.
            </p>
          ) : (
            <>
              <table className="table indicator-table" aria-label="Giá trị chỉ tiêu" onPaste={onPaste}>
                <thead>
                  <tr>
                    <th>Chỉ tiêu</th>
                    <th>Yêu cầu</th>
                    <th>Giá trị</th>
                    <th>Đánh giá</th>
                  </tr>
                </thead>
                <tbody>
                  {p.indicators.map((i, k) => (
                    <tr key={i.id}>
                      <td title={i.name}>
                        <strong>{i.code}</strong> <span className="indicator-name">{i.name}</span>
                      </td>
                      <td>{i.thresholdText || <span className="muted">chưa có ngưỡng</span>}</td>
                      <td>
                        <input
                          type="text"
                          size={8}
                          aria-label={`Giá trị chỉ tiêu ${i.code}`}
                          value={draft[i.id] ?? ''}
                          placeholder={
                            i.valueKind === 'yesno'
                              ? 'Đạt/Không'
                              : i.valueKind === 'grade'
                                ? i.grades.split(';')[0]
                                : ''
                          }
                          onChange={(e) => setDraft({ ...draft, [i.id]: e.target.value })}
                          onFocus={() => setFocused(k)}
                          onKeyDown={(e) => e.key === 'Enter' && changes.length && void saveValues()}
                        />
                      </td>
                      <td className={`status-${i.status}`}>
                        {i.status === 'missing' ? NO_DATA : STATUS_LABEL[i.status]}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="form-row">
                <button onClick={() => void saveValues()} disabled={busy || !changes.length}>
                  Lưu giá trị
                </button>
                <button
                  className="secondary"
                  onClick={undoLast}
                  disabled={busy || !undo.length}
                  title="Ctrl+Z: trả lại các giá trị trước lần lưu (hoặc dán) gần nhất"
                >
                  Hoàn tác
                </button>
              </div>
              <p className="muted small">Dán (Ctrl+V) một cột hoặc một dòng giá trị từ Excel vào ô chỉ tiêu bắt đầu.</p>
              <h3 className="section-title">Đánh giá khác kết quả tính</h3>
              <div className="form-row">
                <select
                  aria-label="Đánh giá khác"
                  value={overrideMet}
                  onChange={(e) => setOverrideMet(e.target.value as '1' | '0')}
                >
                  <option value="1">Đạt</option>
                  <option value="0">Chưa đạt</option>
                </select>
                <input
                  type="text"
                  size={30}
                  placeholder="Lý do (bắt buộc)"
                  aria-label="Lý do đánh giá khác"
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
                <button className="secondary" onClick={() => void saveOverride(false)} disabled={busy}>
                  Ghi
                </button>
                {p.override ? (
                  <button className="secondary" onClick={() => void saveOverride(true)} disabled={busy}>
                    Bỏ
                  </button>
                ) : null}
              </div>
            </>
          )}
        </>
      ) : (
        <p className="muted">Đang tải…</p>
      )}
    </aside>
  );
}
