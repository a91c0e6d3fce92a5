import type { Channel, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { ServiceContext } from './context';

export type Handler<C extends Channel> = (
  ctx: ServiceContext,
  input: ParsedInputOf<C>,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handlers of one domain: every channel named "<domain>.<verb>". */
export type HandlersOf<D extends string> = {
  [C in Channel as C extends `${D}.${string}` ? C : never]: Handler<C>;
};

export type Handlers = { [C in Channel]: Handler<C> };
