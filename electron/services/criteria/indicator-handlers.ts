/** Criteria-set editing, commune groups, indicator values and the shortfall list. */
import type { HandlersOf } from '../handler';
import { createSet, dependentsOf, removeCriterion, removeIndicator, saveCriterion, saveIndicator, saveThreshold, updateSetFields } from './set-edit';
import { exportSet, setImportApply, setImportPreview } from './set-excel';
import { exportGroups, groupsImportApply, groupsImportPreview, listGroups, saveGroups } from './groups';
import { indicatorPanel, setOverride, setValues } from './indicator-values';
import { exportValues, valuesImportApply, valuesImportPreview } from './values-excel';
import { shortfall } from './shortfall';
import { exportShortfall } from './shortfall-excel';

export const criteriaSetsHandlers: HandlersOf<'criteriaSets'> = {
  'criteriaSets.create': (ctx, { fields, copyFrom }) => createSet(ctx, fields, copyFrom),
  'criteriaSets.update': (ctx, { id, fields }) => updateSetFields(ctx, id, fields),
  'criteriaSets.saveCriterion': (ctx, input) => saveCriterion(ctx, input),
  'criteriaSets.removeCriterion': (ctx, { id }) => removeCriterion(ctx, id),
  'criteriaSets.dependents': (ctx, { criterionId }) => dependentsOf(ctx, criterionId),
  'criteriaSets.saveIndicator': (ctx, input) => saveIndicator(ctx, input),
  'criteriaSets.removeIndicator': (ctx, { id }) => removeIndicator(ctx, id),
  'criteriaSets.saveThreshold': (ctx, input) => saveThreshold(ctx, input),
  'criteriaSets.export': (ctx, { setId }) => exportSet(ctx, setId),
  'criteriaSets.importPreview': (ctx, { setId, fileName, base64 }) => setImportPreview(ctx, setId, fileName, base64),
  'criteriaSets.importApply': (ctx, { setId, fileName, base64 }) => setImportApply(ctx, setId, fileName, base64),
};

export const communeGroupsHandlers: HandlersOf<'communeGroups'> = {
  'communeGroups.list': (ctx, { year }) => listGroups(ctx, year),
  'communeGroups.save': (ctx, input) => saveGroups(ctx, input),
  'communeGroups.export': (ctx, { year }) => exportGroups(ctx, year),
  'communeGroups.importPreview': (ctx, { year, fileName, base64 }) => groupsImportPreview(ctx, year, fileName, base64),
  'communeGroups.importApply': (ctx, { year, fileName, base64 }) => groupsImportApply(ctx, year, fileName, base64),
};

export const indicatorsHandlers: HandlersOf<'indicators'> = {
  'indicators.panel': (ctx, { year, communeId, criterionId }) => indicatorPanel(ctx, year, communeId, criterionId),
  'indicators.setValues': (ctx, { year, changes }) => setValues(ctx, year, changes),
  'indicators.override': (ctx, input) => setOverride(ctx, input),
  'indicators.export': (ctx, { year }) => exportValues(ctx, year),
  'indicators.importPreview': (ctx, { fileName, base64 }) => valuesImportPreview(ctx, fileName, base64),
  'indicators.importApply': (ctx, { fileName, base64 }) => valuesImportApply(ctx, fileName, base64),
  'indicators.shortfall': (ctx, { year }) => shortfall(ctx, year),
  'indicators.exportShortfall': (ctx, { year }) => exportShortfall(ctx, year),
};
