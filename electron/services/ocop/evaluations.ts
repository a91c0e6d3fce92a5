/** Evaluations (council scoring), recognition decisions, revocations and a product's history. */
import type { ServiceContext } from '../context';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import { formatShortDate } from '../../../shared/format/date';
import {
  averageOfMembers,
  formatPoints,
  pointsProblems,
  rate,
  starsFromTotal,
  versionAt,
  type Points,
} from '../../../shared/domain/ocop-scoring';
import {
  certificateExpiry,
  evaluationKind,
  evaluationWhen,
  kindLabel,
  statusFromFacts,
} from '../../../shared/domain/ocop-status';
import {
  EVALUATION_KIND_LABEL,
  type CriteriaVersionRow,
  type EvaluationKind,
  type EvaluationRow,
  type OcopLevel,
} from '../../../shared/models/ocop';
import { recordAudit } from '../../../db/repositories/audit';
import { getProduct, updateProduct } from '../../../db/repositories/ocop';
import {
  deleteEvaluation,
  getEvaluation,
  insertEvaluation,
  listEvaluations,
  listMembers,
  replaceMembers,
  updateEvaluation,
  type EvaluationRecord,
} from '../../../db/repositories/ocop-evaluations';
import { productFactsOf } from '../../../db/repositories/ocop-stats';
import { versions } from './common';
import { ceilingProblem, levelProblem } from '../../../shared/domain/ocop-levels';
import { pointsHundredths, type PointsHundredths } from '../../../shared/models/units-of-measure';

type EvalInput = ParsedInputOf<'ocop.evaluationSave'>;

/** The version in force on a date, or a clear refusal. */
export function versionForDate(all: CriteriaVersionRow[], date: string): CriteriaVersionRow {
  const v = versionAt(all, date);
  if (!v)
    throw new AppError('VALIDATION', `Chưa có bộ tiêu chí OCOP nào có hiệu lực vào ngày ${formatShortDate(date)}.`);
  return v;
}

/**
 * Keeps ocop_products.status at the status as of today, for anyone reading the table directly.
 * The app itself always derives the status for the date asked (it changes with time).
 */
function storeStatus(ctx: ServiceContext, tx: ServiceContext['db'], productId: number): void {
  const today = ctx.now().toISOString().slice(0, 10);
  updateProduct(tx, productId, { status: statusFromFacts(productFactsOf(tx, productId, today), today) });
}

/** Stars of the product's latest certificate decided before `beforeDate`, other than `exceptId`. */
function priorStars(
  ctx: ServiceContext,
  productId: number,
  beforeDate: string,
  exceptId: number | null,
): number | null {
  let best: EvaluationRecord | null = null;
  for (const { e } of listEvaluations(ctx.db, productId)) {
    if (e.id === exceptId || !e.decisionDate || e.stars < 3 || e.decisionDate > beforeDate) continue;
    if (!best || e.decisionDate > best.decisionDate! || (e.decisionDate === best.decisionDate && e.id > best.id))
      best = e;
  }
  return best?.stars ?? null;
}

/** Checks and rates a score sheet; everything a person can get wrong is refused with the part named. */
export function scoreSheet(
  input: Pick<EvalInput, 'pointsA' | 'pointsB' | 'pointsC' | 'members' | 'mandatoryFailed'>,
  version: CriteriaVersionRow,
) {
  let points: Points & { total: PointsHundredths };
  if (input.members.length) {
    const problems = input.members.flatMap((m) =>
      pointsProblems(version, m).map((p) => `Phiếu của ${m.memberName}: ${p.message}`),
    );
    if (problems.length) throw new AppError('VALIDATION', problems.join(' '));
    points = averageOfMembers(input.members);
  } else {
    if (input.pointsA === undefined || input.pointsB === undefined || input.pointsC === undefined) {
      throw new AppError(
        'VALIDATION',
        'Nhập đủ điểm phần A, B, C (điểm bình quân của hội đồng) hoặc phiếu chấm của từng thành viên.',
      );
    }
    const p = { pointsA: input.pointsA, pointsB: input.pointsB, pointsC: input.pointsC };
    const problems = pointsProblems(version, p);
    if (problems.length) throw new AppError('VALIDATION', problems.map((x) => x.message).join(' '));
    points = { ...p, total: pointsHundredths(p.pointsA + p.pointsB + p.pointsC) };
  }
  if (input.mandatoryFailed && !version.hasMandatory) {
    throw new AppError(
      'VALIDATION',
      `Bộ tiêu chí ${version.decision} không có tiêu chí bắt buộc; bỏ đánh dấu «không đạt tiêu chí bắt buộc».`,
    );
  }
  return { ...points, rating: rate(points.total, input.mandatoryFailed) };
}

