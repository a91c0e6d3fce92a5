import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Kind = 'error' | 'success' | 'info';
interface Notice {
  id: number;
  kind: Kind;
  text: string;
  details?: string[];
}

const NoticeContext = createContext<(kind: Kind, text: string, details?: string[]) => void>(() => {});

/** Shows messages to the person (errors stay until closed; successes fade). */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<Notice[]>([]);
  const push = useCallback((kind: Kind, text: string, details?: string[]) => {
    const id = Date.now() + Math.random();
    setItems((xs) => [...xs.slice(-3), { id, kind, text, details }]);
    if (kind !== 'error') setTimeout(() => setItems((xs) => xs.filter((x) => x.id !== id)), 4000);
  }, []);
  return (
    <NoticeContext.Provider value={push}>
      {children}
      <div className="notices" aria-live="polite">
        {items.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <div className="notice-text">{n.text}</div>
            {n.details?.length ? (
              <ul className="notice-details">
                {n.details.slice(0, 20).map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
            <button className="notice-close" aria-label="Đóng" onClick={() => setItems((xs) => xs.filter((x) => x.id !== n.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotice = () => useContext(NoticeContext);
