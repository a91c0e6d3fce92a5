import { contract, isChannel } from '../../shared/api/contract';
import { AppError, GENERIC_ERROR_MESSAGE, type Result } from '../../shared/errors';
import { zodMessageVi } from '../../shared/api/zod-vi';
import type { ServiceContext } from './context';
import { handlers } from './index';

type AnyHandler = (ctx: ServiceContext, input: unknown) => unknown;

/**
 * The single entry both transports use: checks the channel, validates the input with the
 * contract's schema, calls the service and wraps the outcome. Only `{ code, message }` crosses.
 */
export async function dispatch(ctx: ServiceContext, channelName: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không được hỗ trợ.' } };
  }
  const parsed = contract[channelName].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: zodMessageVi(parsed.error) } };
  }
  try {
    const handler = handlers[channelName] as AnyHandler;
    const value = await handler(ctx, parsed.data);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toJSON() };
    // Internal detail stays in the main process log, never in the message.
    console.error(`[${channelName}]`, e);
    return { ok: false, error: { code: 'INTERNAL', message: GENERIC_ERROR_MESSAGE } };
  }
}