/** Saves an evaluation inside a transaction (shared with the Excel import); returns its id. */
export function writeEvaluation(
  ctx: ServiceContext,
  tx: ServiceContext['db'],
  input: Omit<EvalInput, 'id'> & { decision?: { decisionNo: string; decisionDate: string | null; issuer: string } },
  id: number | null,
): number {
  const product = getProduct(tx, input.productId);
  if (!product) throw new AppError('NOT_FOUND', 'Không tìm thấy sản phẩm được đánh giá.');
  const all = versions(ctx);
  const version = versionForDate(all, input.evaluatedDate);
  if (input.versionId && input.versionId !== version.id) {
    const asked = all.find((v) => v.id === input.versionId);
    throw new AppError(
      'VALIDATION',
      `Ngày đánh giá ${formatShortDate(input.evaluatedDate)} áp dụng bộ tiêu chí ${version.decision}${asked ? `, không phải ${asked.decision}` : ''}.`,
    );
  }
  const sheet = scoreSheet(input, version);
  const lp = levelProblem(input.level, input.evaluatedDate);
  if (lp) throw new AppError('VALIDATION', `Ngày đánh giá ${formatShortDate(input.evaluatedDate)}: ${lp}`);
  const before = id === null ? null : getEvaluation(tx, id);
  if (id !== null && (!before || before.productId !== input.productId))
    throw new AppError('NOT_FOUND', 'Không tìm thấy kết quả đánh giá cần sửa.');
  const decisionDate = input.decision ? input.decision.decisionDate : (before?.decisionDate ?? null);
  if (decisionDate && sheet.rating.stars < 3) {
    throw new AppError(
      'VALIDATION',
      `Kết quả đã có quyết định công nhận nhưng điểm mới chỉ đạt ${sheet.rating.stars} sao; hãy thu hồi quyết định trước.`,
    );
  }
  const cp = decisionDate ? ceilingProblem(input.level, sheet.rating.stars) : null;
  if (cp) throw new AppError('VALIDATION', cp);
  if (decisionDate && decisionDate < input.evaluatedDate) {
    throw new AppError(
      'VALIDATION',
      `Ngày quyết định (${formatShortDate(decisionDate)}) không được trước ngày đánh giá (${formatShortDate(input.evaluatedDate)}).`,
    );
  }
  const prior = priorStars(ctx, input.productId, decisionDate ?? input.evaluatedDate, id);
  const values = {
    productId: input.productId,
    roundName: input.roundName,
    level: input.level,
    versionId: version.id,
    evaluatedDate: input.evaluatedDate,
    pointsA: sheet.pointsA,
    pointsB: sheet.pointsB,
    pointsC: sheet.pointsC,
    total: sheet.total,
    stars: sheet.rating.stars,
    mandatoryFailed: input.mandatoryFailed,
    kind: evaluationKind(prior, sheet.rating.stars, input.kind ?? (before?.kind as EvaluationKind | undefined)),
    notes: input.notes,
    ...(input.decision
      ? {
          ...input.decision,
          expiryDate: input.decision.decisionDate ? certificateExpiry(input.decision.decisionDate) : null,
        }
      : {}),
  };
  let evalId: number;
  if (id === null) {
    evalId = insertEvaluation(tx, { ...values, source: 'user' });
    recordAudit(tx, [{ entity: 'ocop_evaluation', entityId: evalId, action: 'insert', newValue: values }], ctx.now());
  } else {
    evalId = id;
    // A re-scored sheet is no longer the seeded sample split.
    updateEvaluation(tx, id, { ...values, source: 'user' });
    recordAudit(
      tx,
      [{ entity: 'ocop_evaluation', entityId: id, action: 'update', oldValue: before, newValue: values }],
      ctx.now(),
    );
  }
  replaceMembers(tx, evalId, input.members);
  storeStatus(ctx, tx, input.productId);
  return evalId;
}

