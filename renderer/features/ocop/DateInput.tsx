import { useEffect, useState } from 'react';
import { formatShortDate, parseViDate } from '../../../shared/format/date';

/**
 * A date typed the Vietnamese way (20/07/2021), whatever the browser's locale; the value is ISO.
 * The value changes only when the text is a real date.
 */
export function DateInput({ value, onChange, label }: { value: string; onChange: (iso: string) => void; label: string }) {
  const [text, setText] = useState(formatShortDate(value));
  useEffect(() => setText(formatShortDate(value)), [value]);
  const iso = text.trim() ? parseViDate(text) : null;
  const invalid = text.trim() !== '' && !iso;
  return (
    <input
      type="text"
      className={invalid ? 'ocop-date invalid' : 'ocop-date'}
      aria-label={label}
      aria-invalid={invalid}
      placeholder="ngày/tháng/năm"
      title={invalid ? 'Ngày không hợp lệ (dạng ngày/tháng/năm, ví dụ 20/07/2021)' : undefined}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseViDate(e.target.value);
        if (parsed && parsed !== value && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(e.target.value.trim())) onChange(parsed);
        else if (!e.target.value.trim() && value) onChange('');
      }}
    />
  );
}
