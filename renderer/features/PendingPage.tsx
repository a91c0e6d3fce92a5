/** Shown for a section whose screens are not in this version yet. */
export function PendingPage() {
  return (
    <section className="page">
      <p className="muted">Chức năng này chưa có trong phiên bản hiện tại.</p>
    </section>
  );
}
