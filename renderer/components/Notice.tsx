import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

type Kind = 'error' | 'success' | 'info';
interface Notice {
  id: number;
  kind: Kind;
  text: string;
  details?: string[];
  fading?: boolean;
}

/** How long a message stays: long enough to read, then it fades (errors longer; × closes at once). */
const STAY_MS: Record<Kind, number> = { success: 4000, info: 6000, error: 15000 };
const FADE_MS = 600;

/** The cell or field the person is working in: messages must never sit on it. */
function workingRect(): DOMRect | null {
  // A kept hidden section's grid may still mark a focused cell: only the shown section's counts.
  const cell = [...document.querySelectorAll('.ag-cell-focus, .ag-cell-inline-editing')].find(
    (c) => !c.closest('.page-hidden'),
  );
  const el = cell ?? document.activeElement;
  return el && el !== document.body ? el.getBoundingClientRect() : null;
}
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const NoticeContext = createContext<(kind: Kind, text: string, details?: string[]) => void>(() => {});

/** Shows messages to the person: they fade after a while, and move out of the way of the cell being edited. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<Notice[]>([]);
  const [top, setTop] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const push = useCallback((kind: Kind, text: string, details?: string[]) => {
    const id = Date.now() + Math.random();
    setItems((xs) => [...xs.slice(-3), { id, kind, text, details }]);
    const stay = STAY_MS[kind] + (details?.length ? 5000 : 0);
    setTimeout(() => setItems((xs) => xs.map((x) => (x.id === id ? { ...x, fading: true } : x))), stay);
    setTimeout(() => setItems((xs) => xs.filter((x) => x.id !== id)), stay + FADE_MS);
  }, []);
  // Bottom right by default; at the top when that would cover what the person is editing.
  useEffect(() => {
    const place = () => {
      const box = boxRef.current;
      const work = workingRect();
      if (!box || !work || !items.length) return;
      box.classList.remove('notices-top');
      const clash = overlaps(box.getBoundingClientRect(), work);
      if (clash !== top) setTop(clash);
      box.classList.toggle('notices-top', clash);
    };
    place();
    document.addEventListener('focusin', place);
    return () => document.removeEventListener('focusin', place);
  }, [items, top]);
  return (
    <NoticeContext.Provider value={push}>
      {children}
      <div ref={boxRef} className={top ? 'notices notices-top' : 'notices'} aria-live="polite">
        {items.map((n) => (
          <div
            key={n.id}
            className={`notice notice-${n.kind}${n.fading ? ' fading' : ''}`}
            role={n.kind === 'error' ? 'alert' : 'status'}
          >
            <div className="notice-text">{n.text}</div>
            {n.details?.length ? (
              <ul className="notice-details">
                {n.details.slice(0, 20).map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
            <button
              className="notice-close"
              aria-label="Đóng"
              onClick={() => setItems((xs) => xs.filter((x) => x.id !== n.id))}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotice = () => useContext(NoticeContext);
