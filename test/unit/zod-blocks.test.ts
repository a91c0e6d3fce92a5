import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { amount, id, importFile, isoDate, notes, text, year } from '../../shared/api/zod-blocks';
import { contract } from '../../shared/api/contract';
import { zodMessageVi } from '../../electron/services/zod-vi';

const message = (r: { success: boolean; error?: unknown }) => (r.success ? '' : zodMessageVi(r.error as never));

describe('zod building blocks', () => {
  it('isoDate takes only dates that exist on the calendar', () => {
    const d = isoDate('Ngày quyết định');
    expect(d.safeParse('2024-02-29').success).toBe(true);
    expect(d.safeParse('2022-12-31').success).toBe(true);
    expect(message(d.safeParse('2023-02-29'))).toContain('Ngày quyết định không phải ngày có thật');
    expect(message(d.safeParse('2022-02-31'))).toContain('Ngày quyết định không phải ngày có thật');
    expect(message(d.safeParse('2022-13-01'))).toContain('không phải ngày có thật');
    expect(message(d.safeParse('11/07/2022'))).toContain('Ngày quyết định phải có dạng ngày hợp lệ');
    expect(message(d.safeParse('2022-7-11'))).toContain('phải có dạng ngày hợp lệ');
  });

  it('year, id, amount and text keep their limits and Vietnamese messages', () => {
    expect(year.safeParse(2022).success).toBe(true);
    expect(message(year.safeParse(1999))).toContain('Năm phải từ 2000 trở đi');
    expect(year.safeParse(2022.5).success).toBe(false);
    expect(id.safeParse(1).success).toBe(true);
    expect(id.safeParse(0).success).toBe(false);
    expect(amount.safeParse(6_259_605_000).success).toBe(true);
    expect(message(amount.safeParse(-1))).toContain('Số tiền không được âm');
    expect(message(amount.safeParse(1.5))).toContain('nghìn đồng');
    expect(message(amount.safeParse(1e16))).toContain('Số tiền quá lớn');
    expect(text('Lý do', 500).parse('  ok  ')).toBe('ok');
    expect(message(text('Ghi chú', 2000).safeParse('x'.repeat(2001)))).toContain(
      'Ghi chú quá dài (tối đa 2.000 ký tự)',
    );
    expect(message(notes(1000).safeParse('x'.repeat(1001)))).toContain('Ghi chú quá dài (tối đa 1.000 ký tự)');
    expect(importFile.safeParse({ fileName: 'a.xlsx', base64: 'QQ==' }).success).toBe(true);
    expect(importFile.safeParse({ fileName: 'a/b.xlsx', base64: 'QQ==' }).success).toBe(false);
    expect(importFile.safeParse({ fileName: 'a.xlsx', base64: 'QQ==', extra: 1 }).success).toBe(false);
  });

  it('every contract checks real dates, including a document’s issue date', () => {
    const input = { id: 1, issuedDate: '2022-02-31' };
    expect(message(contract['documents.update'].input.safeParse(input))).toContain('không phải ngày có thật');
    expect(contract['documents.update'].input.safeParse({ ...input, issuedDate: '2024-02-29' }).success).toBe(true);
    expect(contract['funding.overview'].input.safeParse({ year: 2022, asOf: '2023-02-29' }).success).toBe(false);
  });

  it('no contract file keeps its own copy of a block', () => {
    const dir = path.resolve('shared/api/contracts');
    const copies =
      /const (id|year|isoDate|text|importFile|amountSchema) = |\\d\{4\}-\\d\{2\}-\\d\{2\}|z\.number\(\)\.int\(\)\.positive\(\)/;
    for (const f of fs.readdirSync(dir)) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(copies.exec(src)?.[0], f).toBeUndefined();
    }
  });
});
