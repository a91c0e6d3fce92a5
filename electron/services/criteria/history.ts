/** A commune's change history, read from the audit log and described in Vietnamese. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import type { HistoryEntry } from '../../../shared/models/criteria';
import { allCriteria } from '../../../db/repositories/criteria';
import { auditOfCommune } from '../../../db/repositories/history';
import { getUnit } from '../../../db/repositories/units';

const ENTITY_LABEL: Record<string, string> = {
  commune: 'Thông tin xã',
  recognition: 'Quyết định công nhận',
  commune_target: 'Chỉ tiêu năm',
};

const FIELD_LABEL: Record<string, string> = { name: 'tên xã', notes: 'ghi chú', insert: 'thêm mới', revoke: 'thu hồi' };

export function communeHistory(ctx: ServiceContext, communeId: number): HistoryEntry[] {
  if (!getUnit(ctx.db, communeId)) throw new AppError('NOT_FOUND', 'Không tìm thấy xã.');
  const criteria = new Map(allCriteria(ctx.db).map((c) => [c.id, c]));
  return auditOfCommune(ctx.db, communeId).map((a) => {
    let what: string;
    if (a.entity === 'criterion_result') {
      // entityId is "year:communeId:criterionId".
      const [year, , criterionId] = a.entityId.split(':');
      const c = criteria.get(Number(criterionId));
      what = `Năm ${year} — tiêu chí ${c ? `${c.no}. ${c.name}` : criterionId}`;
    } else if (a.entity === 'commune_target') {
      what = `${ENTITY_LABEL.commune_target} ${a.field}`;
    } else {
      const label = ENTITY_LABEL[a.entity] ?? a.entity;
      what = a.field ? `${label} (${FIELD_LABEL[a.field] ?? a.field})` : label;
    }
    return {
      id: a.id,
      at: a.at,
      what: a.action === 'import' ? `${what} — nhập từ Excel` : what,
      oldValue: a.oldValue ?? '',
      newValue: a.newValue ?? '',
      action: a.action,
      actor: a.actor,
    };
  });
}
