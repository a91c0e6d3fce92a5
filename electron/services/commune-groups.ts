/** communeGroups.*: commune groups of QĐ 51/2025 per year (rules in criteria/groups.ts). */
import type { HandlersOf } from './handler';
import { exportGroups, groupsImportApply, groupsImportPreview, listGroups, saveGroups } from './criteria/groups';

export const communeGroupsHandlers: HandlersOf<'communeGroups'> = {
  'communeGroups.list': (ctx, { year }) => listGroups(ctx, year),
  'communeGroups.save': (ctx, input) => saveGroups(ctx, input),
  'communeGroups.export': (ctx, { year }) => exportGroups(ctx, year),
  'communeGroups.importPreview': (ctx, { year, fileName, base64 }) => groupsImportPreview(ctx, year, fileName, base64),
  'communeGroups.importApply': (ctx, { year, fileName, base64 }) => groupsImportApply(ctx, year, fileName, base64),
};
