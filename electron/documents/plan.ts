/** Kế hoạch: the annual plan, laid out as a "văn bản có tên loại". */
import type { Document } from 'docx';
import type { PlanDocModel } from '../../shared/models/documents';
import { buildOfficialDocument } from './parts/official-document';

export function buildPlanDocument(model: PlanDocModel): Document {
  return buildOfficialDocument({ ...model, header: { ...model.header, typeName: 'KẾ HOẠCH' } });
}
