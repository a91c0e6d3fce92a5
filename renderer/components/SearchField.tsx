/** A labelled search box of a toolbar (matching is the caller's: diacritic-insensitive by house rule). */
export function SearchField({
  label,
  ariaLabel,
  value,
  onChange,
  placeholder,
  disabled,
}: {
  /** Visible text before the box; none where the placeholder says it. */
  label?: string;
  ariaLabel: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  disabled?: boolean;
}) {
  return (
    <label className="field-inline">
      {label}
      <input
        type="search"
        aria-label={ariaLabel}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
      />
    </label>
  );
}
