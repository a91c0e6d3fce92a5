import type { HandlersOf } from '../handler';
import {
  checkDocument,
  createPlan,
  createReport,
  deleteDraft,
  documentDetail,
  generateDocx,
  issueDocument,
  listDocumentRows,
  previewModel,
  updateDraft,
} from './register';

export { checksOf, documentForCli, documentModel, fileNameOf, renderDocx } from './register';

export const documentsHandlers: HandlersOf<'documents'> = {
  'documents.list': (ctx, input) => listDocumentRows(ctx, input),
  'documents.get': (ctx, input) => documentDetail(ctx, input),
  'documents.createPlan': (ctx, input) => createPlan(ctx, input),
  'documents.createReport': (ctx, input) => createReport(ctx, input),
  'documents.update': (ctx, input) => updateDraft(ctx, input),
  'documents.preview': (ctx, input) => previewModel(ctx, input),
  // Runs as a job too (progress, cancel): it writes nothing, so it can be stopped at any stage.
  'documents.generate': (ctx, input) => generateDocx(ctx, input),
  'documents.check': (ctx, input) => checkDocument(ctx, input),
  'documents.issue': (ctx, input) => issueDocument(ctx, input),
  'documents.delete': (ctx, input) => deleteDraft(ctx, input),
};
