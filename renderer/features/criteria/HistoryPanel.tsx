import { useEffect } from 'react';
import { useQuery } from '../../api/context';
import type { GridRow } from './grid-rows';

const pad = (n: number) => String(n).padStart(2, '0');

/** "11/07/2022 15:00" in the computer's local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Every recorded change of one commune: when, what, old → new. */
export function HistoryPanel({
  commune,
  version,
  onClose,
}: {
  commune: GridRow;
  version: number;
  onClose: () => void;
}) {
  const { data, error, reload } = useQuery('criteria.history', { communeId: commune.id });
  // Reload after every save made in the grid.
  useEffect(() => reload(), [version, reload]);
  return (
    <aside className="side-panel" aria-label={`Lịch sử thay đổi xã ${commune.name}`}>
      <div className="side-panel-head">
        <h2 className="section-title">Lịch sử: {commune.label}</h2>
        <button className="secondary" onClick={onClose} aria-label="Đóng lịch sử">
          Đóng
        </button>
      </div>
      {error ? <div className="error-box">{error}</div> : null}
      {data && !data.length ? <p className="muted">Chưa có thay đổi nào được ghi lại.</p> : null}
      <ol className="history-list">
        {(data ?? []).map((h) => (
          <li key={h.id}>
            <div className="muted">
              {formatDateTime(h.at)}
              {h.actor ? (
                <>
                  {' '}
                  — <span className="history-actor">{h.actor}</span>
                </>
              ) : null}
            </div>
            <div>{h.what}</div>
            <div>
              <span className="old-value">{h.oldValue || '(trống)'}</span> → <strong>{h.newValue || '(trống)'}</strong>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
