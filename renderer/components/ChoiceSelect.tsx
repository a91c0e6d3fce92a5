import type { ReactNode, SelectHTMLAttributes } from 'react';

/**
 * A <select> over a fixed list of codes, each shown by its Vietnamese label. `children` are options
 * placed before the list (e.g. «Mọi tình trạng»); other props go to the <select> itself.
 */
export function ChoiceSelect<T extends string, C extends T = T>({
  choices,
  labels,
  value,
  onChange,
  children,
  ...rest
}: {
  choices: readonly C[];
  labels: Readonly<Record<C, ReactNode>>;
  value: T;
  onChange: (value: T) => void;
  children?: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {children}
      {choices.map((c) => (
        <option key={c} value={c}>
          {labels[c]}
        </option>
      ))}
    </select>
  );
}
