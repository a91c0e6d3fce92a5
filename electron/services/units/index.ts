/** Administrative units: the list at a date, adding, renaming, retiring, the district list, Excel. */
import type { HandlersOf } from '../handler';
import { createUnit, districtList, listUnits, renameUnit, retireUnit } from './list';
import { exportUnits } from './excel-export';
import { importApply, importPreview } from './excel-import';

export const unitsHandlers: HandlersOf<'units'> = {
  'units.districts': (ctx) => districtList(ctx),
  'units.list': (ctx, input) => listUnits(ctx, input),
  'units.add': (ctx, input) => createUnit(ctx, input),
  'units.rename': (ctx, input) => renameUnit(ctx, input),
  'units.retire': (ctx, input) => retireUnit(ctx, input),
  'units.export': (ctx, input) => exportUnits(ctx, input),
  'units.importPreview': (ctx, input) => importPreview(ctx, input),
  'units.importApply': (ctx, input) => importApply(ctx, input),
};
