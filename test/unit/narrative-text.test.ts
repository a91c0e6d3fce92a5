import { describe, it, expect } from 'vitest';
import { blocksToText, linesToList, textToBlocks } from '../../renderer/lib/narrative-text';
import { PLAN_NARRATIVE_2022 } from '../../db/seed/data/plan-narrative-2022';

describe('narrative as plain text', () => {
  it('reads headings, points, bullets and paragraphs', () => {
    expect(
      textToBlocks(
        '1. Mục đích\nTiếp tục triển khai.\n- ý một\n+ ý phụ\na) Điểm a\n2. Đề nghị UBMTTQ | phối hợp thực hiện',
      ),
    ).toEqual([
      { kind: 'heading', level: 'item', number: '1.', title: 'Mục đích' },
      { kind: 'paragraph', text: 'Tiếp tục triển khai.' },
      { kind: 'bullet', text: 'ý một' },
      { kind: 'plus', text: 'ý phụ' },
      { kind: 'heading', level: 'point', number: 'a)', title: 'Điểm a' },
      { kind: 'heading', level: 'item', number: '2.', title: 'Đề nghị UBMTTQ', text: 'phối hợp thực hiện' },
    ]);
  });

  it('round-trips the office 2022 narrative without loss', () => {
    for (const blocks of [PLAN_NARRATIVE_2022.mucDich, PLAN_NARRATIVE_2022.nhiemVu, PLAN_NARRATIVE_2022.toChuc]) {
      expect(textToBlocks(blocksToText(blocks))).toEqual(blocks);
    }
  });

  it('keeps odd characters and drops empty lines', () => {
    expect(textToBlocks('\n\tCó tab\tở giữa 🌾\n\n')).toEqual([{ kind: 'paragraph', text: 'Có tab\tở giữa 🌾' }]);
    expect(linesToList('- VPĐP nông thôn mới TW;\n\n Lưu: VT.')).toEqual(['VPĐP nông thôn mới TW;', 'Lưu: VT.']);
  });
});
