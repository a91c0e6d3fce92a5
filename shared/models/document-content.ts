/**
 * The parts of a plan or report the office writes and edits (stored as the document's content);
 * everything else is computed from the data when the document is built.
 */
import { z } from 'zod';
import { blocksSchema } from './documents';

const line = (what: string, max: number) => z.string().max(max, `${what} quá dài (tối đa ${max} ký tự)`);

export const signatureSchema = z
  .object({
    authority: z.array(line('Dòng chức danh', 200)).max(6, 'Tối đa 6 dòng chức danh người ký'),
    name: line('Họ tên người ký', 100),
  })
  .strict();

const common = {
  place: z.string().trim().min(1, 'Địa danh không được để trống').max(60, 'Địa danh quá dài'),
  summary: line('Trích yếu', 600),
  legalBasis: z
    .object({
      style: z.enum(['thuc_hien', 'can_cu']),
      items: z.array(line('Căn cứ', 2_000)).max(30, 'Tối đa 30 căn cứ'),
    })
    .strict(),
  intro: line('Câu mở đầu', 5_000),
  closing: line('Câu kết', 5_000),
  signature: signatureSchema,
  recipients: z.array(line('Nơi nhận', 300)).max(40, 'Tối đa 40 nơi nhận'),
  /** Narrative sections the office deliberately leaves out of this document (keys of `sections`). */
  omitted: z.array(z.string().max(40)).max(20).optional(),
};

/** A document kind's content: the common parts and its own narrative sections (each a list of blocks). */
const contentSchema = <K extends string, S extends string>(kind: K, sections: readonly S[]) =>
  z
    .object({
      kind: z.literal(kind),
      ...common,
      sections: z
        .object(Object.fromEntries(sections.map((key) => [key, blocksSchema])) as Record<S, typeof blocksSchema>)
        .strict(),
    })
    .strict();

export const planContentSchema = contentSchema('plan', ['mucDich', 'ntmLead', 'nhiemVu', 'toChuc']);
export const reportContentSchema = contentSchema('report', ['chiDao', 'tonTai', 'nhiemVu', 'kienNghi']);

export const documentContentSchema = z.discriminatedUnion('kind', [planContentSchema, reportContentSchema]);

export type PlanContent = z.infer<typeof planContentSchema>;
export type ReportContent = z.infer<typeof reportContentSchema>;
export type DocumentContent = z.infer<typeof documentContentSchema>;

/** Narrative sections a document cannot go out without (the plan's II.1 lead-in is optional). */
export const REQUIRED_SECTIONS: Record<DocumentContent['kind'], string[]> = {
  plan: ['mucDich', 'nhiemVu', 'toChuc'],
  report: ['chiDao', 'tonTai', 'nhiemVu', 'kienNghi'],
};

const blank = (blocks: { text?: string; title?: string }[]) =>
  blocks.every((b) => !(b.text ?? '').trim() && !(b.title ?? '').trim());

/** Is a section left out, by choice or because nothing is written in it? */
export function isSectionOmitted(content: DocumentContent, key: string): boolean {
  return (content.omitted ?? []).includes(key);
}

/** Required sections with nothing written and not deliberately left out: issuing waits for them. */
export function unwrittenSections(content: DocumentContent): string[] {
  const sections = content.sections as Record<string, { text?: string; title?: string }[]>;
  return REQUIRED_SECTIONS[content.kind].filter((k) => !isSectionOmitted(content, k) && blank(sections[k] ?? []));
}

/** What to write in a section, shown in the editor while it is empty (never printed). */
export const NARRATIVE_HINTS: Record<string, string> = {
  chiDao:
    'Các văn bản chỉ đạo, hướng dẫn đã ban hành trong kỳ (số, ngày, trích yếu); kiện toàn Ban Chỉ đạo và bộ máy giúp việc; công tác kiểm tra, giám sát.',
  tonTai: 'Những tồn tại, hạn chế trong kỳ và nguyên nhân.',
  nhiemVu: 'Nhiệm vụ, giải pháp trọng tâm thời gian tới.',
  kienNghi: 'Đề xuất, kiến nghị với Trung ương và tỉnh.',
};

/** A section's label in this kind of document (the report's «nhiemVu» is its part II). */
export const narrativeLabel = (kind: DocumentContent['kind'], key: string): string =>
  (kind === 'report' && key === 'nhiemVu' ? 'II. Nhiệm vụ, giải pháp thời gian tới' : NARRATIVE_LABELS[key]) ?? key;

/** Labels of the editable narrative sections, for the editor. */
export const NARRATIVE_LABELS: Record<string, string> = {
  mucDich: 'I. Mục đích và yêu cầu',
  ntmLead: 'II.1. Về xây dựng nông thôn mới — các ý mở đầu (phần số liệu do ứng dụng tính)',
  nhiemVu: 'III. Nhiệm vụ và giải pháp thực hiện',
  toChuc: 'V. Tổ chức thực hiện',
  chiDao: 'I.1. Công tác chỉ đạo, điều hành',
  tonTai: 'I.5. Tồn tại, hạn chế và nguyên nhân',
  kienNghi: 'III. Đề xuất, kiến nghị',
};

export type DocumentType = 'plan' | 'report';

export interface DocumentRow {
  id: number;
  type: DocumentType;
  year: number;
  period: string;
  number: string;
  symbol: string;
  issuedDate: string | null;
  signer: string;
  title: string;
  status: 'draft' | 'issued';
  updatedAt: string;
}

export interface DocumentDetail extends DocumentRow {
  content: DocumentContent;
}

/** Before generating or issuing: what blocks issuing, and what the person should know. */
export interface DocumentChecks {
  blocking: string[];
  warnings: string[];
}
