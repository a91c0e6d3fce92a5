/** The register of plans and reports: drafts, editing, generation, issuing, deletion. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { stage } from '../io/job-context';
import { formatLongDate, formatShortDate } from '../../../shared/format/date';
import { MIME_DOCX } from '../../../shared/models/files';
import {
  documentContentSchema,
  type DocumentContent,
  type DocumentDetail,
  type DocumentRow,
} from '../../../shared/models/document-content';
import type { OfficialDocModel } from '../../../shared/models/documents';
import { parsePeriod } from '../../../shared/domain/report-period';
import { recordAudit } from '../../../db/repositories/audit';
import {
  deleteDocument,
  getDocument,
  insertDocument,
  listDocuments,
  updateDocument,
  type DocumentRecord,
} from '../../../db/repositories/documents';
import { buildOfficialDocument } from '../../documents/parts/official-document';
import { packDocument } from '../../documents/pack';
import { zipParts } from './zip';
import { agencyOf, defaultPlanContent, defaultReportContent, planDate, planSummary } from './defaults';
import { planModel, reportModel } from '../../documents/content/assemble';
import { documentDate } from './office';
import { assertYearHasData, planFacts, reportFacts } from './facts';
import { documentChecks, SAMPLE_MARK, usesSampleData } from './checks';

const contentOf = (r: DocumentRecord): DocumentContent => documentContentSchema.parse(JSON.parse(r.content));

const rowOf = (r: DocumentRecord): DocumentRow => ({
  id: r.id,
  type: r.type as DocumentRow['type'],
  year: r.year,
  period: r.period,
  number: r.number,
  symbol: r.symbol,
  issuedDate: r.issuedDate,
  signer: r.signer,
  title: r.title,
  status: r.status as DocumentRow['status'],
  updatedAt: r.updatedAt,
});

const detailOf = (r: DocumentRecord): DocumentDetail => ({ ...rowOf(r), content: contentOf(r) });

function mustGet(ctx: ServiceContext, id: number): DocumentRecord {
  const r = getDocument(ctx.db, id);
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
  return r;
}

/** The full model: the frozen snapshot for an issued document (regenerated identically), else computed now. */
export function documentModel(ctx: ServiceContext, r: DocumentRecord): OfficialDocModel {
  if (r.status === 'issued' && r.snapshot) return JSON.parse(r.snapshot) as OfficialDocModel;
  const c = contentOf(r);
  const x = { agency: agencyOf(ctx, documentDate(r)), ...(usesSampleData(ctx, r) ? { draftMark: SAMPLE_MARK } : {}) };
  if (c.kind === 'plan') return planModel(x, r, c, planFacts(ctx, r.year));
  const period = parsePeriod(r.period);
  if (!period) throw new AppError('VALIDATION', `Kỳ báo cáo «${r.period}» không hợp lệ.`);
  return reportModel(x, r, c, reportFacts(ctx, period));
}

/** What blocks issuing and what to know before sending (shown by the editor and the CLI). */
export const checksOf = (ctx: ServiceContext, r: DocumentRecord) => documentChecks(ctx, r, contentOf(r));

export function fileNameOf(r: DocumentRecord): string {
  const base = r.type === 'plan' ? `Ke-hoach-${r.year}` : `Bao-cao-${r.period}`;
  return `${base}${r.number ? `-so-${r.number}` : ''}.docx`;
}

export async function renderDocx(ctx: ServiceContext, r: DocumentRecord): Promise<Buffer> {
  return packDocument(buildOfficialDocument(documentModel(ctx, r)), zipParts);
}

/**
 * The document the command line prints when it is not given a registered one: the issued plan or
 * report of that year/period if the register has it (regenerated identically), else a fresh draft
 * from the defaults that is not saved.
 */
