import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import { tempContext, tempDataDir } from '../helpers/temp';
import type { CommuneRow, DashboardSummary, DistrictRow } from '../../shared/models/units';

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

async function ctxAt(dir = tempDataDir()) {
  const ctx = await tempContext(dir);
  opened.push(ctx);
  return ctx;
}

const ok = <T>(r: Awaited<ReturnType<typeof dispatch>>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

describe('communes and dashboard services', () => {
  it('lists the 51 communes of Hậu Giang under 8 district-level units', async () => {
    const ctx = await ctxAt();
    const communes = ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', {}));
    expect(communes).toHaveLength(51);
    const districts = ok<DistrictRow[]>(await dispatch(ctx, 'units.districts', {}));
    expect(districts).toHaveLength(8);
    expect(districts.reduce((s, d) => s + d.communeCount, 0)).toBe(51);
    expect(districts.find((d) => d.name === 'Phụng Hiệp')?.communeCount).toBe(12);
  });

  it('finds communes ignoring diacritics and case', async () => {
    const ctx = await ctxAt();
    const hits = ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', { search: 'phu huu' }));
    expect(hits.map((c) => c.name)).toEqual(['Phú Hữu']);
    expect(hits[0]!.districtFullName).toBe('huyện Châu Thành');
    const upper = ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', { search: 'NHƠN NGHĨA' }));
    expect(upper.map((c) => c.name)).toEqual(['Nhơn Nghĩa A']);
  });

  it('saves an edit, audits it, and keeps it after reopening the file', async () => {
    const dir = tempDataDir();
    const ctx = await ctxAt(dir);
    const target = ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', { search: 'vi binh' }))[0]!;
    const saved = ok<CommuneRow>(
      await dispatch(ctx, 'communes.update', { id: target.id, notes: 'Phấn đấu đạt chuẩn năm 2022' }),
    );
    expect(saved.notes).toBe('Phấn đấu đạt chuẩn năm 2022');
    const audit = ctx.sqlite
      .prepare("SELECT field, old_value, new_value, commune_id FROM audit_log WHERE entity = 'commune'")
      .all();
    expect(audit).toEqual([
      { field: 'notes', old_value: '', new_value: 'Phấn đấu đạt chuẩn năm 2022', commune_id: target.id },
    ]);
    ctx.close();
    opened.pop();
    const again = await ctxAt(dir);
    const reread = ok<CommuneRow[]>(await dispatch(again, 'communes.list', { search: 'vi binh' }))[0]!;
    expect(reread.notes).toBe('Phấn đấu đạt chuẩn năm 2022');
  });

  it('refuses bad values with a Vietnamese message and writes nothing', async () => {
    const ctx = await ctxAt();
    const target = ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', { search: 'phu tan' }))[0]!;
    const auditBefore = ctx.sqlite.prepare('SELECT count(*) n FROM audit_log').get();
    for (const name of ['   ', '<script>', '12345', 'x'.repeat(81)]) {
      const r = await dispatch(ctx, 'communes.update', { id: target.id, name });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toMatch(/Tên xã/);
      }
    }
    const missing = await dispatch(ctx, 'communes.update', { id: 999999, name: 'Không có' });
    expect(missing).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy xã cần sửa.' } });
    const wrongType = await dispatch(ctx, 'communes.update', { id: 'một', name: 'A' });
    expect(wrongType.ok).toBe(false);
    expect(ctx.sqlite.prepare('SELECT count(*) n FROM audit_log').get()).toEqual(auditBefore);
    const still = ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', { search: 'phu tan' }))[0]!;
    expect(still.name).toBe('Phú Tân');
  });

  it('rejects unknown channels and hides internal errors', async () => {
    const ctx = await ctxAt();
    expect(await dispatch(ctx, 'communes.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatch(ctx, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    ctx.sqlite.exec('DROP TABLE audit_log');
    const target = ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', { search: 'phu tan' }))[0]!;
    const r = await dispatch(ctx, 'communes.update', { id: target.id, notes: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!r.ok) expect(r.error.message).not.toMatch(/audit|SQL|table/i);
    // The failed transaction wrote nothing.
    expect(ok<CommuneRow[]>(await dispatch(ctx, 'communes.list', { search: 'phu tan' }))[0]!.notes).toBe('');
  });

  it('computes the dashboard figures of the default 2022 data', async () => {
    const ctx = await ctxAt();
    const d = ok<DashboardSummary>(await dispatch(ctx, 'dashboard.summary', { year: 2022 }));
    expect(d).toMatchObject({
      ntmCount: 38,
      communeTotal: 51,
      ntmPercent: '74,5%',
      nangCaoCount: 9,
      kieuMauCount: 1,
      avgCriteria: '18,2',
      minCriteria: 14,
    });
    expect(d.fundingNeedTotal).toBe(6_259_605);
    expect(d.sampleData).toBe(true);
    const d21 = ok<DashboardSummary>(await dispatch(ctx, 'dashboard.summary', { year: 2021 }));
    expect(d21).toMatchObject({ ntmCount: 35, nangCaoCount: 5, kieuMauCount: 0 });
    expect(path.basename(ctx.dbPath)).toBe('ntm-office.db');
  });
});
