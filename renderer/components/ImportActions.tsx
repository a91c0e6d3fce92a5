import { errorNotice } from '../api/errors';
import { useNotice } from './Notice';

/** The end of an import preview: apply all of it (refused when nothing would change) or cancel. */
export function ImportActions({
  busy,
  nothing,
  onApply,
  onCancel,
}: {
  busy: boolean;
  nothing: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="toolbar">
      <button onClick={onApply} disabled={busy || nothing}>
        {nothing ? 'Không có gì thay đổi' : 'Nhập toàn bộ'}
      </button>
      <button className="secondary" onClick={onCancel} disabled={busy}>
        Hủy
      </button>
    </div>
  );
}

/** An import's error notice: the message, and the list of places only when there is more than one. */
export function useImportFailure(): (err: unknown) => void {
  const notify = useNotice();
  return (err) => {
    const [message, details] = errorNotice(err);
    notify('error', message, details && details.length > 1 ? details : undefined);
  };
}
