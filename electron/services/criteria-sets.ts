/** criteriaSets.*: criteria sets as data the office edits (rules in criteria/set-edit.ts, set-excel-*.ts). */
import type { HandlersOf } from './handler';
import {
  createSet,
  dependentsOf,
  removeCriterion,
  removeIndicator,
  saveCriterion,
  saveIndicator,
  saveThreshold,
  updateSetFields,
} from './criteria/set-edit';
import { exportSet } from './criteria/set-excel-export';
import { setImportApply, setImportPreview } from './criteria/set-excel-import';

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
  'criteriaSets.importPreview': (ctx, input) => setImportPreview(ctx, input),
  'criteriaSets.importApply': (ctx, input) => setImportApply(ctx, input),
};
