import type { z } from 'zod';
import type { ChannelDef } from './define';
import { unitsContract } from './contracts/units';
import { filesContract } from './contracts/files';
import { documentsContract } from './contracts/documents';
import { settingsContract } from './contracts/settings';
import { ocopContract } from './contracts/ocop';
import { fundingContract } from './contracts/funding';
import { criteriaContract } from './contracts/criteria';
import { backupsContract } from './contracts/backups';
import { setupContract } from './contracts/setup';
import { successionsContract } from './contracts/successions';
import { jobsContract } from './contracts/jobs';
import { indicatorsContract } from './contracts/indicators';
import { criteriaSetsContract } from './contracts/criteria-sets';
import { communeGroupsContract } from './contracts/commune-groups';
import { worksContract } from './contracts/works';
import { systemContract } from './contracts/system';
import { communesContract } from './contracts/communes';
import { dashboardContract } from './contracts/dashboard';
import { profileContract } from './contracts/profile';
import { overviewContract } from './contracts/overview';
import { printContract } from './contracts/print';
import { mapContract } from './contracts/map';

/**
 * The one API table: "domain.verb" → input schema + output type. Both transports (Electron IPC,
 * loopback HTTP bridge) carry exactly these calls; the renderer only sees `ApiClient`.
 * Channel "x.verb" is declared in contracts/<x>.ts (kebab-case) and served by electron/services/<x>(/index).ts.
 */
export const contract = {
  ...unitsContract,
  ...filesContract,
  ...documentsContract,
  ...settingsContract,
  ...ocopContract,
  ...fundingContract,
  ...criteriaContract,
  ...backupsContract,
  ...setupContract,
  ...successionsContract,
  ...jobsContract,
  ...indicatorsContract,
  ...criteriaSetsContract,
  ...communeGroupsContract,
  ...worksContract,
  ...systemContract,
  ...communesContract,
  ...dashboardContract,
  ...profileContract,
  ...overviewContract,
  ...printContract,
  ...mapContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller sends (before defaults/transforms). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a service receives (after validation). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export interface ApiClient {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}
