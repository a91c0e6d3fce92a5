/**
 * A product's OCOP status as of a date, derived from its evaluations (never stored):
 * registered → evaluated at district → evaluated at province → recognised → expiring / expired / revoked.
 *
 * Rules:
 * - An evaluation counts from its evaluation date (or decision date); an undated one counts at any date.
 * - A recognition is an evaluation with a decision dated on or before the date and 3★ or more; the
 *   latest one is the certificate in force.
 * - The certificate is valid 36 months from the decision, through the expiry date itself; "expiring"
 *   from 6 months before it; "revoked" from the revocation date.
 * - A product is due for re-evaluation when its certificate is expiring or expired (not revoked) and
 *   no evaluation has been recorded after the decision.
 */
import { addMonths } from '../format/date';
import type { EvaluationKind, OcopLevel, OcopStatus } from '../models/ocop';

export const CERTIFICATE_MONTHS = 36;
export const WARNING_MONTHS = 6;

export const certificateExpiry = (decisionDate: string): string => addMonths(decisionDate, CERTIFICATE_MONTHS);

export interface EvaluationFact {
  id: number;
  level: OcopLevel;
  stars: number;
  evaluatedDate: string | null;
  decisionDate: string | null;
  expiryDate: string | null;
  revokedDate: string | null;
}

/** What the status needs to know, condensed (SQL can compute the same in one pass). */
export interface ProductFacts {
  /** Highest level evaluated on or before the date. */
  topLevel: OcopLevel | null;
  recognition: { id: number; stars: number; decisionDate: string; expiryDate: string | null; revoked: boolean } | null;
  /** Latest evaluation (or decision) date on or before the date. */
  lastEvaluated: string | null;
}

const LEVEL_RANK: Record<OcopLevel, number> = { commune: 0, district: 1, province: 2, central: 3 };
export const levelFromRank = (rank: number | null): OcopLevel | null =>
  rank === 3 ? 'central' : rank === 2 ? 'province' : rank === 1 ? 'district' : null;

const happened = (e: EvaluationFact, asOf: string): boolean => {
  const d = e.evaluatedDate ?? e.decisionDate;
  return d === null || d <= asOf;
};

export function summarizeEvaluations(evals: EvaluationFact[], asOf: string): ProductFacts {
  let top = 0;
  let last: string | null = null;
  let rec: EvaluationFact | null = null;
  for (const e of evals) {
    if (!happened(e, asOf)) continue;
    top = Math.max(top, LEVEL_RANK[e.level]);
    const d = e.evaluatedDate ?? e.decisionDate;
    if (d && (!last || d > last)) last = d;
    if (e.decisionDate && e.decisionDate <= asOf && e.stars >= 3) {
      if (!rec || e.decisionDate > rec.decisionDate! || (e.decisionDate === rec.decisionDate && e.id > rec.id)) rec = e;
    }
  }
  return {
    topLevel: levelFromRank(top || null),
    lastEvaluated: last,
    recognition: rec
      ? {
          id: rec.id,
          stars: rec.stars,
          decisionDate: rec.decisionDate!,
          expiryDate: rec.expiryDate,
          revoked: rec.revokedDate !== null && rec.revokedDate <= asOf,
        }
      : null,
  };
}

/** Start of the warning window of an expiry date; memoised because lists share a few decision dates. */
const warningCache = new Map<string, string>();
function warningStart(expiry: string): string {
  let w = warningCache.get(expiry);
  if (w === undefined) {
    w = addMonths(expiry, -WARNING_MONTHS);
    if (warningCache.size > 50_000) warningCache.clear();
    warningCache.set(expiry, w);
  }
  return w;
}

export function statusFromFacts(f: ProductFacts, asOf: string): OcopStatus {
  const r = f.recognition;
  if (r) {
    if (r.revoked) return 'revoked';
    if (r.expiryDate) {
      if (asOf > r.expiryDate) return 'expired';
      if (asOf >= warningStart(r.expiryDate)) return 'expiring';
    }
    return 'recognised';
  }
  if (f.topLevel === 'province' || f.topLevel === 'central') return 'province_evaluated';
  if (f.topLevel === 'district') return 'district_evaluated';
  return 'registered';
}

export const deriveStatus = (evals: EvaluationFact[], asOf: string): OcopStatus => statusFromFacts(summarizeEvaluations(evals, asOf), asOf);

/** Expiring or expired, not revoked, and nothing evaluated since the decision. */
export function isDueFromFacts(f: ProductFacts, asOf: string): boolean {
  const s = statusFromFacts(f, asOf);
  if (s !== 'expiring' && s !== 'expired') return false;
  return !(f.lastEvaluated && f.recognition && f.lastEvaluated > f.recognition.decisionDate);
}

/**
 * An evaluation's kind: with an earlier certificate it is an upgrade when it gives more stars, else a
 * re-evaluation; without one known to the app, what the person said (default: first evaluation).
 */
export function evaluationKind(priorStars: number | null, stars: number, requested?: EvaluationKind): EvaluationKind {
  if (priorStars === null) return requested ?? 'new';
  return stars > priorStars ? 'upgrade' : 're_evaluation';
}

/** "Thăng hạng 3 sao → 4 sao", "Đánh giá lại (trước đó 3 sao)", "Đánh giá lần đầu". */
export function kindLabel(kind: EvaluationKind, priorStars: number | null, stars: number): string {
  if (kind === 'upgrade') return priorStars ? `Thăng hạng ${priorStars} sao → ${stars} sao` : `Thăng hạng lên ${stars} sao`;
  if (kind === 're_evaluation') return priorStars ? `Đánh giá lại (trước đó ${priorStars} sao)` : 'Đánh giá lại';
  return 'Đánh giá lần đầu';
}

/** When an evaluation happened, for ordering a product's history (undated ones first). */
export const evaluationWhen = (e: { evaluatedDate: string | null; decisionDate: string | null }): string => e.evaluatedDate ?? e.decisionDate ?? '';
