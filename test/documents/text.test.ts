import { describe, it, expect } from 'vitest';
import { buildOfficialDocument } from '../../electron/documents/parts/official-document';
import { cleanInline, cleanText, withEndMark, withEnding } from '../../electron/documents/parts/text';
import { formatRecipients } from '../../electron/documents/parts/signature';
import { formatDocNumber, formatPlaceDate } from '../../electron/documents/parts/header';
import { textWidthTwips } from '../../electron/documents/parts/measure';
import { STYLE } from '../../electron/documents/styles';
import { plan2022 } from './fixtures/plan-2022';
import { findAll, parseXml, styleOf, textOf, unpack } from './helpers';

const LONG_WORD = 'Đ'.repeat(250) + 'x'.repeat(250);
const NASTY =
  'Tab\there\u0000 nul\u0001\u0008 ctl\u000B\u000C\u001F, C1\u0085, lone \uD800 high, lone \uDC00 low, ' +
  'nonchar \uFFFE\uFFFF, emoji 🌾🏡👍🏽, xml <b>&amp; "quotes" \'apos\', decomposed Ha\u0323\u0302u Giang\r\nnext line';

describe('cleanText', () => {
  it('drops characters XML 1.0 forbids, keeps emoji and line breaks, turns tabs into spaces', () => {
    const out = cleanText(NASTY);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0085\uFFFE\uFFFF\t]/);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(out).toContain('🌾🏡👍🏽');
    expect(out).toContain('Tab here');
    expect(out).toContain('Hậu Giang'); // composed (NFC)
    expect(out).toContain('\nnext line');
    expect(cleanInline('a\n  b\t\tc ')).toBe('a b c');
    expect(cleanText(undefined)).toBe('');
  });

  it('enforces line endings and the final "./."', () => {
    expect(withEnding('Quyết định số 263/QĐ-TTg.', ';')).toBe('Quyết định số 263/QĐ-TTg;');
    expect(withEnding('Lưu: VT;  ', '.')).toBe('Lưu: VT.');
    expect(withEndMark('xem xét, chỉ đạo')).toBe('xem xét, chỉ đạo./.');
    expect(withEndMark('xem xét, chỉ đạo.')).toBe('xem xét, chỉ đạo./.');
    expect(withEndMark('xem xét, chỉ đạo./.')).toBe('xem xét, chỉ đạo./.');
    expect(withEndMark('như sau;')).toBe('như sau./.');
  });

  it('formats recipients, numbers and dates the Decree 30 way', () => {
    expect(formatRecipients(['- VPĐP nông thôn mới TW', 'Sở, ban ngành tỉnh.', ' ', 'Lưu: VT;'])).toEqual([
      '- VPĐP nông thôn mới TW;',
      '- Sở, ban ngành tỉnh;',
      '- Lưu: VT.',
    ]);
    expect(formatDocNumber(5)).toBe('05');
    expect(formatDocNumber('7')).toBe('07');
    expect(formatDocNumber('120')).toBe('120');
    expect(formatDocNumber(null).trim()).toBe('');
    expect(formatPlaceDate('Hậu Giang', '2022-02-05')).toBe('Hậu Giang, ngày 05 tháng 02 năm 2022');
    expect(formatPlaceDate('Hậu Giang', null)).toMatch(/^Hậu Giang, ngày\s+tháng\s+năm\s+$/);
  });

  it('estimates Times New Roman widths close to the real metrics', () => {
    // "Độc lập - Tự do - Hạnh phúc" in 13 pt bold is about 2.8 inches wide.
    const w = textWidthTwips('Độc lập - Tự do - Hạnh phúc', 13, true);
    expect(w).toBeGreaterThan(2900);
    expect(w).toBeLessThan(3300);
  });
});

describe('bad input never makes a corrupt document', () => {
  it('builds valid XML from emoji, tabs, control characters and a 500-character word', async () => {
    const model = plan2022();
    model.header.summary = `${NASTY} ${LONG_WORD}`;
    model.intro = NASTY;
    model.sections[0]!.blocks.push(
      { kind: 'paragraph', text: LONG_WORD },
      { kind: 'bullet', text: `- ${NASTY}` },
      { kind: 'heading', level: 'point', number: 'a', title: NASTY, text: LONG_WORD },
    );
    model.recipients.push(NASTY);
    model.signature.name = `Trương Cảnh Tuyên\u0007`;
    model.appendices![0]!.table.rows.push([NASTY, LONG_WORD, 12.5, null, '\t', '', '']);
    const u = await unpack(buildOfficialDocument(model));
    // parseXml (saxes) is strict XML 1.0: it throws on any forbidden character or bad escape.
    expect(() => parseXml(u.documentXml)).not.toThrow();
    const parts = Object.keys(u.zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(parts.length).toBeGreaterThan(5);
    for (const name of parts) {
      const xml = await u.part(name);
      expect(() => parseXml(xml), name).not.toThrow();
    }
    expect(u.documentXml).toContain('🌾🏡👍🏽');
    expect(u.documentXml).toContain(LONG_WORD);
    expect(u.documentXml).toContain('&lt;b&gt;&amp;amp;');
    expect(u.documentXml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(u.documentXml).not.toContain('\t');
    const texts = findAll(u.body, 'w:p').map((p) => ({ style: styleOf(p), text: textOf(p) }));
    expect(texts.find((t) => t.style === STYLE.signName)?.text).toBe('Trương Cảnh Tuyên');
    expect(texts.filter((t) => t.style === STYLE.bullet).some((t) => t.text.startsWith('- Tab here nul ctl'))).toBe(
      true,
    );
    expect(texts.find((t) => t.text.startsWith('a) '))?.text.endsWith(LONG_WORD)).toBe(true);
  });
});

describe('data tables spliced in at packing', () => {
  it('cannot be triggered or displaced by anything a person types', async () => {
    const model = plan2022();
    const typed = ['NTMRAWTABLE1X', '0', '1', '<w:p>NtmRawTableSlot</w:p>'];
    model.sections[0]!.blocks.push(...typed.map((text) => ({ kind: 'paragraph' as const, text })));
    const u = await unpack(buildOfficialDocument(model));
    const paragraphs = findAll(u.body, 'w:p').map(textOf);
    for (const t of typed) expect(paragraphs).toContain(t);
    expect(u.documentXml).not.toContain('w:val="NtmRawTableSlot"');
    // Both appendix tables are in place.
    expect(findAll(u.body, 'w:tbl').length).toBeGreaterThanOrEqual(3);
  });
});
