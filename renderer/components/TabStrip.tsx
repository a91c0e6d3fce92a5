/** One tab of a strip: the id the page switches on and the Vietnamese label shown. */
export interface TabItem<T extends string> {
  readonly id: T;
  readonly label: string;
}

/**
 * A strip of tabs (role="tablist"); the arrow keys come from useTablistArrows.
 * `tabClass` names the button class; the open tab also gets `active`.
 */
export function TabStrip<T extends string>({
  tabs,
  value,
  onChange,
  label,
  className = 'tabs',
  tabClass = 'tab',
}: {
  tabs: readonly TabItem<T>[];
  value: T;
  onChange: (id: T) => void;
  label?: string;
  className?: string;
  tabClass?: string;
}) {
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map((t) => (
        <button
          key={t.id}
          role="tab"
          aria-selected={value === t.id}
          className={value === t.id ? `${tabClass} active` : tabClass}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
