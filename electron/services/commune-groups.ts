/** communeGroups.*: commune groups of QĐ 51/2025 per year (rules in criteria/groups.ts). */
import type { HandlersOf } from './handler';
import { listGroups, saveGroups } from './criteria/groups';
import { exportGroups } from './criteria/groups-excel-export';
import { groupsImportApply, groupsImportPreview } from './criteria/groups-excel-import';

export const communeGroupsHandlers: HandlersOf<'communeGroups'> = {
  'communeGroups.list': (ctx, { year }) => listGroups(ctx, year),
  'communeGroups.save': (ctx, input) => saveGroups(ctx, input),
  'communeGroups.export': (ctx, { year }) => exportGroups(ctx, year),
  'communeGroups.importPreview': (ctx, input) => groupsImportPreview(ctx, input),
  'communeGroups.importApply': (ctx, input) => groupsImportApply(ctx, input),
};
