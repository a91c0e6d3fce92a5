export function YearPicker({
  value,
  onChange,
  from = 2021,
  to = 2030,
}: {
  value: number;
  onChange: (y: number) => void;
  from?: number;
  to?: number;
}) {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return (
    <label className="field-inline">
      Năm
      <select aria-label="Năm" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
