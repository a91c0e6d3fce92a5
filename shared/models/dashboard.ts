/** Tổng quan: the director's view of a year, as it crosses the API. */
import type { Level } from '../domain/ntm-figures';
import type { CertificateFields, ExpiringItem } from './ocop';
import type { MillionVnd } from './units-of-measure';

/** One xã of the year with what the dashboard's lists need. */
export interface OverviewCommune {
  id: number;
  name: string;
  /** "Phú Hữu (huyện Châu Thành)" before 1/7/2025, the name alone after. */
  label: string;
  districtId: number | null;
  districtName: string;
  level: Level | null;
  /** Year the level held was recognised. */
  levelYear: number | null;
  /** Criteria met in the year; null = no result entered («chưa có số liệu»). */
  met: number | null;
  /** Holds a level but meets fewer criteria than the set requires. */
  atRisk: boolean;
  /** The level the year's plan targets for it, if any. */
  target: Level | null;
}

export interface LevelPlanResult {
  level: Level;
  label: string;
  /** Communes holding the level (or a higher one) at the year's end. */
  actual: number;
  /** New this year. */
  newInYear: number;
  /** The plan's cumulative figure (stated in the plan, else projected from the communes targeted); null = no plan. */
  planned: number | null;
}

export interface SourceFigures {
  code: string;
  name: string;
  /** triệu đồng; null = nothing entered («chưa có số liệu»). */
  need: MillionVnd | null;
  allocated: MillionVnd | null;
  disbursed: MillionVnd | null;
  /** Disbursed ÷ allocated in percent (one decimal), null without both. */
  rate: number | null;
}

export interface ReportDue {
  period: string;
  label: string;
  /** ISO date the period ends. */
  periodEnd: string;
  /** Number and date of the issued report, if any. */
  issued: string | null;
}

export interface DashboardOverview {
  year: number;
  provinceName: string;
  /** Today's date (ISO) used for what is due. */
  today: string;
  sampleData: boolean;
  /** True when the year's xã belong to district-level units (before 1/7/2025). */
  hasDistricts: boolean;
  set: { name: string; required: number; code: string } | null;
  communeTotal: number;
  withResults: number;
  /** "18,2"; null when no result was entered. */
  avgCriteria: string | null;
  levels: LevelPlanResult[];
  /** False while no recognition has been recorded at all: the levels held are «chưa có số liệu», not 0. */
  recognitionsRecorded: boolean;
  /** Communes by number of criteria met, 0…required (only counts > 0 or within range). */
  byCriteriaMet: { met: number; count: number }[];
  progress: { year: number; ntm: number; nangCao: number; kieuMau: number }[];
  funding: { asOf: string | null; sources: SourceFigures[]; total: SourceFigures } | null;
  ocop: {
    validByStars: { stars: number; count: number }[];
    validTotal: number;
    targets: { label: string; unitName: string; targetText: string; current: number; met: boolean }[];
  };
  due: { expiring: ExpiringItem[]; reports: ReportDue[] };
  /** Communes holding a level but meeting fewer criteria than the set requires. */
  atRiskCount: number;
}

/** Which of the year's xã a figure or a chart element stands for (filtered by the service). */
export type CommuneFilter =
  | { kind: 'all' }
  /** Holding the level (or a higher one), recognised up to `upToYear` when given. */
  | { kind: 'level'; level: Level; upToYear?: number }
  | { kind: 'met'; met: number }
  | { kind: 'noResults' }
  | { kind: 'atRisk' };

/** The xã behind a figure: all of them counted, the first `limit` sent unless the person asked for all. */
export interface OverviewCommuneList {
  total: number;
  rows: OverviewCommune[];
}

/** One district-level unit's figures (the xã list grouped, when the person asks for it). */
export interface DistrictRow {
  id: number | null;
  name: string;
  communes: number;
  ntm: number;
  nangCao: number;
  kieuMau: number;
  withResults: number;
  avg: number | null;
}

/** One unit's figures for one funding source (the list behind a funding bar). */
export interface FundingUnitRow {
  id: number;
  name: string;
  districtName: string;
  /** triệu đồng; null = nothing entered. */
  need: MillionVnd | null;
  allocated: MillionVnd | null;
  disbursed: MillionVnd | null;
  rate: number | null;
}

export interface OcopValidProduct extends CertificateFields {
  productId: number;
  name: string;
}
