import { useQuery } from '../../api/context';
import { formatShortDate } from '../../../shared/format/date';

/**
 * The xã's group under QĐ 51/2025 in force this year, for the unit panel of Danh sách xã (a
 * definition-list entry). Groups are set, pasted or imported in Xã & tiêu chí → Nhóm xã.
 */
export function CommuneGroupFact({ communeId }: { communeId: number }) {
  const year = Math.max(new Date().getFullYear(), 2026);
  const list = useQuery('communeGroups.list', { year });
  const g = list.data?.find((r) => r.communeId === communeId);
  if (!list.data) return null;
  return (
    <>
      <dt>Nhóm xã (QĐ 51)</dt>
      <dd data-testid="unit-commune-group">
        {g?.groupNo ? (
          <>
            Nhóm {g.groupNo}
            {g.validFrom ? ` từ ${formatShortDate(g.validFrom)}` : ''}
            {g.decision ? ` — ${g.decision}` : ''}
          </>
        ) : (
          <span className="muted">chưa xác định — đặt ở Xã &amp; tiêu chí → Nhóm xã</span>
        )}
      </dd>
    </>
  );
}
