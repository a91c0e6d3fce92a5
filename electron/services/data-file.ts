/** Facts about the open data file that many domains ask: its plan year, whether it holds sample rows. */
import type { ServiceContext } from './context';
import { getSetting } from '../../db/repositories/settings';
import { anySampleRows } from '../../db/repositories/sample';

export const planYear = (ctx: ServiceContext): number => getSetting(ctx.db, 'planYear', 2022);

export const hasSampleData = (ctx: ServiceContext): boolean => anySampleRows(ctx.db);
