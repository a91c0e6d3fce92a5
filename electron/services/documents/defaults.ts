import type { ServiceContext } from '../context';
import { officeAt, documentDate } from './office';
import { previousDocument } from '../../../db/repositories/documents';
import { PLAN_NARRATIVE_2022 } from '../../../db/seed/data/plan-narrative-2022';
import { getSetting } from '../../../db/repositories/settings';
import { documentContentSchema, type PlanContent, type ReportContent } from '../../../shared/models/document-content';
import type { ReportPeriod } from '../../domain/document-facts';
import { shiftYear } from './year-shift';
import { programmeForYear } from '../../../db/seed/data/programmes';
import { planNarrative2026 } from '../../../db/seed/data/plan-narrative-2026';

/** The issuing agency as it stood on a date (see office.ts). */
export const agencyOf = (ctx: ServiceContext, dateIso: string) => officeAt(ctx, dateIso).agency;

/** The programme part of a title: 2021–2025 had an NTM programme of its own; from 2026 NTM is part of a merged one. */
export function programmeTitle(year: number): string {
  const p = programmeForYear(year);
  return p.hasDistricts
    ? 'Chương trình mục tiêu quốc gia về xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP)'
    : `nội dung xây dựng nông thôn mới thuộc ${p.name} và Chương trình Mỗi xã một sản phẩm (OCOP)`;
}

/** A plan's date before it has one: the start of its year. */
export const planDate = (year: number) => documentDate({ type: 'plan', year, period: '', issuedDate: null });

export function planSummary(ctx: ServiceContext, year: number): string {
  return `Thực hiện ${programmeTitle(year)} ${agencyOf(ctx, planDate(year)).provinceName} năm ${year}`;
}

/** A new plan starts from the previous year's plan; the first one from the office's 2022 text. */
export function defaultPlanContent(ctx: ServiceContext, year: number): PlanContent {
  const programme = programmeForYear(year);
  const prev = previousDocument(ctx.db, 'plan', year);
  // A plan carries last year's text only within one programme period: a new period has other acts and structure.
  if (prev && programmeForYear(prev.year).code === programme.code) {
    const parsed = documentContentSchema.safeParse(JSON.parse(prev.content));
    if (parsed.success && parsed.data.kind === 'plan') {
      const c = parsed.data;
      return {
        ...c,
        summary: planSummary(ctx, year),
        intro: shiftYear(c.intro, prev.year, year),
        sections: shiftYear(c.sections, prev.year, year),
        closing: shiftYear(c.closing, prev.year, year),
      };
    }
  }
  const office = officeAt(ctx, planDate(year));
  const agency = office.agency;
  // The demo's first plan of 2021–2025 is its own 2022 text; any other first plan starts from a neutral text of its programme.
  const isProvince = getSetting<{ kind?: string } | null>(ctx.db, 'province', null)?.kind === 'province';
  const own = programme.hasDistricts && !isProvince;
  const n = own
    ? PLAN_NARRATIVE_2022
    : planNarrative2026(programme, {
        provinceName: agency.provinceName,
        issuingBodyName: agency.issuingBodyName,
        year,
      });
  const from = own ? 2022 : year;
  return {
    kind: 'plan',
    place: agency.place,
    summary: planSummary(ctx, year),
    legalBasis: { style: 'thuc_hien', items: n.legalItems },
    intro: shiftYear(n.intro, from, year),
    sections: shiftYear({ mucDich: n.mucDich, ntmLead: n.ntmLead, nhiemVu: n.nhiemVu, toChuc: n.toChuc }, from, year),
    closing: shiftYear(n.closing, from, year),
    signature: office.signer,
    recipients: office.recipients,
  };
}

/** Reports word the 2021–2025 programme as they always did; later ones name the merged programme. */
const reportProgramme = (year: number) =>
  programmeForYear(year).hasDistricts
    ? 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình Mỗi xã một sản phẩm (OCOP)'
    : programmeTitle(year);

/** A report starts from the last report's narrative, or from an outline the office fills in. */
export function defaultReportContent(ctx: ServiceContext, period: ReportPeriod, planRef: string | null): ReportContent {
  const office = officeAt(ctx, period.toIso);
  const agency = office.agency;
  const prev = previousDocument(ctx.db, 'report', period.year + 1);
  const base = {
    kind: 'report' as const,
    place: agency.place,
    summary: `Kết quả thực hiện ${reportProgramme(period.year)} ${period.label}`,
    legalBasis: { style: 'thuc_hien' as const, items: planRef ? [planRef] : [] },
    intro: `${agency.issuingBodyName} báo cáo kết quả thực hiện ${reportProgramme(period.year)} ${period.label} như sau:`,
    closing: `Trên đây là báo cáo kết quả thực hiện ${reportProgramme(period.year)} ${period.label} của ${agency.issuingBodyName}`,
    signature: office.signer,
    recipients: office.recipients,
  };
  if (prev) {
    const parsed = documentContentSchema.safeParse(JSON.parse(prev.content));
    if (parsed.success && parsed.data.kind === 'report') return { ...base, sections: parsed.data.sections };
  }
  // The office writes these; until then the editor shows what belongs there and issuing waits.
  return { ...base, sections: { chiDao: [], tonTai: [], nhiemVu: [], kienNghi: [] } };
}
