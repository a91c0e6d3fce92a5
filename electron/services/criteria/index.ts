/**
 * NTM communes and criteria: the commune × criteria matrix, recognitions, yearly targets and the
 * province's figures. criteriaPlanData / criteriaReportData (plan-data.ts) serve the documents domain.
 */
import type { HandlersOf } from '../handler';
import { loadMatrix, setResults } from './matrix';
import { communeHistory } from './history';
import { recognitionsList, recognize, revoke } from './recognitions';
import { listTargets, removeTarget, saveProvinceTarget, setTarget } from './targets';
import { criteriaFigures } from './figures';
import { criteriaSetDetail, criteriaSets, editThreshold } from './sets';
import { exportMatrix } from './matrix-excel-export';
import { importApply, importPreview } from './matrix-excel-import';
import { whileUnchanged } from '../read-cache';

export { criteriaPlanData, criteriaReportData } from './plan-data';

export const criteriaHandlers: HandlersOf<'criteria'> = {
  'criteria.sets': (ctx) => criteriaSets(ctx),
  'criteria.setDetail': (ctx, { setId }) => criteriaSetDetail(ctx, setId),
  'criteria.updateThreshold': (ctx, input) => editThreshold(ctx, input),
  // Opening the grid again without a change in between (switching sections) reuses the last read.
  'criteria.matrix': (ctx, { year }) => whileUnchanged(ctx, `criteria.matrix|${year}`, () => loadMatrix(ctx, year)),
  'criteria.setResults': (ctx, { year, changes }) => setResults(ctx, year, changes),
  'criteria.history': (ctx, { communeId }) => communeHistory(ctx, communeId),
  'criteria.recognitions': (ctx, filter) => recognitionsList(ctx, filter),
  'criteria.recognize': (ctx, input) => recognize(ctx, input),
  'criteria.revoke': (ctx, input) => revoke(ctx, input),
  'criteria.targets': (ctx, { year }) => listTargets(ctx, year),
  'criteria.setTarget': (ctx, input) => setTarget(ctx, input),
  'criteria.removeTarget': (ctx, { id }) => removeTarget(ctx, id),
  'criteria.setProvinceTarget': (ctx, input) => saveProvinceTarget(ctx, input),
  'criteria.figures': (ctx, { year }) => criteriaFigures(ctx, year),
  'criteria.export': (ctx) => exportMatrix(ctx),
  'criteria.importPreview': (ctx, input) => importPreview(ctx, input),
  'criteria.importApply': (ctx, input) => importApply(ctx, input),
};
