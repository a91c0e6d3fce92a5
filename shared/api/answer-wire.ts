import type { Channel } from './contract';
import type { Delta } from './answer-delta';
import type { ApiError } from '../errors';

/**
 * The read calls whose answers may cross as deltas (shared/api/answer-delta.ts): big answers a
 * kept section reads again after every data change. Reads only: a write never goes through it.
 * Pages must treat these answers as immutable (the renderer's client applies the next delta to them).
 */
export const DELTA_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['units.list', 'criteria.matrix']);

/** What a delta channel's answer looks like on the wire: the value whole, or a delta against `since`. */
export type WireAnswer =
  | { ok: true; value: unknown; token?: string }
  | { ok: true; delta: Delta; since: string; token: string }
  | { ok: false; error: ApiError };

/** HTTP bridge: the request header carrying the token of the answer the page holds. */
export const SINCE_HEADER = 'x-ntm-since';

/** A token is main's name for one answer it sent; from the page it is untrusted input, so checked. */
export function validToken(t: unknown): t is string {
  return typeof t === 'string' && t.length >= 1 && t.length <= 40 && /^[A-Za-z0-9_-]+$/.test(t);
}
