import type { Handlers } from './handler';
import { unitsHandlers } from './units';
import { filesHandlers } from './files';
import { criteriaHandlers } from './criteria';

/** Every channel of the contract maps to exactly one service function (checked by the type). */
export const handlers: Handlers = {
  ...unitsHandlers,
  ...filesHandlers,
  ...criteriaHandlers,
};
