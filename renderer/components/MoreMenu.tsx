import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MoreItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  title?: string;
}

/**
 * «Thêm ▾»: the toolbar's secondary actions in a menu, so the toolbar keeps one line at 1280×720.
 * Arrow keys move between items, Escape closes and returns focus to the button, a click outside closes.
 */
export function MoreMenu({
  items,
  label = 'Thêm',
  children,
}: {
  items: (MoreItem | null | false)[];
  label?: string;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const shown = items.filter((i): i is MoreItem => !!i);

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => wrap.current && !wrap.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', outside);
    wrap.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const all = [...(wrap.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    all[(at + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
  }

  return (
    <span className="more-menu" ref={wrap} onKeyDown={onKeyDown}>
      <button
        ref={button}
        className="secondary"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="more-menu-list" role="menu" aria-label={label}>
          {shown.map((i) => (
            <button
              key={i.label}
              role="menuitem"
              disabled={i.disabled}
              title={i.title}
              onClick={() => {
                setOpen(false);
                i.onSelect();
              }}
            >
              {i.label}
            </button>
          ))}
          {children}
        </div>
      ) : null}
    </span>
  );
}
