import { useEffect, useRef, useState } from 'react';
import { ShortcutTable } from './HelpPage';

/** F1 anywhere: the keyboard shortcut sheet over the app; F1 or Esc closes it. */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1') {
        e.preventDefault();
        setOpen((o) => !o);
      } else if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && setOpen(false)}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
        <div className="panel-head">
          <h2 id="shortcuts-title" className="section-title">
            Phím tắt
          </h2>
          <button ref={closeRef} className="secondary" onClick={() => setOpen(false)}>
            Đóng (Esc)
          </button>
        </div>
        <ShortcutTable />
      </div>
    </div>
  );
}
