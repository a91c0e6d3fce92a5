/**
 * The whole model of a plan or report, from what the services gathered: the document's own fields,
 * the office's narrative, the facts computed from the data and the agency in force on its date.
 * Pure: every document is assembled here and nowhere else, then built and packed.
 */
import { AppError } from '../../../shared/errors';
import type { OfficeSettings } from '../../../shared/models/settings';
import {
  isSectionOmitted,
  type DocumentContent,
  type PlanContent,
  type ReportContent,
} from '../../../shared/models/document-content';
import type { Block } from '../../../shared/models/documents';
import type { OfficialDocModel, DocHeader } from '../../../shared/models/documents';
import type { PlanFacts, ReportFacts } from '../../domain/document-facts';
import { annexInvestment, annexTargets, objectivesSection, resourcesSection } from './plan-sections';
import { reportAnnexes, reportSections } from './report-sections';
import { defaultAppendixReference } from '../parts/appendix';

/** The register fields a document carries into its header. */
export interface DocFields {
  year: number;
  number: string;
  symbol: string;
  issuedDate: string | null;
}

/** Everything besides the narrative and the facts: the agency in force and an optional draft mark. */
export interface AssemblyContext {
  agency: Pick<OfficeSettings['agency'], 'governingBody' | 'issuingBody' | 'issuingBodyName'>;
  draftMark?: string;
}

function header(
  agency: AssemblyContext['agency'],
  doc: DocFields,
  content: PlanContent | ReportContent,
  typeName: DocHeader['typeName'],
): DocHeader {
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
  if (!content.signature.name.trim())
    throw new AppError('VALIDATION', 'Chưa có họ tên người ký. Hãy nhập ở mục «Người ký» rồi tạo lại văn bản.');
  if (!content.signature.authority.some((l) => l.trim()))
    throw new AppError(
      'VALIDATION',
      'Chưa có chức danh người ký (ví dụ «TM. BAN CHỈ ĐẠO»). Hãy nhập ở mục «Người ký».',
    );
  if (!content.recipients.some((r) => r.trim()))
    throw new AppError('VALIDATION', 'Chưa có «Nơi nhận». Hãy nhập ít nhất một nơi nhận (ví dụ «Lưu: VT.»).');
}

/** The narrative as printed: a section left out is empty, and blank lines are not paragraphs. */
function printedSections<S extends Record<string, Block[]>>(c: DocumentContent & { sections: S }): S {
  const blankBlock = (b: Block) => !('text' in b && b.text?.trim()) && !('title' in b && b.title.trim());
  return Object.fromEntries(
    Object.entries(c.sections).map(([k, blocks]) => [
      k,
      isSectionOmitted(c, k) ? [] : blocks.filter((b) => !blankBlock(b)),
    ]),
  ) as S;
}

const meta = (doc: DocFields) => ({ createdIso: `${doc.issuedDate ?? `${doc.year}-01-01`}T00:00:00.000Z` });

export function planModel(x: AssemblyContext, doc: DocFields, c: PlanContent, facts: PlanFacts): OfficialDocModel {
  checkSignature(c);
  const h = header(x.agency, doc, c, 'KẾ HOẠCH');
  const reference = defaultAppendixReference(h, x.agency.issuingBodyName);
  const s = printedSections(c);
  const narrative = (title: string, blocks: Block[]) => (blocks.length ? [{ title, blocks }] : []);
  return {
    header: h,
    legalBasis: c.legalBasis.items.length ? c.legalBasis : undefined,
    intro: c.intro,
    sections: [
      ...narrative('MỤC ĐÍCH VÀ YÊU CẦU', s.mucDich),
      objectivesSection(facts.criteria, facts.ocop, s.ntmLead),
      ...narrative('NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN', s.nhiemVu),
      resourcesSection(facts.funding),
      ...narrative('TỔ CHỨC THỰC HIỆN', s.toChuc),
    ],
    closing: c.closing,
    signature: c.signature,
    recipients: c.recipients,
    appendices: [
      { ...annexTargets(facts.criteria), reference },
      { ...annexInvestment(facts.funding), reference },
    ],
    meta: meta(doc),
    ...(x.draftMark ? { draftMark: x.draftMark } : {}),
  };
}

export function reportModel(
  x: AssemblyContext,
  doc: DocFields,
  c: ReportContent,
  facts: ReportFacts,
): OfficialDocModel {
  checkSignature(c);
  const h = header(x.agency, doc, c, 'BÁO CÁO');
  const reference = defaultAppendixReference(h, x.agency.issuingBodyName);
  return {
    header: h,
    legalBasis: c.legalBasis.items.length ? c.legalBasis : undefined,
    intro: c.intro,
    sections: reportSections(facts, printedSections(c)),
    closing: c.closing,
    signature: c.signature,
    recipients: c.recipients,
    appendices: reportAnnexes(facts).map((a) => ({ ...a, reference })),
    meta: meta(doc),
    ...(x.draftMark ? { draftMark: x.draftMark } : {}),
  };
}
