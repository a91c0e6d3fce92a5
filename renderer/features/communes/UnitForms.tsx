import { useState, type ReactNode } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { DateField } from '../../components/DateField';
import { formatShortDate } from '../../../shared/format/date';
import { COMMUNE_KINDS_2025, UNIT_KIND_LABEL, type CommuneKind2025, type UnitRow } from '../../../shared/models/units';
import type { Channel, InputOf } from '../../../shared/api/contract';
import { validateInput, type FieldErrors } from './validate';
import { errorNotice } from '../../api/errors';
import { ChoiceSelect } from '../../components/ChoiceSelect';

/** One labelled field with its Vietnamese error under it. */
function Field({
  label,
  error,
  children,
  wide,
}: {
  label: string;
  error?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <label className={wide ? 'unit-field wide' : 'unit-field'}>
      <span>{label}</span>
      {children}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}

/** The save and cancel buttons every unit form ends with. */
function Actions({
  label,
  busy,
  onSave,
  onCancel,
  danger,
}: {
  label: string;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
  danger?: boolean;
}) {
  return (
    <div className="toolbar">
      <button className={danger ? 'danger' : undefined} onClick={onSave} disabled={busy}>
        {label}
      </button>
      <button className="secondary" onClick={onCancel} disabled={busy}>
        Hủy
      </button>
    </div>
  );
}

/** The deciding document of a change: required, its number as written ("NQ 1668/NQ-UBTVQH15"). */
function DecisionField({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  return (
    <Field label="Văn bản quyết định (số hiệu)" error={error}>
      <input
        type="text"
        aria-label={label}
        placeholder="ví dụ: NQ 1668/NQ-UBTVQH15"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** Checks the input against the channel's schema, then saves once; reports in Vietnamese. */
function useUnitSave() {
  const api = useApi();
  const notify = useNotice();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  async function save<C extends 'units.add' | 'units.rename' | 'units.retire'>(
    channel: C,
    input: InputOf<C>,
    done: (row: UnitRow) => string,
  ): Promise<UnitRow | null> {
    const invalid = validateInput(channel as Channel, input);
    setErrors(invalid ?? {});
    if (invalid || busy) return null;
    setBusy(true);
    try {
      const row = (await api.invoke(channel, input)) as UnitRow;
      notify('success', done(row));
      return row;
    } catch (e) {
      notify('error', ...errorNotice(e));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { errors, busy, save };
}

const firstOfJuly2025 = '2025-07-01';

/** «Thêm đơn vị»: a unit created by a decision (code optional until the statistics office assigns one). */
export function AddUnitForm({ onDone, onCancel }: { onDone: (row: UnitRow) => void; onCancel: () => void }) {
  const { errors, busy, save } = useUnitSave();
  const [f, setF] = useState({
    name: '',
    kind: 'xa' as CommuneKind2025,
    code: '',
    validFrom: firstOfJuly2025,
    decision: '',
    notes: '',
  });
  const submit = async () => {
    const row = await save(
      'units.add',
      { ...f, code: f.code.trim() || undefined, notes: f.notes || undefined },
      (r) => `Đã thêm ${r.fullName}.`,
    );
    if (row) onDone(row);
  };
  return (
    <div className="unit-form" role="form" aria-label="Thêm đơn vị">
      <strong>Thêm đơn vị hành chính cấp xã</strong>
      <div className="unit-form-grid">
        <Field label="Tên đơn vị" error={errors.name}>
          <input
            type="text"
            aria-label="Tên đơn vị"
            value={f.name}
            onChange={(e) => setF({ ...f, name: e.target.value })}
          />
        </Field>
        <Field label="Loại" error={errors.kind}>
          <ChoiceSelect
            aria-label="Loại đơn vị"
            choices={COMMUNE_KINDS_2025}
            labels={UNIT_KIND_LABEL}
            value={f.kind}
            onChange={(kind) => setF({ ...f, kind })}
          />
        </Field>
        <Field label="Mã (5 chữ số, nếu đã có)" error={errors.code}>
          <input
            type="text"
            aria-label="Mã đơn vị"
            inputMode="numeric"
            value={f.code}
            onChange={(e) => setF({ ...f, code: e.target.value })}
          />
        </Field>
        <Field label="Hiệu lực từ ngày" error={errors.validFrom}>
          <DateField label="Hiệu lực từ ngày" value={f.validFrom} onChange={(v) => setF({ ...f, validFrom: v })} />
        </Field>
        <DecisionField
          label="Văn bản quyết định"
          value={f.decision}
          error={errors.decision}
          onChange={(v) => setF({ ...f, decision: v })}
        />
        <Field label="Ghi chú" error={errors.notes} wide>
          <input
            type="text"
            aria-label="Ghi chú đơn vị"
            value={f.notes}
            onChange={(e) => setF({ ...f, notes: e.target.value })}
          />
        </Field>
      </div>
      {f.kind !== 'xa' ? (
        <p className="help-line">
          {UNIT_KIND_LABEL[f.kind]} được liệt kê nhưng không thuộc phạm vi đánh giá nông thôn mới (chỉ xã được đánh
          giá).
        </p>
      ) : null}
      <Actions label="Thêm đơn vị" busy={busy} onSave={() => void submit()} onCancel={onCancel} />
    </div>
  );
}

/** «Đổi tên»: the new name from a date, with the deciding document (the old name stays in the history). */
export function RenameForm({
  unit,
  onDone,
  onCancel,
}: {
  unit: UnitRow;
  onDone: (row: UnitRow) => void;
  onCancel: () => void;
}) {
  const { errors, busy, save } = useUnitSave();
  const [f, setF] = useState({ name: unit.name, effectiveDate: '', decision: '' });
  const submit = async () => {
    const row = await save(
      'units.rename',
      { id: unit.id, ...f },
      (r) => `Đã đổi tên ${unit.fullName} thành ${r.fullName}.`,
    );
    if (row) onDone(row);
  };
  return (
    <div className="unit-form" role="form" aria-label={`Đổi tên ${unit.fullName}`}>
      <strong>Đổi tên {unit.fullName}</strong>
      <Field label="Tên mới" error={errors.name}>
        <input type="text" aria-label="Tên mới" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
      </Field>
      <Field label="Từ ngày" error={errors.effectiveDate}>
        <DateField label="Đổi tên từ ngày" value={f.effectiveDate} onChange={(v) => setF({ ...f, effectiveDate: v })} />
      </Field>
      <DecisionField
        label="Văn bản đổi tên"
        value={f.decision}
        error={errors.decision}
        onChange={(v) => setF({ ...f, decision: v })}
      />
      <Actions label="Đổi tên" busy={busy} onSave={() => void submit()} onCancel={onCancel} />
    </div>
  );
}

/** «Thôi hiệu lực»: the first day the unit no longer exists, and the deciding document. */
export function RetireForm({
  unit,
  onDone,
  onCancel,
}: {
  unit: UnitRow;
  onDone: (row: UnitRow) => void;
  onCancel: () => void;
}) {
  const { errors, busy, save } = useUnitSave();
  const [f, setF] = useState({ validTo: '', decision: '' });
  const submit = async () => {
    const row = await save(
      'units.retire',
      { id: unit.id, ...f },
      (r) => `${r.fullName} hết hiệu lực từ ngày ${formatShortDate(f.validTo)}.`,
    );
    if (row) onDone(row);
  };
  return (
    <div className="unit-form" role="form" aria-label={`Thôi hiệu lực ${unit.fullName}`}>
      <strong>Thôi hiệu lực {unit.fullName}</strong>
      <p className="help-line">
        Đơn vị vẫn còn trong dữ liệu các năm trước (kết quả, công nhận); từ ngày này không còn trong danh sách.
      </p>
      <Field label="Không còn từ ngày" error={errors.validTo}>
        <DateField label="Hết hiệu lực từ ngày" value={f.validTo} onChange={(v) => setF({ ...f, validTo: v })} />
      </Field>
      <DecisionField
        label="Văn bản thôi hiệu lực"
        value={f.decision}
        error={errors.decision}
        onChange={(v) => setF({ ...f, decision: v })}
      />
      <Actions label="Thôi hiệu lực" busy={busy} onSave={() => void submit()} onCancel={onCancel} danger />
    </div>
  );
}
