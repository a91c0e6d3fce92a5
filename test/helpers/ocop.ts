import { expect } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { tempContext } from './temp';
import { closedAfterEach } from './lifetime';
import type { EvaluationRow, OcopMeta, ProducerRow, ProductRow } from '../../shared/models/ocop';

/** A fresh database with the default data; closed after the test. */
export const ctxNew = closedAfterEach(() => tempContext());
export type Ctx = Awaited<ReturnType<typeof ctxNew>>;

export async function call<T>(ctx: Ctx, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

export async function refused(ctx: Ctx, channel: string, input: unknown) {
  const r = await dispatch(ctx, channel, input);
  if (r.ok) throw new Error(`${channel} should have been refused`);
  return r.error;
}

/** A new producer and product in xã Vĩnh Trung, huyện Vị Thủy, for scoring from scratch. */
export async function newProduct(ctx: Ctx, name = 'Khóm sấy dẻo Hỏa Tiến') {
  const meta = await call<OcopMeta>(ctx, 'ocop.meta', {});
  const viThuy = meta.districts.find((d) => d.label === 'huyện Vị Thủy')!;
  const vinhTrung = meta.communes.find((c) => c.label === 'xã Vĩnh Trung')!;
  const producer = await call<ProducerRow>(ctx, 'ocop.producerSave', {
    name: 'Hợp tác xã Thử Nghiệm',
    kind: 'hop_tac_xa',
    address: 'ấp 1',
    communeId: vinhTrung.id,
    representative: 'Nguyễn Văn A',
  });
  expect(producer.districtId).toBe(viThuy.id);
  const product = await call<ProductRow>(ctx, 'ocop.productSave', {
    producerId: producer.id,
    name,
    groupCode: 'I',
    subgroupCode: 'I.3.c',
    communeId: vinhTrung.id,
  });
  return { meta, producer, product, viThuy };
}

/** The input of `ocop.evaluationSave`: one product scored at a level on a date, points [A, B, C] in hundredths. */
export function scoring(
  productId: number,
  level: 'commune' | 'district' | 'province' | 'central',
  evaluatedDate: string,
  [pointsA, pointsB, pointsC]: readonly [number, number, number],
  extra: Record<string, unknown> = {},
) {
  return { ...extra, productId, level, evaluatedDate, pointsA, pointsB, pointsC };
}

/** Saves a scoring (see `scoring`) and returns the evaluation. */
export const evaluate = (ctx: Ctx, ...args: Parameters<typeof scoring>) =>
  call<EvaluationRow>(ctx, 'ocop.evaluationSave', scoring(...args));

/** Saves a scoring that must be refused, and returns the error. */
export const refusedEvaluation = (ctx: Ctx, ...args: Parameters<typeof scoring>) =>
  refused(ctx, 'ocop.evaluationSave', scoring(...args));

/** The input of `ocop.recognise`: a decision recognising an evaluation. */
export function decision(
  evaluationId: number,
  decisionNo: string,
  decisionDate: string,
  issuer: string,
  extra: { confirmNotLatest?: boolean } = {},
) {
  return { evaluationId, decisionNo, decisionDate, issuer, ...extra };
}

/** Records a decision (see `decision`) and returns the recognised evaluation. */
export const recognise = (ctx: Ctx, ...args: Parameters<typeof decision>) =>
  call<EvaluationRow>(ctx, 'ocop.recognise', decision(...args));

/** Records a decision that must be refused, and returns the error. */
export const refusedRecognition = (ctx: Ctx, ...args: Parameters<typeof decision>) =>
  refused(ctx, 'ocop.recognise', decision(...args));
