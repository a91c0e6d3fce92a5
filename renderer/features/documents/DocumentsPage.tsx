import { useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { useNotice } from '../../components/Notice';
import { ApiCallError } from '../../api/client';
import { YearPicker } from '../../components/YearPicker';
import { formatShortDate } from '../../../shared/format/date';
import { docNumber } from '../../../shared/format/number';
import { PERIOD_CHOICES } from '../../../shared/domain/report-period';
import type { DocumentRow } from '../../../shared/models/document-content';
import { DocumentEditor } from './DocumentEditor';
import { confirmLeave } from '../../components/unsaved';
import { errorNotice } from '../../api/errors';

const TYPE_LABEL = { plan: 'Kế hoạch', report: 'Báo cáo' } as const;

function periodLabel(d: DocumentRow): string {
  if (d.type === 'plan') return `Năm ${d.year}`;
  const suffix = d.period.split('-')[1];
  return `${PERIOD_CHOICES.find((p) => p.suffix === suffix)?.label ?? d.period} ${d.year}`;
}

/** Văn bản: the register of plans and reports, creating them from the data, editing and issuing. */
export function DocumentsPage() {
  const api = useApi();
  const notify = useNotice();
  const { year, setYear } = useAppState();
  const [periodSuffix, setPeriodSuffix] = useState<string>('H1');
  const [selected, setSelected] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useQuery('documents.list', {});

  /** A year with an issued plan gets a second one only when the person confirms (an amendment). */
  async function createPlan() {
    try {
      return await api.invoke('documents.createPlan', { year });
    } catch (e) {
      if (
        !(e instanceof ApiCallError) ||
        e.code !== 'CONFLICT' ||
        !window.confirm(`${e.message}\n\nVẫn tạo kế hoạch mới?`)
      )
        throw e;
      return api.invoke('documents.createPlan', { year, evenIfIssued: true });
    }
  }

  const select = (id: number) => id !== selected && confirmLeave() && setSelected(id);

  async function create(kind: 'plan' | 'report') {
    if (busy) return;
    setBusy(true);
    try {
      if (!confirmLeave()) return;
      const d =
        kind === 'plan'
          ? await createPlan()
          : await api.invoke('documents.createReport', { period: `${year}-${periodSuffix}` });
      list.reload();
      setSelected(d.id);
      notify('success', `Đã tạo ${TYPE_LABEL[kind].toLowerCase()} ${periodLabel(d).toLowerCase()} (bản nháp).`);
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page docs-page">
      <div className="toolbar">
        <YearPicker value={year} onChange={setYear} />
        <button onClick={() => create('plan')} disabled={busy}>
          Tạo kế hoạch năm {year}
        </button>
        <label className="field-inline">
          Kỳ báo cáo
          <select aria-label="Kỳ báo cáo" value={periodSuffix} onChange={(e) => setPeriodSuffix(e.target.value)}>
            {PERIOD_CHOICES.map((p) => (
              <option key={p.suffix} value={p.suffix}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button onClick={() => create('report')} disabled={busy}>
          Tạo báo cáo
        </button>
      </div>
      {list.error ? <div className="error-box">{list.error}</div> : null}
      <div className="docs-layout">
        <div className="docs-register">
          <h2 className="section-title">Sổ văn bản</h2>
          <table className="table docs-table" aria-label="Sổ văn bản">
            <thead>
              <tr>
                <th>Loại</th>
                <th>Kỳ</th>
                <th>Số, ký hiệu</th>
                <th>Ngày</th>
                <th>Người ký</th>
                <th>Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((d) => (
                <tr
                  key={d.id}
                  className={d.id === selected ? 'selected' : undefined}
                  onClick={() => select(d.id)}
                  tabIndex={0}
                  onKeyDown={(e) => e.key === 'Enter' && select(d.id)}
                >
                  <td>{TYPE_LABEL[d.type]}</td>
                  <td>{periodLabel(d)}</td>
                  <td>{d.number ? `${docNumber(d.number)}/${d.symbol}` : `…/${d.symbol}`}</td>
                  <td>{formatShortDate(d.issuedDate)}</td>
                  <td>{d.signer}</td>
                  <td>{d.status === 'issued' ? 'Đã ban hành' : 'Bản nháp'}</td>
                </tr>
              ))}
              {list.data && !list.data.length ? (
                <tr>
                  <td colSpan={6} className="muted">
                    Chưa có văn bản. Chọn năm rồi bấm «Tạo kế hoạch».
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
        <div className="docs-editor">
          {selected ? (
            <DocumentEditor
              key={selected}
              id={selected}
              onChanged={list.reload}
              onDeleted={() => (setSelected(null), list.reload())}
            />
          ) : (
            <p className="muted">Chọn một văn bản trong sổ để sửa, xem trước và tạo tệp Word.</p>
          )}
        </div>
      </div>
    </section>
  );
}