/** A product's evaluations, oldest first, with history labels. */
export function evaluationRows(ctx: ServiceContext, productId: number): EvaluationRow[] {
  const rows = listEvaluations(ctx.db, productId).sort(
    (a, b) => evaluationWhen(a.e).localeCompare(evaluationWhen(b.e)) || a.e.id - b.e.id,
  );
  const members = listMembers(
    ctx.db,
    rows.map((r) => r.e.id),
  );
  let prior: number | null = null;
  return rows.map(({ e, versionDecision }) => {
    const kind = e.kind as EvaluationKind;
    const row: EvaluationRow = {
      ...e,
      level: e.level as OcopLevel,
      versionDecision,
      pointStars: starsFromTotal(e.total),
      kind,
      kindLabel: kind in EVALUATION_KIND_LABEL ? kindLabel(kind, prior, e.stars) : e.kind,
      members: members
        .filter((m) => m.evaluationId === e.id)
        .map(({ memberName, pointsA, pointsB, pointsC }) => ({ memberName, pointsA, pointsB, pointsC })),
    };
    if (e.decisionDate && e.stars >= 3) prior = e.stars;
    return row;
  });
}

function evaluationRow(ctx: ServiceContext, id: number): EvaluationRow {
  const e = getEvaluation(ctx.db, id);
  const row = e && evaluationRows(ctx, e.productId).find((r) => r.id === id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kết quả đánh giá.');
  return row;
}

/** The product's latest evaluation (by evaluation date, then entry order). */
function latestEvaluation(ctx: ServiceContext, productId: number): EvaluationRecord | null {
  let best: EvaluationRecord | null = null;
  for (const { e } of listEvaluations(ctx.db, productId)) {
    const w = evaluationWhen(e);
    if (!best || w > evaluationWhen(best) || (w === evaluationWhen(best) && e.id > best.id)) best = e;
  }
  return best;
}

function mustEvaluation(ctx: ServiceContext, id: number): EvaluationRecord {
  const e = getEvaluation(ctx.db, id);
  if (!e) throw new AppError('NOT_FOUND', 'Không tìm thấy kết quả đánh giá.');
  return e;
}

export function saveEvaluation(ctx: ServiceContext, { id, ...input }: ParsedInputOf<'ocop.evaluationSave'>) {
  const saved = ctx.db.transaction((tx) => writeEvaluation(ctx, tx, input, id ?? null));
  return evaluationRow(ctx, saved);
}

export function removeEvaluation(ctx: ServiceContext, { id }: ParsedInputOf<'ocop.evaluationDelete'>) {
  const e = mustEvaluation(ctx, id);
  if (e.decisionDate)
    throw new AppError(
      'CONFLICT',
      'Kết quả đã có quyết định công nhận, không xóa được; nếu quyết định bị hủy, hãy ghi nhận thu hồi.',
    );
  ctx.db.transaction((tx) => {
    deleteEvaluation(tx, id);
    storeStatus(ctx, tx, e.productId);
    recordAudit(tx, [{ entity: 'ocop_evaluation', entityId: id, action: 'delete', oldValue: e }], ctx.now());
  });
  return { deleted: true as const };
}

export function recognise(ctx: ServiceContext, input: ParsedInputOf<'ocop.recognise'>) {
  const e = mustEvaluation(ctx, input.evaluationId);
  if (e.stars < 3) {
    const why = e.mandatoryFailed ? ' ' + (rate(e.total, true).capReason ?? '') : '';
    throw new AppError(
      'VALIDATION',
      `Kết quả đạt ${formatPoints(e.total)} điểm, xếp ${e.stars} sao: chỉ sản phẩm đạt từ 3 sao trở lên mới được công nhận.${why}`,
    );
  }
  const cp = ceilingProblem(e.level as OcopLevel, e.stars);
  if (cp) throw new AppError('VALIDATION', cp);
  const latest = latestEvaluation(ctx, e.productId);
  if (latest && latest.id !== e.id && !input.confirmNotLatest) {
    throw new AppError(
      'CONFIRM_REQUIRED',
      `Kết quả đánh giá ngày ${formatShortDate(evaluationWhen(e))} không phải kết quả mới nhất của sản phẩm (mới nhất: ngày ${formatShortDate(evaluationWhen(latest))}, ${latest.stars} sao). Vẫn ghi quyết định công nhận cho kết quả này?`,
    );
  }
  if (e.evaluatedDate && input.decisionDate < e.evaluatedDate) {
    throw new AppError(
      'VALIDATION',
      `Ngày quyết định (${formatShortDate(input.decisionDate)}) không được trước ngày đánh giá (${formatShortDate(e.evaluatedDate)}).`,
    );
  }
  const prior = priorStars(ctx, e.productId, input.decisionDate, e.id);
  const patch = {
    decisionNo: input.decisionNo,
    decisionDate: input.decisionDate,
    issuer: input.issuer,
    expiryDate: certificateExpiry(input.decisionDate),
    kind: evaluationKind(prior, e.stars, e.kind as EvaluationKind),
  };
  ctx.db.transaction((tx) => {
    updateEvaluation(tx, e.id, patch);
    storeStatus(ctx, tx, e.productId);
    recordAudit(
      tx,
      (Object.keys(patch) as (keyof typeof patch)[])
        .filter((k) => patch[k] !== e[k])
        .map((k) => ({
          entity: 'ocop_evaluation',
          entityId: e.id,
          field: k,
          action: 'update' as const,
          oldValue: e[k],
          newValue: patch[k],
        })),
      ctx.now(),
    );
  });
  return evaluationRow(ctx, e.id);
}

export function revoke(ctx: ServiceContext, input: ParsedInputOf<'ocop.revoke'>) {
  const e = mustEvaluation(ctx, input.evaluationId);
  if (!e.decisionDate)
    throw new AppError('VALIDATION', 'Kết quả này chưa có quyết định công nhận nên không có gì để thu hồi.');
  if (input.revokedDate < e.decisionDate) {
    throw new AppError(
      'VALIDATION',
      `Ngày thu hồi (${formatShortDate(input.revokedDate)}) không được trước ngày quyết định công nhận (${formatShortDate(e.decisionDate)}).`,
    );
  }
  ctx.db.transaction((tx) => {
    updateEvaluation(tx, e.id, { revokedDate: input.revokedDate, revokeReason: input.reason });
    storeStatus(ctx, tx, e.productId);
    recordAudit(
      tx,
      [
        {
          entity: 'ocop_evaluation',
          entityId: e.id,
          field: 'revokedDate',
          action: 'update',
          oldValue: e.revokedDate,
          newValue: input.revokedDate,
        },
        {
          entity: 'ocop_evaluation',
          entityId: e.id,
          field: 'revokeReason',
          action: 'update',
          oldValue: e.revokeReason,
          newValue: input.reason,
        },
      ],
      ctx.now(),
    );
  });
  return evaluationRow(ctx, e.id);
}
