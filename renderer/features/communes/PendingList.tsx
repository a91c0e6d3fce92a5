import { useMemo, useState } from 'react';
import { useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { formatNumber } from '../../../shared/format/number';
import { formatShortDate } from '../../../shared/format/date';
import { matchesSearch } from '../../../shared/format/text';
import type { PendingSuccession } from '../../../shared/models/successions';
import { SettleForm, unitRefLabel } from './SettleForm';
import { SearchField } from '../../components/SearchField';

const PAGE = 30;

function PendingCard({
  item,
  onSettled,
  onOpenUnit,
}: {
  item: PendingSuccession;
  onSettled: () => void;
  onOpenUnit: (id: number) => void;
}) {
  const [editing, setEditing] = useState(item.status === 'pending');
  return (
    <article className={`pending-card pending-${item.status}`} aria-label={`${item.newUnit.fullName}: ${item.part}`}>
      <header className="pending-head">
        <button
          className="link pending-unit"
          onClick={() => onOpenUnit(item.newUnit.id)}
          title="Xem đơn vị và lịch sử kế thừa"
        >
          {item.newUnit.fullName}
        </button>
        {item.newUnit.code ? <span className="muted">mã {item.newUnit.code}</span> : null}
        <span className={item.status === 'pending' ? 'badge badge-warn' : 'badge badge-ok'}>
          {item.status === 'pending'
            ? 'cần xác nhận'
            : `đã xác nhận${item.settledAt ? ` ${formatShortDate(item.settledAt.slice(0, 10))}` : ''}`}
        </span>
        <span className="pending-reason">{item.reason}</span>
      </header>
      <p className="pending-part">
        Thành phần: «{item.part}»{item.extent === 'partial' ? ' — chuyển một phần' : ''}
      </p>
      <details className="pending-composition">
        <summary>Văn bản thành lập ghi</summary>
        <p>{item.compositionText}</p>
      </details>
      {item.status === 'settled' && !editing ? (
        <div className="pending-settled">
          {item.chosen.length
            ? `Ứng với: ${item.chosen.map(unitRefLabel).join('; ')}`
            : 'Không có đơn vị cũ tương ứng.'}
          {item.note ? <span className="muted"> — {item.note}</span> : null}{' '}
          <button className="link" onClick={() => setEditing(true)}>
            Sửa
          </button>
        </div>
      ) : (
        <SettleForm
          item={item}
          onSettled={() => {
            setEditing(false);
            onSettled();
          }}
        />
      )}
    </article>
  );
}

/** «Cần xác nhận»: parts of new units the national lists could not settle, for the office to settle. */
export function PendingList({ onOpenUnit }: { onOpenUnit: (id: number) => void }) {
  const { reloadInfo } = useAppState();
  const [showAll, setShowAll] = useState(false);
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const list = useQuery('successions.pending', showAll ? { all: true } : {});
  const items = useMemo(
    () =>
      (list.data ?? []).filter((p) => matchesSearch(`${p.newUnit.fullName} ${p.part} ${p.compositionText}`, search)),
    [list.data, search],
  );
  const open = (list.data ?? []).filter((p) => p.status === 'pending').length;
  return (
    <div className="pending-list">
      <p className="help-line">
        Danh mục quốc gia ghi thành phần của mỗi đơn vị mới; những phần chưa khớp được đúng một đơn vị cũ (trùng tên,
        không khớp, chuyển một phần) cần văn phòng xác nhận để lịch sử 2021–2025 (kết quả tiêu chí, công nhận, sản phẩm
        OCOP) hiện đúng trên đơn vị mới. Mỗi lần xác nhận được ghi nhật ký.
      </p>
      <div className="toolbar">
        <SearchField
          label="Tìm"
          ariaLabel="Tìm trường hợp kế thừa"
          placeholder="tên đơn vị"
          value={search}
          onChange={setSearch}
        />
        <label className="check-line">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          <span>Hiện cả trường hợp đã xác nhận</span>
        </label>
        <span className="muted" data-testid="pending-count">
          {list.data
            ? open
              ? `${formatNumber(open)} trường hợp cần xác nhận`
              : 'Không còn trường hợp nào cần xác nhận.'
            : 'Đang tải…'}
        </span>
      </div>
      {list.error ? <div className="error-box">{list.error}</div> : null}
      {items.slice(0, limit).map((p) => (
        <PendingCard
          key={`${p.id}-${p.status}-${p.settledAt ?? ''}`}
          item={p}
          onOpenUnit={onOpenUnit}
          onSettled={() => {
            list.reload();
            reloadInfo();
          }}
        />
      ))}
      {items.length > limit ? (
        <button className="secondary" onClick={() => setLimit((l) => l + PAGE)}>
          Hiện thêm ({formatNumber(items.length - limit)} trường hợp nữa)
        </button>
      ) : null}
    </div>
  );
}
