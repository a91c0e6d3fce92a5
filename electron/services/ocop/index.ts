/** OCOP services: the register, scoring and recognition, dossiers, calendar, targets, Excel. */
import type { HandlersOf } from '../handler';
import { listProducers, listProducts, ocopMeta, saveProducer, saveProduct } from './registry';
import { addVersion } from './versions';
import { recognise, removeEvaluation, revoke, saveEvaluation } from './evaluations';
import { attachDossierFile, detachDossierFile, openDossierFile, setDossierItem } from './dossier';
import { copyTargets, ocopPlanTargets, saveTarget } from './targets';
import { productDetail } from './product';
import { ocopCalendar, ocopSummary } from './calendar';
import { exportOcop } from './excel-export';
import { importApply, importPreview } from './excel-import';

export { ocopPlanTargets } from './targets';
export { ocopReportData } from './report';

export const ocopHandlers: HandlersOf<'ocop'> = {
  'ocop.meta': (ctx) => ocopMeta(ctx),
  'ocop.producers': (ctx, input) => listProducers(ctx, input),
  'ocop.producerSave': (ctx, input) => saveProducer(ctx, input),
  'ocop.products': (ctx, input) => listProducts(ctx, input),
  'ocop.productSave': (ctx, input) => saveProduct(ctx, input),
  'ocop.product': (ctx, { id, asOf }) => productDetail(ctx, id, asOf),
  'ocop.versionAdd': (ctx, input) => addVersion(ctx, input),
  'ocop.evaluationSave': (ctx, input) => saveEvaluation(ctx, input),
  'ocop.evaluationDelete': (ctx, input) => removeEvaluation(ctx, input),
  'ocop.recognise': (ctx, input) => recognise(ctx, input),
  'ocop.revoke': (ctx, input) => revoke(ctx, input),
  'ocop.dossierSet': (ctx, input) => setDossierItem(ctx, input),
  'ocop.dossierAttach': (ctx, input) => attachDossierFile(ctx, input),
  'ocop.dossierOpen': (ctx, input) => openDossierFile(ctx, input),
  'ocop.dossierDetach': (ctx, input) => detachDossierFile(ctx, input),
  'ocop.targets': (ctx, { year }) => ocopPlanTargets(ctx, year),
  /** Starts a year's targets from another year's (same kinds, units and levels), in one transaction. */
  'ocop.targetsCopy': (ctx, input) => copyTargets(ctx, input),
  'ocop.targetSave': (ctx, input) => saveTarget(ctx, input),
  'ocop.calendar': (ctx, { asOf }) => ocopCalendar(ctx, asOf),
  'ocop.summary': (ctx, { asOf }) => ocopSummary(ctx, asOf),
  'ocop.export': (ctx, { asOf }) => exportOcop(ctx, asOf ?? ctx.now().toISOString().slice(0, 10)),
  'ocop.importPreview': (ctx, input) => importPreview(ctx, input),
  'ocop.importApply': (ctx, input) => importApply(ctx, input),
};
