import { describe, it, expect } from 'vitest';
import os from 'node:os';
import { call, refused, tempContexts } from '../helpers/dispatch';
import { pdfFileName } from '../../electron/services/print';

const open = tempContexts();

describe('Tổng quan, people on audit rows, printing', () => {
  it('gives plan against result, progress, criteria counts, funding by source and what is due', async () => {
    const ctx = await open();
    const o = await call(ctx, 'overview.year', { year: 2022 });
    expect(o.communeTotal).toBe(51);
    expect(o.levels.map((l) => [l.level, l.actual])).toEqual([
      ['ntm', 38],
      ['nang_cao', 9],
      ['kieu_mau', 1],
    ]);
    expect(o.levels[0]!.planned).toBe(38);
    expect(o.byCriteriaMet).toHaveLength(20);
    expect(o.byCriteriaMet.reduce((s, b) => s + b.count, 0)).toBe(o.withResults);
    expect(o.progress.map((p) => p.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    expect(o.progress.at(-1)!.ntm).toBe(38);
    expect(o.funding!.total.need).toBe(6_259_605);
    expect(o.funding!.total.rate).toBeCloseTo((o.funding!.total.disbursed! / o.funding!.total.allocated!) * 100, 0);
    expect(o.due.reports.map((r) => r.period)).toEqual(['2022-H1', '2022-Y']);
    expect(o.hasDistricts).toBe(true);
    // After 1/7/2025 there is no district level.
    expect((await call(ctx, 'overview.year', { year: 2026 })).hasDistricts).toBe(false);
    // Nothing entered: «chưa có số liệu», never 0.
    const empty = await call(ctx, 'overview.year', { year: 2030 });
    expect(empty.avgCriteria).toBeNull();
    expect(empty.withResults).toBe(0);
  });

  it('follows every write: the reused overview is recomputed once the data changed', async () => {
    const ctx = await open();
    const before = await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'all' } });
    const c = before.rows.find((x) => x.met !== null && x.met > 0)!;
    const matrix = await call(ctx, 'criteria.matrix', { year: 2022 });
    await call(ctx, 'criteria.setResults', {
      year: 2022,
      changes: matrix.criteria.map((k) => ({ communeId: c.id, criterionId: k.id, met: false })),
    });
    const after = await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'met', met: 0 } });
    expect(after.rows.map((x) => x.id)).toContain(c.id);
  });

  it('lists the xã behind a figure: filtered, counted, the first rows or all of them, or grouped', async () => {
    const ctx = await open();
    const o = await call(ctx, 'overview.year', { year: 2022 });
    const all = await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'all' } });
    expect(all.total).toBe(o.communeTotal);
    expect(all.rows).toHaveLength(o.communeTotal);
    const first = await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'all' }, limit: 10 });
    expect(first.total).toBe(o.communeTotal);
    expect(first.rows.map((r) => r.id)).toEqual(all.rows.slice(0, 10).map((r) => r.id));
    const ntm = await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'level', level: 'ntm' } });
    expect(ntm.total).toBe(o.levels[0]!.actual);
    const nc2020 = await call(ctx, 'overview.communes', {
      year: 2022,
      filter: { kind: 'level', level: 'nang_cao', upToYear: 2020 },
    });
    expect(nc2020.rows.every((r) => r.levelYear! <= 2020 && (r.level === 'nang_cao' || r.level === 'kieu_mau'))).toBe(
      true,
    );
    const met19 = await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'met', met: 19 } });
    expect(met19.total).toBe(o.byCriteriaMet[19]!.count);
    expect((await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'atRisk' } })).total).toBe(
      o.atRiskCount,
    );
    expect((await call(ctx, 'overview.communes', { year: 2022, filter: { kind: 'noResults' } })).total).toBe(
      o.communeTotal - o.withResults,
    );
    const districts = await call(ctx, 'overview.communesByDistrict', { year: 2022, filter: { kind: 'all' } });
    expect(districts).toHaveLength(8);
    expect(districts.reduce((s, d) => s + d.communes, 0)).toBe(o.communeTotal);
    expect((await refused(ctx, 'overview.communes', { year: 2022, filter: { kind: 'met', met: -1 } })).code).toBe(
      'VALIDATION',
    );
  });

  it('lists the units behind a funding source and the products behind a star count', async () => {
    const ctx = await open();
    const units = await call(ctx, 'overview.fundingUnits', { year: 2022, sourceCode: 'trung_uong' });
    expect(units.length).toBe(51);
    const districts = await call(ctx, 'overview.fundingUnits', {
      year: 2022,
      sourceCode: 'trung_uong',
      byDistrict: true,
    });
    expect(districts.length).toBe(8);
    expect((await refused(ctx, 'overview.fundingUnits', { year: 2022, sourceCode: 'khong_co' })).message).toContain(
      'khong_co',
    );
    const o = await call(ctx, 'overview.year', { year: 2022 });
    const four = o.ocop.validByStars.find((s) => s.stars === 4)!;
    const products = await call(ctx, 'overview.ocopProducts', { year: 2022, stars: 4 });
    expect(products).toHaveLength(four.count);
    expect(products.every((p) => p.stars === 4)).toBe(true);
  });

  it('records the OS account and the display name with each audited change', async () => {
    const ctx = await open();
    const account = os.userInfo().username;
    expect((await call(ctx, 'profile.get', {})).account).toBe(account);
    await call(ctx, 'profile.update', { displayName: 'Trần Thị Bình' });
    await call(ctx, 'communes.update', { id: (await call(ctx, 'communes.list', {}))[0]!.id, notes: 'ghi chú' });
    const actors = ctx.sqlite.prepare('SELECT actor FROM audit_log ORDER BY id DESC LIMIT 2').pluck().all();
    expect(actors).toEqual([`Trần Thị Bình (${account})`, account]);
    expect((await refused(ctx, 'profile.update', { displayName: '<script>' })).code).toBe('VALIDATION');
  });

  it('says the browser prints when there is no shell, and names PDFs safely', async () => {
    const ctx = await open();
    expect(await call(ctx, 'print.page', { mode: 'pdf', title: 'Danh sách xã' })).toEqual({
      handled: false,
      savedPath: null,
    });
    expect(pdfFileName('KẾ HOẠCH Thực hiện Chương trình MTQG năm 2022')).toBe(
      'KE-HOACH-Thuc-hien-Chuong-trinh-MTQG-nam-2022.pdf',
    );
  });
});
