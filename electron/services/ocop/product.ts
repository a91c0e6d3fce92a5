/** One product's page: the product, its producer, every evaluation, the dossier and why it has its status. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { formatShortDate } from '../../../shared/format/date';
import { formatPoints } from '../../../shared/domain/ocop-scoring';
import { OCOP_LEVEL_LABEL, type EvaluationRow, type ProductDetail, type ProductRow } from '../../../shared/models/ocop';
import { producerRows, productRows } from './registry';
import { evaluationRows } from './evaluations';
import { dossierRows } from './dossier';

/** One sentence on why the product has its status. */
function statusNote(p: ProductRow, evals: EvaluationRow[]): string {
  const cert = [...evals].reverse().find((e) => e.decisionDate && e.stars >= 3);
  const decided = cert
    ? `${cert.stars} sao theo ${cert.decisionNo || 'quyết định'} ngày ${formatShortDate(cert.decisionDate)}`
    : '';
  switch (p.status) {
    case 'recognised':
      return `Đã công nhận ${decided}; giấy chứng nhận có hiệu lực đến ${formatShortDate(cert?.expiryDate)}.`;
    case 'expiring':
      return `Đã công nhận ${decided}; giấy chứng nhận hết hạn ngày ${formatShortDate(cert?.expiryDate)} — cần đăng ký đánh giá lại.`;
    case 'expired':
      return `Giấy chứng nhận (${decided}) đã hết hạn ngày ${formatShortDate(cert?.expiryDate)}.`;
    case 'revoked':
      return `Giấy chứng nhận (${decided}) bị thu hồi ngày ${formatShortDate(cert?.revokedDate)}${cert?.revokeReason ? `: ${cert.revokeReason}` : ''}.`;
    case 'registered':
      return 'Đã đăng ký, chưa có kết quả đánh giá.';
    default: {
      const last = evals[evals.length - 1];
      return last
        ? `${OCOP_LEVEL_LABEL[last.level]}: ${formatPoints(last.total)} điểm, ${last.stars} sao; chưa có quyết định công nhận.`
        : '';
    }
  }
}

export function productDetail(ctx: ServiceContext, id: number, asOf: string): ProductDetail {
  const product = productRows(ctx, asOf, id)[0];
  if (!product) throw new AppError('NOT_FOUND', 'Không tìm thấy sản phẩm.');
  const producer = producerRows(ctx).find((p) => p.id === product.producerId)!;
  // History shows every evaluation; the status and its note are as of the date.
  const evaluations = evaluationRows(ctx, id);
  const upToDate = evaluations.filter(
    (e) => (e.evaluatedDate ?? e.decisionDate ?? '') <= asOf && (e.decisionDate ?? '') <= asOf,
  );
  return { product, producer, evaluations, dossier: dossierRows(ctx, id), statusNote: statusNote(product, upToDate) };
}
