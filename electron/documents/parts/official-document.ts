/**
 * One builder for every "văn bản có tên loại" (Decree 30, Phụ lục III mẫu 1.4): header, title,
 * legal basis, intro, sections, closing './.', signature and recipients, then one landscape
 * section per appendix. Plans and reports are thin wrappers around it.
 */
import { Document, type FileChild, type ISectionOptions } from 'docx';
import type { OfficialDocModel } from '../../../shared/models/documents';
import { documentStyles, STYLE } from '../styles';
import { buildAppendixSection, TYPE_LABEL } from './appendix';
import { buildClosing, buildSections, endMarkOnLastBlock } from './blocks';
import { buildHeaderTable } from './header';
import { buildLegalBasis } from './legal-basis';
import { contentWidth, pageSection } from './page';
import { para } from './primitives';
import { buildSignatureTable } from './signature';
import { cleanInline } from './text';
import { buildTitle } from './title';
import { RawTables } from './raw-tables';

export const DEFAULT_CREATOR = 'NTM Office';
/** Used when neither the model nor its header carries a date, so packing stays deterministic. */
const FALLBACK_TIMESTAMP = '2020-01-01T00:00:00.000Z';

export interface PackMeta {
  title: string;
  creator: string;
  /** Written as created/modified in docProps/core.xml and as every zip entry's time. */
  timestampIso: string;
}

/** What packing needs: the docx document, its pinned metadata and the data tables it stands in for. */
export interface BuiltDocument {
  document: Document;
  meta: PackMeta;
  tables: RawTables;
}

function timestampOf(model: OfficialDocModel): string {
  const candidate =
    model.meta?.createdIso ?? (model.header.dateIso ? `${model.header.dateIso}T00:00:00.000Z` : undefined);
  const t = candidate ? new Date(candidate) : undefined;
  return t && !Number.isNaN(t.getTime()) ? t.toISOString() : FALLBACK_TIMESTAMP;
}

/** "Kế hoạch thực hiện Chương trình …" for the file's title property. */
function documentTitle(model: OfficialDocModel): string {
  const summary = cleanInline(model.header.summary);
  const label = TYPE_LABEL[model.header.typeName];
  return summary ? `${label} ${summary.charAt(0).toLocaleLowerCase('vi-VN')}${summary.slice(1)}` : label;
}

function mainChildren(model: OfficialDocModel, tables: RawTables): FileChild[] {
  const width = contentWidth('portrait');
  const closing = buildClosing(model.closing);
  // Without a closing sentence the './.' goes on the last narrative paragraph instead.
  const sections = closing.length ? model.sections : endMarkOnLastBlock(model.sections);
  const intro = cleanInline(model.intro);
  return [
    buildHeaderTable(model.header, width),
    ...buildTitle(model.header, width),
    ...buildLegalBasis(model.legalBasis),
    ...(intro ? [para(STYLE.body, intro)] : []),
    ...buildSections(sections, width, tables),
    ...closing,
    buildSignatureTable(model.signature, model.recipients, width),
  ];
}

export function buildOfficialDocument(model: OfficialDocModel): BuiltDocument {
  const tables = new RawTables();
  const mark = cleanInline(model.draftMark) || undefined;
  const sections: ISectionOptions[] = [
    pageSection(mainChildren(model, tables), 'portrait', mark),
    ...(model.appendices ?? []).map((a) => buildAppendixSection(a, model.header, tables, mark)),
  ];
  const meta: PackMeta = {
    title: documentTitle(model),
    creator: cleanInline(model.meta?.creator) || DEFAULT_CREATOR,
    timestampIso: timestampOf(model),
  };
  const document = new Document({
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    title: meta.title,
    revision: 1,
    styles: documentStyles,
    sections,
  });
  return { document, meta, tables };
}
