/**
 * The figures a plan or report states, gathered from the domain services. Sentences are written
 * from these by pure functions (electron/documents/content), so every number in a document comes
 * from the data.
 */

import type { ReportPeriod } from '../../shared/domain/report-period';
import type { ThousandVnd } from '../../shared/models/units-of-measure';

export type { ReportPeriod };

export interface NamedCommune {
  name: string;
  /** "huyện Châu Thành"; empty when the commune has no district-level unit. */
  districtFullName: string;
}

export interface LevelTargets {
  official: NamedCommune[];
  stretch: NamedCommune[];
  /** Communes holding the level at the end of the previous year. */
  before: number;
  /** before + official targets. */
  cumulative: number;
}

/** Recognition levels a period's documents speak of (2021–2025: three; 2026–2030: xã NTM). */
export type PlanLevelKey = 'ntm' | 'nangCao' | 'kieuMau';

export interface PlanCriteriaFacts {
  year: number;
  /** «tỉnh» or «thành phố», as in «toàn thành phố có …». */
  provinceWord: string;
  levels: PlanLevelKey[];
  /** Group communes under district-level units (only before 1/7/2025). */
  byDistrict: boolean;
  /** Any criteria result or recognition on the units in force; otherwise figures read «chưa có kết quả». */
  resultsKnown: boolean;
  communeTotal: number;
  /** The number of criteria of the set in force (19 for 2021–2025). */
  requiredCount: number;
  ntm: LevelTargets;
  nangCao: LevelTargets;
  kieuMau: LevelTargets;
  /** "74,5%" — cumulative NTM of communeTotal. */
  ntmPercent: string;
  /** "18,2" — the plan's average criteria per commune target. */
  avgCriteria: string;
  /** Every commune at or above this many criteria. */
  minCriteria: number | null;
  /** Phụ lục 1: target communes grouped by district-level unit. */
  annex: {
    districtFullName: string;
    communes: {
      name: string;
      ntm: 'official' | 'stretch' | null;
      nangCao: 'official' | 'stretch' | null;
      kieuMau: 'official' | 'stretch' | null;
      currentCriteria: number | null;
      targetCriteria: number | null;
    }[];
  }[];
}

export interface PlanFundingFacts {
  year: number;
  byDistrict: boolean;
  levelsPhrase: string;
  /** Amounts in nghìn đồng (exact integers); documents print triệu đồng. */
  /** null: no figure entered («chưa có số liệu»). */
  sources: { code: string; name: string; shortName: string; need: ThousandVnd | null }[];
  totalNeed: ThousandVnd | null;
  /** Phụ lục 2: works of the target communes, by district-level unit → commune. */
  annex: {
    districtFullName: string;
    communes: {
      name: string;
      /** e.g. "NTM", "NTM nâng cao (phấn đấu)". */
      target: string;
      works: { name: string; criterion: string; amounts: ThousandVnd[]; total: ThousandVnd }[];
    }[];
  }[];
}

export interface PlanOcopFacts {
  year: number;
  districtMin: number | null;
  districtMax: number | null;
  provinceMin: number | null;
  upgrade: boolean;
  nationalDossiers: number | null;
}

export interface PlanFacts {
  criteria: PlanCriteriaFacts;
  funding: PlanFundingFacts;
  ocop: PlanOcopFacts;
}

export interface ReportFacts {
  period: ReportPeriod;
  /** «tỉnh» or «thành phố». */
  provinceWord: string;
  criteria: {
    communeTotal: number;
    requiredCount: number;
    /** Recognised within the period. */
    recognisedInPeriod: { level: 'ntm' | 'nang_cao' | 'kieu_mau'; communes: NamedCommune[] }[];
    /** At the end of the period. */
    ntm: number;
    nangCao: number;
    kieuMau: number;
    ntmPercent: string;
    /** Plan targets for the year (cumulative). */
    targetNtm: number | null;
    targetNangCao: number | null;
    targetKieuMau: number | null;
    avgCriteria: string;
    minCriteria: number | null;
    bands: { label: string; count: number }[];
    atRisk: NamedCommune[];
    byDistrict: {
      districtFullName: string;
      communes: number;
      ntm: number;
      nangCao: number;
      kieuMau: number;
      avgCriteria: string;
    }[];
    /** Any criteria result or recognition on the units in force; otherwise «chưa có kết quả». */
    resultsKnown: boolean;
    /** Levels of the period's criteria (2026–2030: xã NTM only). */
    levels: PlanLevelKey[];
    /** Recognised from 1 January to the end of the period, per level (against the year's new targets). */
    recognisedYearToDate: { ntm: number; nangCao: number; kieuMau: number };
    /** The year's official targets of new recognitions, per level (null when the year has none). */
    newTargets: { ntm: number | null; nangCao: number | null; kieuMau: number | null };
    /** Official target communes not holding their level at the end of the period. */
    targetsNotMet: NamedCommune[];
    /** Recognitions revoked within the period. */
    revokedInPeriod: NamedCommune[];
    /** Communes meeting each criterion of the set in force, of those with a result. */
    byCriterion: { no: number; name: string; met: number; assessed: number }[];
    /** Annex: every commune with its criteria count and level (national scale: thousands of rows). */
    communes: { districtFullName: string; name: string; criteriaMet: number | null; level: string }[];
  };
  funding: {
    /** Amounts in nghìn đồng; null where no figure was entered. */
    sources: {
      name: string;
      need: ThousandVnd | null;
      allocated: ThousandVnd | null;
      disbursed: ThousandVnd | null;
      rate: string;
    }[];
    totalNeed: ThousandVnd | null;
    /** Works whose committed value exceeds what they were allocated (risk of nợ đọng XDCB). */
    debt: { worksWithCommitment: number; atRisk: number; shortfall: ThousandVnd };
    totalAllocated: ThousandVnd | null;
    totalDisbursed: ThousandVnd | null;
    totalRate: string;
    asOfIso: string | null;
    /** False when no figure of that stage is stored for the year up to the cut-off («chưa có số liệu»). */
    hasAllocated: boolean;
    hasDisbursed: boolean;
  };
  ocop: {
    recognisedInPeriod: number;
    byStars: { stars: number; count: number }[];
    byDistrict: { districtFullName: string; count: number; target: string }[];
    cumulative: number;
    provinceTarget: number | null;
    upgrades: number;
    reEvaluations: number;
    /** Certificates in force at the end of the period whose expiry falls within the next six months. */
    expiringSoon: number;
  };
}
