import { describe, it, expect } from 'vitest';
import { blockSchema, blocksSchema } from '../../shared/models/documents';
import { resolveColumnWidths } from '../../electron/documents/parts/table';
import { toRoman } from '../../electron/documents/parts/text';
import { plan2022 } from './fixtures/plan-2022';

describe('blockSchema', () => {
  it('accepts every narrative block of the seed plan', () => {
    const narrative = plan2022()
      .sections.flatMap((s) => s.blocks)
      .filter((b) => b.kind !== 'table');
    expect(blocksSchema.safeParse(narrative).success).toBe(true);
  });

  it('rejects unknown kinds, unknown fields and over-long text', () => {
    expect(blockSchema.safeParse({ kind: 'image', src: 'x' }).success).toBe(false);
    expect(blockSchema.safeParse({ kind: 'bullet', text: 'a', color: 'red' }).success).toBe(false);
    expect(blockSchema.safeParse({ kind: 'heading', level: 'chapter', title: 'x' }).success).toBe(false);
    expect(blockSchema.safeParse({ kind: 'paragraph', text: 'x'.repeat(20_001) }).success).toBe(false);
    expect(blockSchema.safeParse({ kind: 'heading', level: 'point', number: 'a', title: 'x', text: 'y' }).success).toBe(
      true,
    );
  });
});

describe('resolveColumnWidths', () => {
  it('fills the available width, sharing the rest between columns without a width', () => {
    const w = resolveColumnWidths([{ title: 'TT', widthTwips: 700 }, { title: 'A' }, { title: 'B' }], 9355);
    expect(w.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(w[0]).toBe(700);
    expect(Math.abs(w[1]! - w[2]!)).toBeLessThanOrEqual(1);
  });

  it('scales given widths down when they overflow and keeps a narrow table narrow', () => {
    const over = resolveColumnWidths(
      [
        { title: 'A', widthTwips: 10_000 },
        { title: 'B', widthTwips: 10_000 },
      ],
      9000,
    );
    expect(over).toEqual([4500, 4500]);
    expect(
      resolveColumnWidths(
        [
          { title: 'A', widthTwips: 2000 },
          { title: 'B', widthTwips: 1000 },
        ],
        9000,
      ),
    ).toEqual([2000, 1000]);
  });
});

describe('toRoman', () => {
  it('numbers sections', () => {
    expect([1, 2, 3, 4, 5, 9, 14].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV']);
  });
});
