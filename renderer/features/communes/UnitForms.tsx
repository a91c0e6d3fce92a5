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

/** What `bind(key)` of useUnitForm gives a field: its value, its error, its change handler. */
interface Bound {
  value: string;
  error?: string;
  onChange: (v: string) => void;
}

/** A one-line text field of a unit form. */
function TextField({
  label,
  ariaLabel,
  wide,
  numeric,
  placeholder,
  ...bound
}: Bound & { label: string; ariaLabel: string; wide?: boolean; numeric?: boolean; placeholder?: string }) {
  return (
    <Field label={label} error={bound.error} wide={wide}>
      <input
        type="text"
        aria-label={ariaLabel}
        inputMode={numeric ? 'numeric' : undefined}
        placeholder={placeholder}
        value={bound.value}
        onChange={(e) => bound.onChange(e.target.value)}
      />
    </Field>
  );
}

/** The deciding document of a change: required, its number as written ("NQ 1668/NQ-UBTVQH15"). */
function DecisionField({ label, ...bound }: Bound & { label: string }) {
  return (
    <TextField
      label="Văn bản quyết định (số hiệu)"
      ariaLabel={label}
      placeholder="ví dụ: NQ 1668/NQ-UBTVQH15"
      {...bound}
    />
  );
}

/** A date of a unit form (dd/mm/yyyy typed or picked). */
function DateRow({ label, dateLabel, ...bound }: Bound & { label: string; dateLabel: string }) {
  return (
    <Field label={label} error={bound.error}>
      <DateField label={dateLabel} value={bound.value} onChange={bound.onChange} />
    </Field>
  );
}

/**
 * A unit form's state: its fields, the Vietnamese errors per field, and `bind(key)` giving a field's
 * value, error and change handler.
 */
function useUnitForm<F extends Record<string, string>>(initial: F) {
  const { errors, busy, save } = useUnitSave();
  const [f, setF] = useState(initial);
  const bind = <K extends keyof F & string>(k: K) => ({
    value: f[k],
    error: errors[k],
    onChange: (v: F[K]) => setF({ ...f, [k]: v }),
  });
  return { f, errors, busy, save, bind };
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
  const { f, errors, busy, save, bind } = useUnitForm({
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
        <TextField label="Tên đơn vị" ariaLabel="Tên đơn vị" {...bind('name')} />
        <Field label="Loại" error={errors.kind}>
          <ChoiceSelect
            aria-label="Loại đơn vị"
            choices={COMMUNE_KINDS_2025}
            labels={UNIT_KIND_LABEL}
            value={f.kind}
            onChange={bind('kind').onChange}
          />
        </Field>
        <TextField label="Mã (5 chữ số, nếu đã có)" ariaLabel="Mã đơn vị" numeric {...bind('code')} />
        <DateRow label="Hiệu lực từ ngày" dateLabel="Hiệu lực từ ngày" {...bind('validFrom')} />
        <DecisionField label="Văn bản quyết định" {...bind('decision')} />
        <TextField label="Ghi chú" ariaLabel="Ghi chú đơn vị" wide {...bind('notes')} />
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

/** A change to an existing unit: the unit, what to do once saved, and the cancel. */
interface ChangeFormProps {
  unit: UnitRow;
  onDone: (row: UnitRow) => void;
  onCancel: () => void;
}

/** «Đổi tên»: the new name from a date, with the deciding document (the old name stays in the history). */
export function RenameForm({ unit, onDone, onCancel }: ChangeFormProps) {
  const { f, busy, save, bind } = useUnitForm({ name: unit.name, effectiveDate: '', decision: '' });
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
      <TextField label="Tên mới" ariaLabel="Tên mới" {...bind('name')} />
      <DateRow label="Từ ngày" dateLabel="Đổi tên từ ngày" {...bind('effectiveDate')} />
      <DecisionField label="Văn bản đổi tên" {...bind('decision')} />
      <Actions label="Đổi tên" busy={busy} onSave={() => void submit()} onCancel={onCancel} />
    </div>
  );
}

/** «Thôi hiệu lực»: the first day the unit no longer exists, and the deciding document. */
export function RetireForm({ unit, onDone, onCancel }: ChangeFormProps) {
  const { f, busy, save, bind } = useUnitForm({ validTo: '', decision: '' });
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
      <DateRow label="Không còn từ ngày" dateLabel="Hết hiệu lực từ ngày" {...bind('validTo')} />
      <DecisionField label="Văn bản thôi hiệu lực" {...bind('decision')} />
      <Actions label="Thôi hiệu lực" busy={busy} onSave={() => void submit()} onCancel={onCancel} danger />
    </div>
  );
}
