/** Small pieces the OCOP screens share. */
import type { OcopStatus } from '../../../shared/models/ocop';

/** The date statuses are computed at: the end of the selected year, or today when that year is under way. */
export function defaultAsOf(year: number): string {
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return year < today.getFullYear() ? `${year}-12-31` : iso;
}

export function Stars({ n }: { n: number | null }) {
  if (!n) return <span className="muted">—</span>;
  return (
    <span className="ocop-stars" aria-label={`${n} sao`} title={`${n} sao`}>
      {'★'.repeat(n)}
      <span className="ocop-stars-off">{'★'.repeat(Math.max(0, 5 - n))}</span>
    </span>
  );
}

export function StatusBadge({ status, label }: { status: OcopStatus; label: string }) {
  return <span className={`ocop-badge ocop-status-${status}`}>{label}</span>;
}

const SOURCE_BADGE: Record<string, [string, string]> = {
  public: [
    'Nguồn công khai',
    'Dữ liệu từ nguồn công khai (quyết định, báo chí); chưa đối chiếu với hồ sơ gốc của văn phòng.',
  ],
  sample: [
    'Điểm mẫu',
    'Nguồn công khai không công bố phiếu điểm: điểm từng phần A/B/C là dữ liệu mẫu trong khoảng số sao đã công nhận.',
  ],
};

/** The source in words (print, export): '' for the office's own entries. */
export const sourceLabel = (source: string): string => SOURCE_BADGE[source]?.[0] ?? '';

/** Stars in words for print: «4 sao», '—' without a rating. */
export const starsText = (n: number | null | undefined): string => (n ? `${n} sao` : '—');

export function SourceBadge({ source }: { source: string }) {
  const b = SOURCE_BADGE[source];
  return b ? (
    <span className={`ocop-badge ocop-source-${source}`} title={b[1]}>
      {b[0]}
    </span>
  ) : null;
}