export function documentForCli(
  ctx: ServiceContext,
  type: 'plan' | 'report',
  key: number | string,
  header: { number?: string; dateIso?: string },
): DocumentRecord {
  const year = typeof key === 'number' ? key : Number(key.slice(0, 4));
  const period = typeof key === 'string' ? key : '';
  const issued = listDocuments(ctx.db, { type, year }).find((d) => d.status === 'issued' && d.period === period);
  if (issued && !header.number && !header.dateIso) return issued;
  const agency = agencyOf(
    ctx,
    header.dateIso ?? (type === 'plan' ? planDate(year) : (parsePeriod(period)?.toIso ?? planDate(year))),
  );
  let content: DocumentContent;
  if (type === 'plan') {
    assertYearHasData(ctx, year);
    content = defaultPlanContent(ctx, year);
  } else {
    const p = parsePeriod(period);
    if (!p)
      throw new AppError(
        'VALIDATION',
        `Kỳ báo cáo «${period}» không hợp lệ (ví dụ 2022-H1, 2022-Q3, 2022-9M, 2022-Y).`,
      );
    assertYearHasData(ctx, p.year);
    content = defaultReportContent(ctx, p, null);
  }
  const now = ctx.now().toISOString();
  return {
    id: 0,
    type,
    year,
    period,
    number: header.number ?? '',
    symbol: `${type === 'plan' ? 'KH' : 'BC'}-${agency.issuingBodyShort}`,
    issuedDate: header.dateIso ?? null,
    signer: content.signature.name,
    title: '',
    content: JSON.stringify(content),
    status: 'draft',
    snapshot: null,
    createdAt: now,
    updatedAt: now,
  };
}

function create(
  ctx: ServiceContext,
  type: 'plan' | 'report',
  year: number,
  period: string,
  content: DocumentContent,
  symbol: string,
  title: string,
): DocumentDetail {
  const now = ctx.now().toISOString();
  const r = ctx.db.transaction((tx) => {
    const row = insertDocument(tx, {
      type,
      year,
      period,
      symbol,
      title,
      content: JSON.stringify(content),
      signer: content.signature.name,
      createdAt: now,
      updatedAt: now,
    });
    recordAudit(tx, [{ entity: 'document', entityId: row.id, action: 'insert', newValue: title }], ctx.now());
    return row;
  });
  return detailOf(r);
}

export function listDocumentRows(ctx: ServiceContext, input: ParsedInputOf<'documents.list'>) {
  return listDocuments(ctx.db, input).map(rowOf);
}

export function documentDetail(ctx: ServiceContext, { id }: ParsedInputOf<'documents.get'>) {
  return detailOf(mustGet(ctx, id));
}

export function createPlan(ctx: ServiceContext, { year, evenIfIssued }: ParsedInputOf<'documents.createPlan'>) {
  // Refused early when the year has nothing to plan from, rather than producing an empty plan.
  assertYearHasData(ctx, year);
  const issued = listDocuments(ctx.db, { type: 'plan', year }).find((d) => d.status === 'issued');
  if (issued && !evenIfIssued)
    throw new AppError(
      'CONFLICT',
      `Năm ${year} đã có kế hoạch ban hành (số ${issued.number}/${issued.symbol}${issued.issuedDate ? ` ngày ${formatShortDate(issued.issuedDate)}` : ''}). Chỉ tạo kế hoạch thứ hai khi cần điều chỉnh, bổ sung.`,
    );
  const short = agencyOf(ctx, planDate(year)).issuingBodyShort;
  return create(
    ctx,
    'plan',
    year,
    '',
    defaultPlanContent(ctx, year),
    `KH-${short}`,
    `Kế hoạch ${planSummary(ctx, year)}`,
  );
}

export function createReport(ctx: ServiceContext, { period: code }: ParsedInputOf<'documents.createReport'>) {
  const period = parsePeriod(code)!;
  assertYearHasData(ctx, period.year);
  const plan = listDocuments(ctx.db, { type: 'plan', year: period.year }).find((d) => d.status === 'issued');
  const agency = agencyOf(ctx, period.toIso);
  const planRef = plan
    ? `Kế hoạch số ${plan.number}/${plan.symbol}${plan.issuedDate ? ` ${formatLongDate(plan.issuedDate)}` : ''} của ${agency.issuingBodyName} về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình OCOP năm ${period.year}`
    : null;
  const content = defaultReportContent(ctx, period, planRef);
  return create(
    ctx,
    'report',
    period.year,
    code,
    content,
    `BC-${agency.issuingBodyShort}`,
    `Báo cáo ${content.summary}`,
  );
}

