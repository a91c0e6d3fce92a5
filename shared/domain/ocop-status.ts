/**
 * A product's OCOP status as of a date, from the facts of its evaluations (`ProductFacts`, computed
 * by the one SQL rule in db/repositories/ocop-stats.ts: which evaluations count at a date, the
 * highest level, the last evaluation, the certificate in force):
 * registered → evaluated at district → evaluated at province → recognised → expiring / expired / revoked.
 *
 * Rules here (on the facts):
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

/**
 * What the status needs to know about a product's evaluations as of a date. Computed by one rule,
 * in SQL: `productFacts` / `productFactsOf` in db/repositories/ocop-stats.ts (its comment states it).
 */
export interface ProductFacts {
  /** Highest level evaluated on or before the date. */
  topLevel: OcopLevel | null;
  recognition: { id: number; stars: number; decisionDate: string; expiryDate: string | null; revoked: boolean } | null;
  /** Latest evaluation (or decision) date on or before the date. */
  lastEvaluated: string | null;
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
  if (kind === 'upgrade')
    return priorStars ? `Thăng hạng ${priorStars} sao → ${stars} sao` : `Thăng hạng lên ${stars} sao`;
  if (kind === 're_evaluation') return priorStars ? `Đánh giá lại (trước đó ${priorStars} sao)` : 'Đánh giá lại';
  return 'Đánh giá lần đầu';
}

/** When an evaluation happened, for ordering a product's history (undated ones first). */
export const evaluationWhen = (e: { evaluatedDate: string | null; decisionDate: string | null }): string =>
  e.evaluatedDate ?? e.decisionDate ?? '';
