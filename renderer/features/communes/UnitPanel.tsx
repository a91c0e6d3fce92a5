import { useState } from 'react';
import { useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { formatShortDate } from '../../../shared/format/date';
import { unitKindLabel, type UnitRow } from '../../../shared/models/units';
import type { UnitRef } from '../../../shared/models/successions';
import { PredecessorCard } from './UnitHistory';
import { SettleForm, unitRefLabel } from './SettleForm';
import { RenameForm, RetireForm } from './UnitForms';
import { CommuneGroupFact } from '../criteria/CommuneGroupFact';

/** "từ 01/07/2025 đến hết 30/06/2025": validity, validTo being exclusive. */
function validityText(u: Pick<UnitRef, 'validFrom' | 'validTo'>): string {
  const from = u.validFrom ? `từ ${formatShortDate(u.validFrom)}` : '';
  if (!u.validTo) return from ? `${from}, còn hiệu lực` : 'còn hiệu lực';
  const last = new Date(`${u.validTo}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  return `${from ? `${from} ` : ''}đến hết ${formatShortDate(last.toISOString().slice(0, 10))}`;
}

/**
 * The side panel of Danh sách xã: a unit, where it came from (old units with their old district and
 * their 2021–2025 history) or where it went, its unsettled parts, and rename / retire.
 */
export function UnitPanel({
  unitId,
  row,
  onOpen,
  onClose,
  onChanged,
}: {
  unitId: number;
  row: UnitRow | null;
  onOpen: (id: number) => void;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { reloadInfo } = useAppState();
  const view = useQuery('successions.forUnit', { unitId });
  const [form, setForm] = useState<'rename' | 'retire' | null>(null);
  const v = view.data?.unit.id === unitId ? view.data : null;
  const u = v?.unit;
  const changed = () => {
    setForm(null);
    view.reload();
    onChanged();
  };
  return (
    <aside className="side-panel unit-panel" aria-label="Thông tin đơn vị">
      <div className="side-panel-head">
        <strong data-testid="unit-panel-title">{u ? u.fullName : 'Đang tải…'}</strong>
        <button className="link" onClick={onClose} aria-label="Đóng bảng thông tin">
          Đóng
        </button>
      </div>
      {view.error ? <div className="error-box">{view.error}</div> : null}
      {u ? (
        <>
          <dl className="facts unit-facts">
            {u.code ? (
              <>
                <dt>Mã</dt>
                <dd>{u.code}</dd>
              </>
            ) : null}
            <dt>Loại</dt>
            <dd>
              {row?.kindLabel ?? unitKindLabel(u.kind)}
              {row
                ? row.inNtmScope
                  ? ' — thuộc phạm vi đánh giá NTM'
                  : ' — không đánh giá NTM (chỉ xã được đánh giá)'
                : null}
            </dd>
            {u.districtFullName ? (
              <>
                <dt>Đơn vị cấp huyện</dt>
                <dd>
                  {u.districtFullName}
                  {u.provinceFullName ? `, ${u.provinceFullName}` : ''}
                </dd>
              </>
            ) : null}
            <dt>Hiệu lực</dt>
            <dd>{validityText(u)}</dd>
            {row?.inNtmScope && !u.validTo ? <CommuneGroupFact communeId={u.id} /> : null}
            {row?.decision ? (
              <>
                <dt>Văn bản</dt>
                <dd>{row.decision}</dd>
              </>
            ) : null}
          </dl>
          {row && !form ? (
            <div className="toolbar">
              <button className="secondary" onClick={() => setForm('rename')}>
                Đổi tên…
              </button>
              <button className="secondary danger" onClick={() => setForm('retire')}>
                Thôi hiệu lực…
              </button>
            </div>
          ) : null}
          {row && form === 'rename' ? <RenameForm unit={row} onDone={changed} onCancel={() => setForm(null)} /> : null}
          {row && form === 'retire' ? <RetireForm unit={row} onDone={changed} onCancel={() => setForm(null)} /> : null}

          {v.inheritedSummary ? (
            <p className="inherited" data-testid="inherited-summary">
              Kế thừa: {v.inheritedSummary}
            </p>
          ) : null}
          {v.formedFrom.length ? (
            <>
              <h3 className="panel-title">Hình thành từ {v.formedFrom.length} đơn vị cũ</h3>
              <ul className="predecessors">
                {v.formedFrom.map((p) => (
                  <PredecessorCard key={p.unit.id} p={p} onOpen={onOpen} />
                ))}
              </ul>
            </>
          ) : null}
          {v.wentTo.length ? (
            <>
              <h3 className="panel-title">Từ {formatShortDate(v.wentTo[0]!.effectiveDate)} thuộc về</h3>
              <ul className="predecessors" data-testid="went-to">
                {v.wentTo.map((s) => (
                  <li key={s.unit.id} className="predecessor">
                    <button className="link" onClick={() => onOpen(s.unit.id)}>
                      {unitRefLabel(s.unit)}
                    </button>
                    {s.extent === 'partial' ? <span className="badge">một phần</span> : null}
                    {s.decision ? <div className="muted small">theo {s.decision}</div> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {!v.formedFrom.length && !v.wentTo.length && !v.pending.length ? (
            <p className="muted">Không có quan hệ kế thừa nào được ghi cho đơn vị này.</p>
          ) : null}
          {v.pending.filter((p) => p.status === 'pending').length ? (
            <>
              <h3 className="panel-title">Cần xác nhận</h3>
              {v.pending
                .filter((p) => p.status === 'pending')
                .map((p) => (
                  <div key={p.id} className="pending-card pending-pending">
                    <p className="pending-part">
                      «{p.part}» — {p.reason}
                    </p>
                    <SettleForm
                      item={p}
                      onSettled={() => {
                        view.reload();
                        onChanged();
                        reloadInfo();
                      }}
                    />
                  </div>
                ))}
            </>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}
