import type { ServiceContext } from '../context';
import { readSettings } from '../settings';
import { previousDocument } from '../../../db/repositories/documents';
import { PLAN_NARRATIVE_2022 } from '../../../db/seed/data/plan-narrative-2022';
import { getSetting } from '../../../db/repositories/settings';
import { genericPlanNarrative } from './generic-narrative';
import { documentContentSchema, type PlanContent, type ReportContent } from '../../../shared/models/document-content';
import type { Block } from '../../../shared/models/documents';
import type { ReportPeriod } from '../../../shared/models/document-facts';

export const agencyOf = (ctx: ServiceContext) => readSettings(ctx).agency;
const signerOf = (ctx: ServiceContext) => readSettings(ctx).signer;
const recipientsOf = (ctx: ServiceContext) => readSettings(ctx).recipients;

/** "năm 2022" → "năm 2023" in running text; legal bases keep the dates of the documents they cite. */
function shiftYear<T>(value: T, from: number, to: number): T {
  if (from === to) return value;
  return JSON.parse(JSON.stringify(value).replaceAll(`năm ${from}`, `năm ${to}`)) as T;
}

export function planSummary(ctx: ServiceContext, year: number): string {
  return `Thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${agencyOf(ctx).provinceName} năm ${year}`;
}

/** A new plan starts from the previous year's plan; the first one from the office's 2022 text. */
export function defaultPlanContent(ctx: ServiceContext, year: number): PlanContent {
  const prev = previousDocument(ctx.db, 'plan', year);
  if (prev) {
    const parsed = documentContentSchema.safeParse(JSON.parse(prev.content));
    if (parsed.success && parsed.data.kind === 'plan') {
      const c = parsed.data;
      return { ...c, summary: planSummary(ctx, year), intro: shiftYear(c.intro, prev.year, year), sections: shiftYear(c.sections, prev.year, year), closing: shiftYear(c.closing, prev.year, year) };
    }
  }
  // The demo's first plan is its own 2022 text; a province set up from the national lists gets an outline.
  const isProvince = getSetting<{ kind?: string } | null>(ctx.db, 'province', null)?.kind === 'province';
  const n = isProvince ? genericPlanNarrative(agencyOf(ctx), 2022) : PLAN_NARRATIVE_2022;
  return {
    kind: 'plan',
    place: agencyOf(ctx).place,
    summary: planSummary(ctx, year),
    legalBasis: { style: 'thuc_hien', items: n.legalItems },
    intro: shiftYear(n.intro, 2022, year),
    sections: shiftYear({ mucDich: n.mucDich, ntmLead: n.ntmLead, nhiemVu: n.nhiemVu, toChuc: n.toChuc }, 2022, year),
    closing: shiftYear(n.closing, 2022, year),
    signature: signerOf(ctx),
    recipients: recipientsOf(ctx),
  };
}

const bullet = (text: string): Block => ({ kind: 'bullet', text });

/** A report starts from the last report's narrative, or from an outline the office fills in. */
export function defaultReportContent(ctx: ServiceContext, period: ReportPeriod, planRef: string | null): ReportContent {
  const agency = agencyOf(ctx);
  const prev = previousDocument(ctx.db, 'report', period.year + 1);
  const base = {
    kind: 'report' as const,
    place: agency.place,
    summary: `Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${period.label}`,
    legalBasis: { style: 'thuc_hien' as const, items: planRef ? [planRef] : [] },
    intro: `${agency.issuingBodyName} báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${period.label} như sau:`,
    closing: `Trên đây là báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP) ${period.label} của ${agency.issuingBodyName}`,
    signature: signerOf(ctx),
    recipients: recipientsOf(ctx),
  };
  if (prev) {
    const parsed = documentContentSchema.safeParse(JSON.parse(prev.content));
    if (parsed.success && parsed.data.kind === 'report') return { ...base, sections: parsed.data.sections };
  }
  return {
    ...base,
    sections: {
      chiDao: [bullet('Các văn bản chỉ đạo, hướng dẫn đã ban hành trong kỳ (số, ngày, trích yếu); kiện toàn Ban Chỉ đạo và bộ máy giúp việc; công tác kiểm tra, giám sát.')],
      tonTai: [bullet('Những tồn tại, hạn chế trong kỳ và nguyên nhân.')],
      nhiemVu: [bullet('Nhiệm vụ, giải pháp trọng tâm thời gian tới.')],
      kienNghi: [bullet('Đề xuất, kiến nghị với Trung ương và tỉnh.')],
    },
  };
}
