/**
 * The foot of the body (Decree 30, boxes 7 and 9b): a borderless two-column table with
 * "Nơi nhận:" and its lines on the left, and the signer's authority, room for the signature
 * and seal, and the name on the right.
 */
import type { Paragraph, Table } from 'docx';
import type { Signature } from '../../../shared/models/documents';
import { SIGNATURE_LEFT_RATIO, STYLE } from '../styles';
import { layoutCell, layoutTable, para, splitWidth } from './primitives';
import { cleanInline, cleanLines, stripMarker, upperVi, withEnding } from './text';

/** Space between the closing sentence and the signature block, on top of the paragraph's own 6 pt. */
const SIGNATURE_GAP = 120;

/** Each recipient line is "- …;", the last "- ….", whatever was typed. */
export function formatRecipients(recipients: string[]): string[] {
  const items = recipients.map((r) => withEnding(stripMarker(r, '-'), '')).filter(Boolean);
  return items.map((r, i) => `- ${r}${i === items.length - 1 ? '.' : ';'}`);
}

function recipientParagraphs(recipients: string[]): Paragraph[] {
  const lines = formatRecipients(recipients);
  if (lines.length === 0) return [];
  return [para(STYLE.recipientsTitle, 'Nơi nhận:'), ...lines.map((l) => para(STYLE.recipient, l))];
}

function signerParagraphs(sig: Signature): Paragraph[] {
  const authority = sig.authority.flatMap(cleanLines).map(upperVi);
  const name = cleanInline(sig.name);
  return [...authority.map((l) => para(STYLE.signAuthority, l)), para(STYLE.signName, name)];
}

export function buildSignatureTable(sig: Signature, recipients: string[], contentWidth: number): Table {
  const [left, right] = splitWidth(contentWidth, SIGNATURE_LEFT_RATIO);
  return layoutTable(
    [left, right],
    [[layoutCell(left, recipientParagraphs(recipients)), layoutCell(right, signerParagraphs(sig))]],
    true,
    SIGNATURE_GAP,
  );
}
