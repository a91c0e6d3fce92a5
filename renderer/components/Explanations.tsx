import { useState, type ReactNode } from 'react';

const key = (id: string) => `ntm.explanations.${id}`;

/**
 * Explanations above a grid that a person can fold away to give the grid the window; the choice is
 * remembered on this computer. `summary` stays visible (one line).
 */
export function Explanations({
  id,
  summary,
  children,
  defaultOpen = true,
}: {
  id: string;
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(() => {
    const v = localStorage.getItem(key(id));
    return v === null ? defaultOpen : v === 'open';
  });
  return (
    <details
      className="explanations"
      open={open}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        setOpen(now);
        localStorage.setItem(key(id), now ? 'open' : 'closed');
      }}
    >
      <summary>
        {summary} <span className="muted">{open ? '(bấm để thu gọn)' : '(bấm để xem giải thích)'}</span>
      </summary>
      <div className="explanations-body">{children}</div>
    </details>
  );
}
