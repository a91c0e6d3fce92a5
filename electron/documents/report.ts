/** Báo cáo: the periodic report; section I may hold result tables, annex tables go to appendices. */
import type { Document } from 'docx';
import type { ReportDocModel } from '../../shared/models/documents';
import { buildOfficialDocument } from './parts/official-document';

export function buildReportDocument(model: ReportDocModel): Document {
  return buildOfficialDocument({ ...model, header: { ...model.header, typeName: 'BÁO CÁO' } });
}
