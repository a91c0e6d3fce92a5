/**
 * What stands between a document and its signature: things that block issuing (unwritten
 * sections, no number or date) and things the person should know before sending it (no targets,
 * no funding need, sample data, no figures for the period). The app and the CLI show both lists.
 */
import type { ServiceContext } from '../context';
import type { DocumentRecord } from '../../../db/repositories/documents';
import { narrativeLabel, unwrittenSections, type DocumentContent } from '../../../shared/models/document-content';
import type { DocumentChecks } from '../../../shared/models/document-content';
import { parsePeriod } from '../../../shared/domain/report-period';
import { sampleRowsForYear } from '../../../db/repositories/sample';
import { hasFundingFigures } from '../../../db/repositories/funding-coverage';
import { listCommuneTargets } from '../../../db/repositories/targets';
import { formatShortDate, yearEnd } from '../../../shared/format/date';

export const SAMPLE_MARK = 'DỰ THẢO – SỐ LIỆU MẪU';

export function usesSampleData(ctx: ServiceContext, r: DocumentRecord): boolean {
  return sampleRowsForYear(ctx.db, r.year);
}

export function documentChecks(ctx: ServiceContext, r: DocumentRecord, content: DocumentContent): DocumentChecks {
  const blocking: string[] = unwrittenSections(content).map(
    (k) =>
      `Mục «${narrativeLabel(content.kind, k)}» chưa viết (viết nội dung, hoặc chọn «Không đưa mục này vào văn bản»).`,
  );
  const signer = content.signature.name.trim();
  if (!signer || signer.startsWith('(')) blocking.push('Chưa có họ tên người ký (mục «Người ký, nơi nhận»).');
  if (!r.number) blocking.push('Chưa có số văn bản (do văn thư cấp).');
  if (!r.issuedDate) blocking.push('Chưa có ngày ban hành.');
  const warnings: string[] = [];
  if (r.type === 'plan') {
    if (!listCommuneTargets(ctx.db, { year: r.year }).length)
      warnings.push(`Năm ${r.year} chưa có chỉ tiêu công nhận xã nào: mục II và Phụ lục 1 sẽ không có xã mục tiêu.`);
    if (!hasFundingFigures(ctx.db, r.year, 'need', yearEnd(r.year)).any)
      warnings.push(`Năm ${r.year} chưa có nhu cầu vốn: mục IV sẽ ghi «chưa có số liệu».`);
  } else {
    const p = parsePeriod(r.period);
    if (p && !hasFundingFigures(ctx.db, p.year, 'disbursed', p.toIso).any)
      warnings.push(`Chưa có số liệu giải ngân đến ${formatShortDate(p.toIso)}: báo cáo ghi «chưa có số liệu».`);
  }
  if (usesSampleData(ctx, r))
    warnings.push(`Văn bản dùng dữ liệu mẫu: mỗi trang mang dấu «${SAMPLE_MARK}» cho đến khi thay bằng số liệu thật.`);
  return { blocking, warnings };
}
