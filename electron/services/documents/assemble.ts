import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import type { DocumentRecord } from '../../../db/repositories/documents';
import type { PlanContent, ReportContent } from '../../../shared/models/document-content';
import type { OfficialDocModel, DocHeader } from '../../../shared/models/documents';
import type { PlanFacts, ReportFacts } from '../../../shared/models/document-facts';
import { annexInvestment, annexTargets, objectivesSection, resourcesSection } from '../../documents/content/plan-sections';
import { reportAnnexes, reportSections } from '../../documents/content/report-sections';
import { defaultAppendixReference } from '../../documents/parts/appendix';
import { agencyOf } from './defaults';

function header(ctx: ServiceContext, doc: DocumentRecord, content: PlanContent | ReportContent, typeName: DocHeader['typeName']): DocHeader {
  const agency = agencyOf(ctx);
  return {
    governingBody: agency.governingBody,
    issuingBody: agency.issuingBody,
    number: doc.number || null,
    symbol: doc.symbol,
    place: content.place,
    dateIso: doc.issuedDate,
    typeName,
    summary: content.summary,
  };
}

/** A document that would go out unsigned or without a signer's title is refused with what to fix. */
function checkSignature(content: PlanContent | ReportContent): void {
  if (!content.signature.name.trim()) throw new AppError('VALIDATION', 'Chưa có họ tên người ký. Hãy nhập ở mục «Người ký» rồi tạo lại văn bản.');
  if (!content.signature.authority.some((l) => l.trim()))
    throw new AppError('VALIDATION', 'Chưa có chức danh người ký (ví dụ «TM. BAN CHỈ ĐẠO»). Hãy nhập ở mục «Người ký».');
  if (!content.recipients.some((r) => r.trim())) throw new AppError('VALIDATION', 'Chưa có «Nơi nhận». Hãy nhập ít nhất một nơi nhận (ví dụ «Lưu: VT.»).');
}

const meta = (doc: DocumentRecord) => ({ createdIso: `${doc.issuedDate ?? `${doc.year}-01-01`}T00:00:00.000Z` });

export function planModel(ctx: ServiceContext, doc: DocumentRecord, c: PlanContent, facts: PlanFacts): OfficialDocModel {
  checkSignature(c);
  const h = header(ctx, doc, c, 'KẾ HOẠCH');
  const reference = defaultAppendixReference(h, agencyOf(ctx).issuingBodyName);
  const s = c.sections;
  return {
    header: h,
    legalBasis: c.legalBasis.items.length ? c.legalBasis : undefined,
    intro: c.intro,
    sections: [
      { title: 'MỤC ĐÍCH VÀ YÊU CẦU', blocks: s.mucDich },
      objectivesSection(facts.criteria, facts.ocop, s.ntmLead),
      { title: 'NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN', blocks: s.nhiemVu },
      resourcesSection(facts.funding),
      { title: 'TỔ CHỨC THỰC HIỆN', blocks: s.toChuc },
    ],
    closing: c.closing,
    signature: c.signature,
    recipients: c.recipients,
    appendices: [
      { ...annexTargets(facts.criteria), reference },
      { ...annexInvestment(facts.funding), reference },
    ],
    meta: meta(doc),
  };
}

export function reportModel(ctx: ServiceContext, doc: DocumentRecord, c: ReportContent, facts: ReportFacts): OfficialDocModel {
  checkSignature(c);
  const h = header(ctx, doc, c, 'BÁO CÁO');
  const reference = defaultAppendixReference(h, agencyOf(ctx).issuingBodyName);
  return {
    header: h,
    legalBasis: c.legalBasis.items.length ? c.legalBasis : undefined,
    intro: c.intro,
    sections: reportSections(facts, c.sections),
    closing: c.closing,
    signature: c.signature,
    recipients: c.recipients,
    appendices: reportAnnexes(facts).map((a) => ({ ...a, reference })),
    meta: meta(doc),
  };
}
