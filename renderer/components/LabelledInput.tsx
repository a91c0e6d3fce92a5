/** A one-line input inside its label (the label's text names it for screen readers unless `ariaLabel` differs). */
export function LabelledInput({
  label,
  ariaLabel = label,
  value,
  onChange,
  type = 'text',
  wide,
  placeholder,
}: {
  label: string;
  ariaLabel?: string;
  value: string | number;
  onChange: (value: string) => void;
  type?: 'text' | 'number';
  /** Spans the whole row of a form grid. */
  wide?: boolean;
  placeholder?: string;
}) {
  return (
    <label className={wide ? 'wide' : undefined}>
      {label}
      <input
        type={type}
        aria-label={ariaLabel}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
}
