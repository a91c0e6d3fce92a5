/** indicators.*: indicator values, overrides and the shortfall list (rules in criteria/). */
import type { HandlersOf } from './handler';
import { indicatorPanel, setOverride, setValues } from './criteria/indicator-values';
import { exportValues } from './criteria/values-excel-export';
import { valuesImportApply, valuesImportPreview } from './criteria/values-excel-import';
import { shortfall } from './criteria/shortfall';
import { exportShortfall } from './criteria/shortfall-excel-export';

export const indicatorsHandlers: HandlersOf<'indicators'> = {
  'indicators.panel': (ctx, { year, communeId, criterionId }) => indicatorPanel(ctx, year, communeId, criterionId),
  'indicators.setValues': (ctx, { year, changes }) => setValues(ctx, year, changes),
  'indicators.override': (ctx, input) => setOverride(ctx, input),
  'indicators.export': (ctx, { year }) => exportValues(ctx, year),
  'indicators.importPreview': (ctx, input) => valuesImportPreview(ctx, input),
  'indicators.importApply': (ctx, input) => valuesImportApply(ctx, input),
  'indicators.shortfall': (ctx, { year }) => shortfall(ctx, year),
  'indicators.exportShortfall': (ctx, { year }) => exportShortfall(ctx, year),
};
