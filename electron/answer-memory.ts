import crypto from 'node:crypto';
import { diffAnswer } from '../shared/api/answer-delta';
import { DELTA_CHANNELS, validToken, type WireAnswer } from '../shared/api/answer-wire';
import type { Result } from '../shared/errors';

const KEEP = 16;

/**
 * Main's memory of the answers one page holds (one per transport session: an IPC sender, a bridge
 * server): per read call (channel and input), the last answer sent and its token. When the page
 * says it holds that very token, only the difference crosses. A delta is only ever made against the
 * answer main itself sent under the token the page names, so whatever happened in between (a
 * restored backup, another data file, a failed call, two identical calls at once) the page gets
 * either a delta against what it holds or the whole answer. Services must not change an answer after
 * returning it (a cached answer included): the next answer is compared with it.
 */
export class AnswerMemory {
  private readonly kept = new Map<string, { token: string; value: unknown }>();
  private readonly prefix = crypto.randomBytes(6).toString('base64url');
  private count = 0;

  /** Runs the call and shapes its answer for the wire; `since` is the page's token (untrusted). */
  async answer(
    channel: string,
    input: unknown,
    since: unknown,
    run: () => Promise<Result<unknown>>,
  ): Promise<WireAnswer> {
    const result = await run();
    if (!result.ok || !DELTA_CHANNELS.has(channel as never)) return result;
    // The input passed validation (a strict object of plain values), so it names the call exactly.
    const key = `${channel}\u0000${JSON.stringify(input ?? {})}`;
    const before = this.kept.get(key);
    const token = `${this.prefix}${(++this.count).toString(36)}`;
    this.kept.delete(key);
    this.kept.set(key, { token, value: result.value });
    if (this.kept.size > KEEP) this.kept.delete(this.kept.keys().next().value!);
    if (before && validToken(since) && before.token === since) {
      const delta = diffAnswer(before.value, result.value);
      if (delta) return { ok: true, delta, since, token };
    }
    return { ok: true, value: result.value, token };
  }
}
