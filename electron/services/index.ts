import type { Handlers } from './handler';
import { unitsHandlers } from './units';
import { dashboardHandlers } from './dashboard';
import { filesHandlers } from './files';
import { documentsHandlers } from './documents';
import { settingsHandlers } from './settings';
import { ocopHandlers } from './ocop';
import { fundingHandlers } from './funding';
import { criteriaHandlers } from './criteria';
import { backupsHandlers } from './backups';
import { dataFileHandlers, setupHandlers } from './setup';
import { successionsHandlers } from './successions';
import { unitListHandlers } from './unit-list';
import { jobsHandlers } from './jobs';
import { communeGroupsHandlers, criteriaSetsHandlers, indicatorsHandlers } from './criteria/indicator-handlers';
import { profileHandlers } from './profile';
import { overviewHandlers } from './overview';
import { printHandlers } from './print';
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
  ...backupsHandlers,
  ...setupHandlers,
  ...dataFileHandlers,
  ...successionsHandlers,
  ...unitListHandlers,
  ...jobsHandlers,
  ...criteriaSetsHandlers,
  ...communeGroupsHandlers,
  ...indicatorsHandlers,
  ...profileHandlers,
  ...overviewHandlers,
  ...printHandlers,
  ...mapHandlers,
};
