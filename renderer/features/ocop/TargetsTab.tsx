import { useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { formatShortDate } from '../../../shared/format/date';
import { OCOP_STATUS_LABEL, type OcopMeta, type TargetProgress } from '../../../shared/models/ocop';
import { errorNotice } from '../../api/errors';
import { VersionsSection } from './VersionsSection';

/** The year's OCOP targets (plan §II.2) with their count from the data, and products by district-level unit. */
export function TargetsTab({
  meta,
  year,
  asOf,
  onMetaChanged,
}: {
  meta: OcopMeta;
  year: number;
  asOf: string;
  onMetaChanged: () => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const targets = useQuery('ocop.targets', { year });
  async function copyFromPreviousYear() {
    try {
      targets.setData(await api.invoke('ocop.targetsCopy', { fromYear: year - 1, toYear: year }));
      notify('success', `Đã lập chỉ tiêu năm ${year} từ chỉ tiêu năm ${year - 1}; hãy sửa theo kế hoạch năm ${year}.`);
    } catch (e) {
      notify('error', ...errorNotice(e));
    }
  }
  const summary = useQuery('ocop.summary', { asOf });
  const rules = [...new Map((targets.data ?? []).map((t) => [t.kind, t])).values()];
  return (
    <>
      <h2 className="section-title">Chỉ tiêu OCOP năm {year}</h2>
      {targets.error ? <div className="error-box">{targets.error}</div> : null}
      {targets.data && !targets.data.length ? (
        <p className="muted">
          Năm {year} chưa có chỉ tiêu OCOP.{' '}
          <button className="secondary" onClick={copyFromPreviousYear}>
            Lập từ chỉ tiêu năm {year - 1}
          </button>
        </p>
      ) : null}
      {targets.data?.length ? (
        <table className="table ocop-targets" aria-label="Chỉ tiêu OCOP">
          <thead>
            <tr>
              <th>Chỉ tiêu</th>
              <th>Đơn vị</th>
              <th>Kế hoạch</th>
              <th className="num">Đạt được</th>
              <th>Đánh giá</th>
            </tr>
          </thead>
          <tbody>
            {targets.data.map((t) => (
              <TargetRow key={t.id} t={t} onSaved={targets.setData} />
            ))}
          </tbody>
        </table>
      ) : null}
      {rules.length ? (
        <div className="muted ocop-rules">
          <strong>Cách tính «Đạt được»:</strong>
          <ul>
            {rules.map((t) => (
              <li key={t.kind}>
                {t.label}: {t.rule}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <VersionsSection meta={meta} onChanged={onMetaChanged} />
      <h2 className="section-title">Sản phẩm theo đơn vị cấp huyện (tính đến {formatShortDate(asOf)})</h2>
      {summary.data ? (
        <table className="table ocop-summary" aria-label="Sản phẩm theo đơn vị cấp huyện">
          <thead>
            <tr>
              <th>Đơn vị</th>
              <th className="num">Số sản phẩm</th>
              <th className="num">Còn hiệu lực 3 sao</th>
              <th className="num">4 sao</th>
              <th className="num">5 sao</th>
              <th className="num">{OCOP_STATUS_LABEL.expiring}</th>
              <th className="num">{OCOP_STATUS_LABEL.expired}</th>
              <th className="num">Chưa công nhận</th>
            </tr>
          </thead>
          <tbody>
            {[...summary.data.rows, summary.data.total].map((r) => (
              <tr key={r.districtId ?? r.name} className={r === summary.data!.total ? 'ocop-total' : undefined}>
                <td>{r.name}</td>
                <td className="num">{r.products}</td>
                <td className="num">{r.stars3}</td>
                <td className="num">{r.stars4}</td>
                <td className="num">{r.stars5}</td>
                <td className="num">{r.byStatus.expiring}</td>
                <td className="num">{r.byStatus.expired}</td>
                <td className="num">
                  {r.byStatus.registered + r.byStatus.district_evaluated + r.byStatus.province_evaluated}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function TargetRow({ t, onSaved }: { t: TargetProgress; onSaved: (rows: TargetProgress[]) => void }) {
  const api = useApi();
  const notify = useNotice();
  const [edit, setEdit] = useState<{ min: string; max: string } | null>(null);
  async function save() {
    if (!edit) return;
    try {
      const rows = await api.invoke('ocop.targetSave', {
        id: t.id,
        year: t.year,
        kind: t.kind,
        unitId: t.unitId,
        minCount: Number(edit.min),
        maxCount: edit.max.trim() ? Number(edit.max) : null,
        notes: t.notes,
      });
      onSaved(rows);
      setEdit(null);
      notify('success', 'Đã lưu chỉ tiêu.');
    } catch (e) {
      notify('error', ...errorNotice(e));
    }
  }
  return (
    <tr>
      <td title={t.notes}>{t.label}</td>
      <td>{t.unitName}</td>
      <td>
        {edit ? (
          <span className="field-inline">
            từ{' '}
            <input
              type="number"
              min={0}
              aria-label="Mức dưới"
              value={edit.min}
              onChange={(e) => setEdit({ ...edit, min: e.target.value })}
            />
            đến{' '}
            <input
              type="number"
              min={0}
              aria-label="Mức trên"
              value={edit.max}
              onChange={(e) => setEdit({ ...edit, max: e.target.value })}
            />
            <button onClick={save}>Lưu</button>
          </span>
        ) : (
          <button
            className="link"
            title="Sửa chỉ tiêu"
            onClick={() => setEdit({ min: String(t.minCount), max: t.maxCount === null ? '' : String(t.maxCount) })}
          >
            {t.targetText}
          </button>
        )}
      </td>
      <td className="num">{t.current}</td>
      <td>
        {t.met ? (
          <span className="ocop-met">Đạt</span>
        ) : (
          <span className="ocop-warning">Chưa đạt (còn {t.minCount - t.current})</span>
        )}
      </td>
    </tr>
  );
}
