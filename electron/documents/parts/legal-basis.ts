/**
 * The legal basis after the title. Plans usually write one upright "Thực hiện A; B; C;"
 * paragraph (the seed); decisions-style "Căn cứ" lines go one per line, italic, each ending
 * ';' and the last '.', which the builder enforces whatever was typed.
 */
import type { Paragraph } from 'docx';
import type { LegalBasis } from '../../../shared/models/documents';
import { STYLE } from '../styles';
import { para } from './primitives';
import { cleanInline, withEnding } from './text';

function withLead(item: string, lead: string): string {
  const t = cleanInline(item);
  return t.toLocaleLowerCase('vi-VN').startsWith(lead.toLocaleLowerCase('vi-VN')) ? t : `${lead} ${t}`;
}

export function buildLegalBasis(basis: LegalBasis | undefined): Paragraph[] {
  if (!basis) return [];
  const items = basis.items.map(cleanInline).filter(Boolean);
  if (items.length === 0) return [];
  if (basis.style === 'thuc_hien') {
    const lead = cleanInline(basis.intro) || 'Thực hiện';
    const joined = items.map((it) => withEnding(it, '')).join('; ');
    return [para(STYLE.body, withEnding(withLead(joined, lead), ';'))];
  }
  const lead = cleanInline(basis.intro) || 'Căn cứ';
  return items.map((it, i) => para(STYLE.basis, withEnding(withLead(it, lead), i === items.length - 1 ? '.' : ';')));
}