export function updateDraft(ctx: ServiceContext, input: ParsedInputOf<'documents.update'>) {
  const r = mustGet(ctx, input.id);
  if (r.status === 'issued')
    throw new AppError('CONFLICT', 'Văn bản đã ban hành nên không sửa được nữa. Hãy tạo văn bản mới nếu cần.');
  if (input.content && input.content.kind !== r.type)
    throw new AppError('VALIDATION', 'Nội dung không đúng loại văn bản.');
  const patch: Partial<DocumentRecord> = { updatedAt: ctx.now().toISOString() };
  if (input.number !== undefined) patch.number = input.number.replace(/^0+(?=\d)/, '');
  if (input.symbol !== undefined) patch.symbol = input.symbol;
  if (input.issuedDate !== undefined) patch.issuedDate = input.issuedDate;
  if (input.content) {
    patch.content = JSON.stringify(input.content);
    patch.signer = input.content.signature.name;
  }
  ctx.db.transaction((tx) => {
    updateDocument(tx, r.id, patch);
    const fields = (['number', 'symbol', 'issuedDate', 'content'] as const).filter(
      (f) => patch[f] !== undefined && patch[f] !== r[f],
    );
    recordAudit(
      tx,
      fields.map((f) => ({
        entity: 'document',
        entityId: r.id,
        field: f,
        action: 'update' as const,
        oldValue: f === 'content' ? null : r[f],
        newValue: f === 'content' ? null : patch[f],
      })),
      ctx.now(),
    );
  });
  return detailOf(mustGet(ctx, r.id));
}

export function previewModel(ctx: ServiceContext, { id }: ParsedInputOf<'documents.preview'>) {
  return documentModel(ctx, mustGet(ctx, id));
}

export async function generateDocx(ctx: ServiceContext, { id }: ParsedInputOf<'documents.generate'>) {
  await stage(0.05, 'Đọc văn bản');
  const r = mustGet(ctx, id);
  await stage(0.15, 'Tính số liệu và dựng nội dung');
  const model = documentModel(ctx, r);
  await stage(0.5, 'Dàn trang theo thể thức Nghị định 30');
  const doc = buildOfficialDocument(model);
  await stage(0.7, 'Đóng gói tệp Word');
  const buffer = await packDocument(doc, zipParts);
  await stage(0.95, 'Chuẩn bị tệp để lưu');
  return { fileName: fileNameOf(r), mime: MIME_DOCX, base64: buffer.toString('base64') };
}

export function checkDocument(ctx: ServiceContext, { id }: ParsedInputOf<'documents.check'>) {
  return checksOf(ctx, mustGet(ctx, id));
}

export function issueDocument(ctx: ServiceContext, { id }: ParsedInputOf<'documents.issue'>) {
  const r = mustGet(ctx, id);
  if (r.status === 'issued') return detailOf(r);
  if (!r.number)
    throw new AppError('VALIDATION', 'Chưa có số văn bản. Hãy nhập số do văn thư cấp trước khi ghi vào sổ.');
  if (!r.issuedDate) throw new AppError('VALIDATION', 'Chưa có ngày ban hành. Hãy nhập ngày ký trước khi ghi vào sổ.');
  const { blocking } = checksOf(ctx, r);
  if (blocking.length) throw new AppError('VALIDATION', `Chưa ban hành được: ${blocking.join(' ')}`);
  const snapshot = JSON.stringify(documentModel(ctx, r));
  ctx.db.transaction((tx) => {
    updateDocument(tx, id, { status: 'issued', snapshot, updatedAt: ctx.now().toISOString() });
    recordAudit(
      tx,
      [{ entity: 'document', entityId: id, field: 'status', action: 'update', oldValue: 'draft', newValue: 'issued' }],
      ctx.now(),
    );
  });
  return detailOf(mustGet(ctx, id));
}

export function deleteDraft(ctx: ServiceContext, { id }: ParsedInputOf<'documents.delete'>) {
  const r = mustGet(ctx, id);
  if (r.status === 'issued')
    throw new AppError('CONFLICT', 'Văn bản đã ban hành nằm trong sổ văn bản, không xóa được.');
  ctx.db.transaction((tx) => {
    deleteDocument(tx, id);
    recordAudit(tx, [{ entity: 'document', entityId: id, action: 'delete', oldValue: r.title }], ctx.now());
  });
  return { deleted: true as const };
}
