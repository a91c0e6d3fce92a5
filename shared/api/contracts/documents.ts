import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, year } from '../zod-blocks';
import type { FilePayload } from '../../models/files';
import type { OfficialDocModel } from '../../models/documents';
import {
  documentContentSchema,
  type DocumentChecks,
  type DocumentDetail,
  type DocumentRow,
} from '../../models/document-content';
import { PERIOD_PATTERN } from '../../domain/report-period';

export const documentUpdateInput = z
  .object({
    id,
    number: z.string().trim().max(10, 'Số văn bản quá dài').regex(/^\d*$/, 'Số văn bản chỉ gồm chữ số').optional(),
    symbol: z
      .string()
      .trim()
      .min(1, 'Ký hiệu văn bản không được để trống')
      .max(40, 'Ký hiệu văn bản quá dài')
      .regex(
        /^[\p{Lu}\d]+(-[\p{Lu}\d]+)*$/u,
        'Ký hiệu viết hoa, các phần nối bằng dấu "-", không có dấu cách (ví dụ KH-BCĐ)',
      )
      .optional(),
    issuedDate: isoDate('Ngày ban hành').nullable().optional(),
    content: documentContentSchema.optional(),
  })
  .strict();

export const documentsContract = {
  'documents.list': channel(
    z.object({ type: z.enum(['plan', 'report']).optional(), year: year.optional() }).strict(),
  ).returns<DocumentRow[]>(),
  'documents.createPlan': channel(
    z.object({ year, evenIfIssued: z.boolean().optional() }).strict(),
  ).returns<DocumentDetail>(),
  'documents.createReport': channel(
    z.object({ period: z.string().regex(PERIOD_PATTERN, 'Kỳ báo cáo không hợp lệ (ví dụ 2022-H1)') }).strict(),
  ).returns<DocumentDetail>(),
  'documents.get': channel(z.object({ id }).strict()).returns<DocumentDetail>(),
  'documents.update': channel(documentUpdateInput).returns<DocumentDetail>(),
  /** The full document model (computed and written parts) for the in-app preview. */
  'documents.preview': channel(z.object({ id }).strict()).returns<OfficialDocModel>(),
  'documents.generate': channel(z.object({ id }).strict()).returns<FilePayload>(),
  /** Registers the document as issued: number and date fixed, computed figures frozen. */
  'documents.check': channel(z.object({ id }).strict()).returns<DocumentChecks>(),
  'documents.issue': channel(z.object({ id }).strict()).returns<DocumentDetail>(),
  'documents.delete': channel(z.object({ id }).strict()).returns<{ deleted: true }>(),
};
