import type { Handlers } from './handler';
import { systemHandlers } from './system';
import { communesHandlers } from './communes';
import { unitsHandlers } from './units';
import { dashboardHandlers } from './dashboard';
import { filesHandlers } from './files';
import { documentsHandlers } from './documents';
import { settingsHandlers } from './settings';
import { ocopHandlers } from './ocop';
import { fundingHandlers } from './funding';
import { worksHandlers } from './works';
import { criteriaHandlers } from './criteria';
import { criteriaSetsHandlers } from './criteria-sets';
import { communeGroupsHandlers } from './commune-groups';
import { indicatorsHandlers } from './indicators';
import { backupsHandlers } from './backups';
import { setupHandlers } from './setup';
import { successionsHandlers } from './successions';
import { jobsHandlers } from './jobs';
import { profileHandlers } from './profile';
import { overviewHandlers } from './overview';
import { printHandlers } from './print';
import { mapHandlers } from './map';

/**
 * Every channel of the contract maps to exactly one service function (checked by the type).
 * Channel "x.verb" is served by the map `xHandlers` in `./<x>.ts` or `./<x>/index.ts` (kebab-case).
 */
export const handlers: Handlers = {
  ...systemHandlers,
  ...communesHandlers,
  ...unitsHandlers,
  ...dashboardHandlers,
  ...filesHandlers,
  ...documentsHandlers,
  ...settingsHandlers,
  ...ocopHandlers,
  ...fundingHandlers,
  ...worksHandlers,
  ...criteriaHandlers,
  ...criteriaSetsHandlers,
  ...communeGroupsHandlers,
  ...indicatorsHandlers,
  ...backupsHandlers,
  ...setupHandlers,
  ...successionsHandlers,
  ...jobsHandlers,
  ...profileHandlers,
  ...overviewHandlers,
  ...printHandlers,
  ...mapHandlers,
};
