import { z } from 'zod';

/**
 * One API channel: the zod schema of its input and (as a phantom type) its output.
 * `channel(schema).returns<T>()` keeps the output type next to the input without a runtime cost.
 */
export interface ChannelDef<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: never set at runtime; carries the output type. */
  readonly output?: O;
}

export function channel<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): ChannelDef<I, O> {
      return { input };
    },
  };
}

export const noInput = z.object({}).strict();
