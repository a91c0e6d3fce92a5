/** Criteria versions are data: a later decision is added, never coded. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { recordAudit } from '../../../db/repositories/audit';
import { insertVersion } from '../../../db/repositories/ocop';
import { versions } from './common';

export function addVersion(ctx: ServiceContext, input: ParsedInputOf<'ocop.versionAdd'>) {
  const all = versions(ctx);
  if (all.some((v) => v.code === input.code)) throw new AppError('CONFLICT', `Đã có bộ tiêu chí mã «${input.code}».`);
  if (all.some((v) => v.effectiveFrom === input.effectiveFrom)) {
    throw new AppError('CONFLICT', 'Đã có bộ tiêu chí có hiệu lực cùng ngày; mỗi ngày chỉ áp dụng một bộ tiêu chí.');
  }
  const id = ctx.db.transaction((tx) => {
    const newId = insertVersion(tx, input);
    recordAudit(tx, [{ entity: 'ocop_version', entityId: newId, action: 'insert', newValue: input }], ctx.now());
    return newId;
  });
  return versions(ctx).find((v) => v.id === id)!;
}
