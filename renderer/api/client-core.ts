import type { ApiClient, Channel, InputOf, OutputOf } from '../../shared/api/contract';
import { GENERIC_ERROR_MESSAGE, type ApiError, type Result } from '../../shared/errors';
import { applyDelta } from '../../shared/api/answer-delta';
import { DELTA_CHANNELS, validToken, type WireAnswer } from '../../shared/api/answer-wire';

/** An error from a service, carrying its Vietnamese message (and import details, if any). */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly details: ApiError['details'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
}

/** One call over a transport; `since` names the answer held for the same call (delta channels only). */
export type Invoke = (channel: string, input: unknown, since?: string) => Promise<WireAnswer>;

const KEEP = 16;

/** A whole answer as pages see it (a delta where none was asked for is a fault of the transport). */
function plain(answer: WireAnswer): Result<unknown> {
  if (!answer.ok) return answer;
  if ('value' in answer) return { ok: true, value: answer.value };
  return { ok: false, error: { code: 'INTERNAL', message: GENERIC_ERROR_MESSAGE } };
}

/**
 * The client pages use. For the big reads (DELTA_CHANNELS) it keeps the last answer per call with
 * main's token for it, sends the token, and turns a delta back into the whole answer; unchanged
 * parts keep their objects. Those answers are shared with the pages, which never change them in place.
 */
export function clientFrom(invoke: Invoke): ApiClient {
  const held = new Map<string, { token: string; value: unknown }>();
  const keep = (key: string, token: string | undefined, value: unknown) => {
    held.delete(key);
    if (!validToken(token)) return;
    held.set(key, { token, value });
    if (held.size > KEEP) held.delete(held.keys().next().value!);
  };
  async function call(channel: string, input: unknown): Promise<Result<unknown>> {
    if (!DELTA_CHANNELS.has(channel as Channel)) return plain(await invoke(channel, input));
    const key = `${channel}\u0000${JSON.stringify(input ?? {})}`;
    // The answer this call is made against: the delta, if any, applies to exactly this one.
    const base = held.get(key);
    const answer = await invoke(channel, input, base?.token);
    if (!answer.ok) return answer;
    if ('delta' in answer) {
      let value: unknown;
      try {
        if (!base || answer.since !== base.token) throw new Error('delta against another answer');
        value = applyDelta(base.value, answer.delta);
      } catch {
        // Never guess: read the whole answer again.
        held.delete(key);
        const whole = await invoke(channel, input);
        if (whole.ok && 'value' in whole) keep(key, whole.token, whole.value);
        return plain(whole);
      }
      keep(key, answer.token, value);
      return { ok: true, value };
    }
    keep(key, answer.token, answer.value);
    return { ok: true, value: answer.value };
  }
  return {
    async invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
      const result = await call(channel, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as OutputOf<C>;
    },
  };
}
