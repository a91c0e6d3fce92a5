/** The ↶ / ↷ buttons of a toolbar (the same as Ctrl+Z / Ctrl+Y); the caller decides how a refusal is shown. */
export function UndoRedoButtons({
  onUndo,
  onRedo,
  canUndo,
  canRedo,
  undoTitle = 'Hoàn tác (Ctrl+Z)',
}: {
  onUndo: () => void;
  onRedo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  undoTitle?: string;
}) {
  return (
    <>
      <button
        className="secondary icon-button"
        onClick={onUndo}
        disabled={!canUndo}
        aria-label="Hoàn tác"
        title={undoTitle}
      >
        ↶
      </button>
      <button
        className="secondary icon-button"
        onClick={onRedo}
        disabled={!canRedo}
        aria-label="Làm lại"
        title="Làm lại (Ctrl+Y)"
      >
        ↷
      </button>
    </>
  );
}
