/** Recognition decisions (NTM, nâng cao, kiểu mẫu) and their revocation. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { LEVEL_LABEL, LEVELS, type Level } from '../../../shared/domain/ntm-figures';
import { formatShortDate } from '../../../shared/format/date';
import type { RecognitionRow } from '../../../shared/models/criteria';
import { missingCriteria } from '../../../shared/domain/criteria-eval';
import type { ParsedInputOf } from '../../../shared/api/contract';
import {
  activeRecognition,
  getRecognition,
  insertRecognition,
  listRecognitions,
  revokeRecognition,
  type RecognitionListRow,
} from '../../../db/repositories/recognitions';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { recordAudit } from '../../../db/repositories/audit';
import { communesOfYear, heldLevels, namesOf } from './common';
import { criteriaOfSet } from '../../../db/repositories/criteria';
import { metByCriterion } from './set-model';

export function toRecognitionRow(r: RecognitionListRow): RecognitionRow {
  return {
    id: r.id,
    communeId: r.communeId,
    communeName: r.communeName,
    communeLabel: namesOf(r.communeName, r.districtName, r.districtKind).label,
    districtId: r.districtId,
    level: r.level as Level,
    year: r.year,
    decisionNo: r.decisionNo,
    decisionDate: r.decisionDate,
    issuer: r.issuer,
    revokedDate: r.revokedDate,
    revokeDecisionNo: r.revokeDecisionNo,
    revokeReason: r.revokeReason,
    source: r.source,
    exceptionReason: r.exceptionReason,
    exceptionUnmet: r.exceptionUnmet,
  };
}

export const recognitionsList = (ctx: ServiceContext, filter: { year?: number; communeId?: number; id?: number }) =>
  listRecognitions(ctx.db, filter).map(toRecognitionRow);

const describe = (r: { level: string; year: number; decisionNo: string; decisionDate: string | null }) =>
  `${LEVEL_LABEL[r.level as Level]} năm ${r.year}, QĐ ${r.decisionNo}${r.decisionDate ? ` ngày ${formatShortDate(r.decisionDate)}` : ''}`;

export function recognize(ctx: ServiceContext, input: ParsedInputOf<'criteria.recognize'>): RecognitionRow {
  const commune = communesOfYear(ctx, input.year, [input.communeId])[0];
  if (!commune) throw new AppError('NOT_FOUND', `Không tìm thấy xã trong danh sách xã năm ${input.year}.`);
  if (input.decisionDate && Number(input.decisionDate.slice(0, 4)) !== input.year) {
    throw new AppError(
      'VALIDATION',
      `Ngày quyết định (${formatShortDate(input.decisionDate)}) phải thuộc năm công nhận ${input.year}.`,
    );
  }
  const dup = activeRecognition(ctx.db, input.communeId, input.level);
  if (dup)
    throw new AppError(
      'CONFLICT',
      `Xã ${commune.label} đã được công nhận ${LEVEL_LABEL[input.level]} năm ${dup.year} (QĐ ${dup.decisionNo || 'chưa rõ số'}).`,
    );
  // Each level requires the one below it, held by the end of the recognition year.
  const below = LEVELS[LEVELS.indexOf(input.level) - 1];
  if (below) {
    const held = heldLevels(ctx, `${input.year}-12-31`, [input.communeId]).get(input.communeId);
    if (!held || LEVELS.indexOf(held.level) < LEVELS.indexOf(below)) {
      throw new AppError(
        'CONFLICT',
        `Xã ${commune.label} chưa đạt ${LEVEL_LABEL[below]} nên chưa thể công nhận ${LEVEL_LABEL[input.level]}.`,
      );
    }
  }
  if (!input.decisionDate) {
    throw new AppError(
      'VALIDATION',
      `Ghi ngày của quyết định công nhận ${input.decisionNo}: không ghi nhận công nhận khi chưa có ngày quyết định.`,
    );
  }
  const set = criteriaSetForYear(ctx.db, input.year, input.level) ?? criteriaSetForYear(ctx.db, input.year);
  const missing = set ? unmetCriteria(ctx, set.id, input.year, input.communeId) : [];
  const exceptionReason = input.exceptionReason?.trim() ?? '';
  if (missing.length && !exceptionReason) {
    throw new AppError(
      'CONFLICT',
      `Xã ${commune.label} chưa đạt đủ tiêu chí của ${set!.name} năm ${input.year}: ${missing.join('; ')}. Không ghi nhận ${LEVEL_LABEL[input.level]}; nếu vẫn ghi nhận theo quyết định đã ban hành, hãy ghi rõ lý do ngoại lệ.`,
    );
  }
  const exceptionUnmet = missing.length ? missing.join('; ') : '';
  const id = ctx.db.transaction((tx) => {
    const { exceptionReason: _r, ...fields } = input;
    const newId = insertRecognition(tx, {
      ...fields,
      criteriaSetId: set?.id ?? null,
      source: 'user',
      exceptionReason: missing.length ? exceptionReason : '',
      exceptionUnmet,
    });
    const what =
      describe(input) + (missing.length ? ` — NGOẠI LỆ: chưa đạt ${exceptionUnmet}; lý do: ${exceptionReason}` : '');
    recordAudit(
      tx,
      [
        {
          entity: 'recognition',
          entityId: newId,
          field: 'insert',
          action: 'insert',
          newValue: what,
          communeId: input.communeId,
        },
      ],
      ctx.now(),
    );
    return newId;
  });
  return recognitionsList(ctx, { id })[0]!;
}

/** The criteria of a set a commune does not meet in a year: "5. Trường học (chưa đạt)", "7. … (chưa có kết quả)". */
export function unmetCriteria(ctx: ServiceContext, setId: number, year: number, communeId: number): string[] {
  const met = metByCriterion(ctx.db, year, communeId);
  return missingCriteria(criteriaOfSet(ctx.db, setId), met).map(
    (c) => `${c.no}. ${c.name} (${met.has(c.id) ? 'chưa đạt' : 'chưa có kết quả'})`,
  );
}

export function revoke(ctx: ServiceContext, input: ParsedInputOf<'criteria.revoke'>): RecognitionRow {
  const before = getRecognition(ctx.db, input.id);
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy quyết định công nhận cần thu hồi.');
  if (before.revokedDate)
    throw new AppError(
      'CONFLICT',
      `Quyết định công nhận này đã bị thu hồi ngày ${formatShortDate(before.revokedDate)}.`,
    );
  const recognisedOn = before.decisionDate ?? `${before.year}-01-01`;
  if (input.revokedDate < recognisedOn) {
    throw new AppError(
      'VALIDATION',
      `Ngày thu hồi (${formatShortDate(input.revokedDate)}) không được trước ngày công nhận (${formatShortDate(recognisedOn)}).`,
    );
  }
  ctx.db.transaction((tx) => {
    revokeRecognition(tx, input.id, input);
    recordAudit(
      tx,
      [
        {
          entity: 'recognition',
          entityId: input.id,
          field: 'revoke',
          action: 'update',
          oldValue: describe(before),
          newValue: `Thu hồi theo QĐ ${input.revokeDecisionNo} ngày ${formatShortDate(input.revokedDate)}${input.revokeReason ? ` — ${input.revokeReason}` : ''}`,
          communeId: before.communeId,
        },
      ],
      ctx.now(),
    );
  });
  return recognitionsList(ctx, { id: input.id })[0]!;
}
