import type { Handlers } from './handler';
import { unitsHandlers } from './units';
import { dashboardHandlers } from './dashboard';
import { filesHandlers } from './files';
import { documentsHandlers } from './documents';
import { settingsHandlers } from './settings';
import { ocopHandlers } from './ocop';
import { fundingHandlers } from './funding';
import { criteriaHandlers } from './criteria';
import { mapHandlers } from './map';

/** Every channel of the contract maps to exactly one service function (checked by the type). */
export const handlers: Handlers = {
  ...unitsHandlers,
  ...dashboardHandlers,
  ...filesHandlers,
  ...documentsHandlers,
  ...settingsHandlers,
  ...ocopHandlers,
  ...fundingHandlers,
  ...criteriaHandlers,
  ...mapHandlers,
};
