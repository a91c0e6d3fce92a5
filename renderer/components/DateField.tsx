import { useEffect, useId, useRef, useState } from 'react';
import { formatShortDate, parseViDate } from '../../shared/format/date';
import './date-field.css';

const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const iso = (y: number, m: number, d: number) => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const FULL = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/;

export interface DateFieldProps {
  /** ISO "2022-07-11", or '' for no date. */
  value: string;
  onChange: (iso: string) => void;
  label: string;
  min?: string;
  max?: string;
  disabled?: boolean;
}

/**
 * The one date field of the app: typed dd/mm/yyyy whatever the browser's locale, with a calendar.
 * The value changes only for a whole, real date in range; half-typed or impossible dates are refused
 * with a message saying what to type (never dropped silently).
 */
export function DateField({ value, onChange, label, min, max, disabled }: DateFieldProps) {
  const [text, setText] = useState(formatShortDate(value));
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const msgId = useId();
  const boxRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    setText(formatShortDate(value));
    setError(null);
  }, [value]);

  const check = (t: string): { iso: string | null; error: string | null } => {
    const s = t.trim();
    if (!s) return { iso: '', error: null };
    const parsed = FULL.test(s) ? parseViDate(s) : null;
    if (!parsed)
      return { iso: null, error: `«${s}» chưa phải một ngày: nhập ngày/tháng/năm đủ 4 chữ số năm, ví dụ 11/07/2022.` };
    if (min && parsed < min) return { iso: null, error: `Ngày phải từ ${formatShortDate(min)} trở đi.` };
    if (max && parsed > max) return { iso: null, error: `Ngày phải trước hoặc bằng ${formatShortDate(max)}.` };
    return { iso: parsed, error: null };
  };

  const commit = (t: string) => {
    const r = check(t);
    setError(r.error);
    if (r.iso !== null && r.iso !== value) onChange(r.iso);
  };

  return (
    <span className="date-field" ref={boxRef}>
      <input
        type="text"
        inputMode="numeric"
        className={error ? 'date-input invalid' : 'date-input'}
        aria-label={label}
        aria-invalid={!!error}
        aria-describedby={error ? msgId : undefined}
        placeholder="dd/mm/yyyy"
        value={text}
        disabled={disabled}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          // A whole date counts at once (forms may be saved without leaving the field).
          const r = check(t);
          if (r.iso !== null && r.iso !== value && (r.iso === '' || FULL.test(t.trim()))) {
            setError(null);
            onChange(r.iso);
          }
        }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit((e.target as HTMLInputElement).value);
          if (e.key === 'ArrowDown' && e.altKey) setOpen(true);
        }}
      />
      <button
        type="button"
        className="date-pick"
        aria-label="Mở lịch"
        title="Chọn ngày trên lịch (Alt+↓)"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        ▦
      </button>
      {error ? (
        <span id={msgId} className="date-error" role="alert">
          {error}
        </span>
      ) : null}
      {open ? (
        <Calendar
          value={check(text).iso || value}
          min={min}
          max={max}
          label={label}
          onPick={(d) => {
            setOpen(false);
            setError(null);
            setText(formatShortDate(d));
            if (d !== value) onChange(d);
            boxRef.current?.querySelector('input')?.focus();
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </span>
  );
}

function Calendar({
  value,
  min,
  max,
  label,
  onPick,
  onClose,
}: {
  value: string;
  min?: string;
  max?: string;
  label: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}) {
  const start = value || new Date().toISOString().slice(0, 10);
  const [ym, setYm] = useState({ y: Number(start.slice(0, 4)), m: Number(start.slice(5, 7)) - 1 });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current
      ?.querySelector<HTMLButtonElement>('button[aria-pressed="true"], button.cal-day:not(:disabled)')
      ?.focus();
    const away = (e: MouseEvent) => !ref.current?.parentElement?.contains(e.target as Node) && onClose();
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);
  const first = new Date(Date.UTC(ym.y, ym.m, 1)).getUTCDay();
  const lead = (first + 6) % 7;
  const days = new Date(Date.UTC(ym.y, ym.m + 1, 0)).getUTCDate();
  const shift = (n: number) =>
    setYm(({ y, m }) => ({ y: y + Math.floor((m + n) / 12), m: (((m + n) % 12) + 12) % 12 }));
  return (
    <div
      className="calendar"
      role="dialog"
      aria-label={`Lịch: ${label}`}
      ref={ref}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onClose())}
    >
      <div className="cal-head">
        <button type="button" className="secondary" aria-label="Tháng trước" onClick={() => shift(-1)}>
          ‹
        </button>
        <strong>
          Tháng {ym.m + 1}/{ym.y}
        </strong>
        <button type="button" className="secondary" aria-label="Tháng sau" onClick={() => shift(1)}>
          ›
        </button>
      </div>
      <div className="cal-grid">
        {WEEKDAYS.map((w) => (
          <span key={w} className="cal-wd">
            {w}
          </span>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <span key={`x${i}`} />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const d = iso(ym.y, ym.m, i + 1);
          const out = (min && d < min) || (max && d > max);
          return (
            <button
              type="button"
              key={d}
              className="cal-day"
              aria-pressed={d === value}
              aria-label={formatShortDate(d)}
              disabled={!!out}
              onClick={() => onPick(d)}
            >
              {i + 1}
            </button>
          );
        })}
      </div>
    </div>
  );
}
