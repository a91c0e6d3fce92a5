/**
 * Setting up any province from the embedded national lists, on real SQLite files: units of 1/7/2025,
 * the pre-2025 structure and successions, settings with no trace of the demo province, and history
 * that survives the reorganisation.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { call, refused } from '../helpers/dispatch';
import { tempContext, tempEmptyContext } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';
import { base64Of, workbookOf } from '../helpers/excel';
import { findAll, textOf, unpackBuffer } from '../documents/helpers';
import { parseCsv } from '../../db/seed/national';

const empty = closedAfterEach((now: Date = new Date('2026-12-01T08:00:00Z')) => tempEmptyContext(undefined, now));
const demo = closedAfterEach(() => tempContext());

const DEMO = 'Hậu Giang';

describe('first start', () => {
  it('leaves a new data file empty and lists the 34 provinces', async () => {
    const c = await empty();
    const info = await call(c, 'system.info', {});
    expect(info).toMatchObject({ dataState: 'empty', provinceCode: '', dataKind: null });
    const provinces = await call(c, 'setup.provinces', {});
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.code === '92')).toMatchObject({
      fullName: 'Thành phố Cần Thơ',
      unitCount: 103,
      xaCount: 72,
      phuongCount: 31,
      formedFrom: ['Thành phố Cần Thơ', 'Tỉnh Hậu Giang', 'Tỉnh Sóc Trăng'],
    });
    expect(provinces.reduce((s, p) => s + p.unitCount, 0)).toBe(3321);
  });

  it('opens the demo on request, and refuses to set up a file twice', async () => {
    const c = await empty(new Date('2022-07-11T08:00:00Z'));
    const r = await call(c, 'setup.openDemo', {});
    expect(r.kind).toBe('demo');
    expect(await call(c, 'system.info', {})).toMatchObject({
      dataState: 'ready',
      dataKind: 'demo',
      provinceName: DEMO,
      hasSampleData: true,
    });
    const again = await refused(c, 'setup.createProvince', { provinceCode: '01', withPre2025: false });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/đã có dữ liệu/);
  });
});

describe('a new data file for Cần Thơ (92)', () => {
  it('has its 103 units of 1/7/2025: 31 phường, 72 xã; only xã are in NTM scope', async () => {
    const c = await empty();
    const r = await call(c, 'setup.createProvince', { provinceCode: '92', withPre2025: false });
    expect(r).toMatchObject({ units: 103, xa: 72, phuong: 31, dacKhu: 0, oldUnits: 0, successions: 0 });
    const list = await call(c, 'units.list', { year: 2026 });
    expect(list.units).toHaveLength(103);
    expect(list.counts).toMatchObject({ xa: 72, phuong: 31, dacKhu: 0 });
    expect(list.units.filter((u) => u.inNtmScope)).toHaveLength(72);
    expect(list.units.every((u) => u.districtFullName === '')).toBe(true);
    expect(await call(c, 'communes.list', {})).toHaveLength(72);
    const info = await call(c, 'system.info', {});
    expect(info).toMatchObject({
      dataState: 'ready',
      dataKind: 'province',
      provinceCode: '92',
      provinceFullName: 'Thành phố Cần Thơ',
      planYear: 2026,
    });
  });

  it('links the former Hậu Giang units exactly as the hand-checked mapping, row for row', async () => {
    const c = await empty();
    const r = await call(c, 'setup.createProvince', { provinceCode: '92', withPre2025: true });
    expect(r.oldUnits).toBe(263); // old Cần Thơ 80, Hậu Giang 75, Sóc Trăng 108
    const [header, ...rows] = parseCsv(
      fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'haugiang-2025-mapping-codes.csv'), 'utf8'),
    );
    const col = (n: string) => header!.indexOf(n);
    const expected = rows
      .map((row) => `${row[col('new_code')]}|${row[col('old_code')]}|${row[col('old_district_code')]}`)
      .sort();
    expect(expected).toHaveLength(75);
    const actual = c.sqlite
      .prepare(
        `SELECT n.code || '|' || o.code || '|' || d.code AS k
         FROM unit_successions s JOIN admin_units n ON n.id = s.to_unit_id JOIN admin_units o ON o.id = s.from_unit_id
         JOIN admin_units d ON d.id = o.parent_id JOIN admin_units p ON p.id = d.parent_id
         WHERE o.level = 'commune' AND p.code = '93'`,
      )
      .pluck()
      .all() as string[];
    expect(actual.sort()).toEqual(expected);
    // Codes are reused: 31441 was thị trấn Nàng Mau and is now xã Vị Thủy, two units with their own ids.
    const both = c.sqlite
      .prepare(`SELECT name, kind, valid_from, valid_to FROM admin_units WHERE code = '31441' ORDER BY id`)
      .all();
    expect(both).toEqual([
      { name: 'Vị Thủy', kind: 'xa', valid_from: '2025-07-01', valid_to: null },
      { name: 'Nàng Mau', kind: 'thi_tran', valid_from: null, valid_to: '2025-07-01' },
    ]);
    // 2025 is the transition year: on 30/6 the old structure of all three old provinces is listed.
    const before = await call(c, 'units.list', { date: '2025-06-30', search: 'hoa luu' });
    expect(before.units.map((u) => [u.fullName, u.districtFullName])).toEqual([['Xã Hỏa Lựu', 'thành phố Vị Thanh']]);
    expect((await call(c, 'units.list', { date: '2025-06-30' })).units).toHaveLength(263);
    // None of the 28 units of former Hậu Giang (codes 31321–31495) is left to confirm; other parts of the city are.
    const pending = await call(c, 'successions.pending', {});
    expect(pending.length).toBe(r.pending);
    expect(pending.filter((p) => p.newUnit.code! >= '31321' && p.newUnit.code! <= '31495')).toEqual([]);
  });

  it('proposes settings and a plan with no trace of the demo province', async () => {
    const c = await empty();
    await call(c, 'setup.createProvince', { provinceCode: '01', withPre2025: true });
    const settings = await call(c, 'settings.get', {});
    expect(settings.agency).toMatchObject({
      governingBody: 'UBND THÀNH PHỐ HÀ NỘI',
      place: 'Hà Nội',
      provinceName: 'thành phố Hà Nội',
    });
    const stored = c.sqlite.prepare(`SELECT group_concat(value, ' ') FROM settings`).pluck().get() as string;
    expect(stored).not.toContain(DEMO);
    expect(stored).not.toMatch(/HẬU GIANG/);
    const d = await call(c, 'documents.createPlan', { year: 2026 });
    await call(c, 'documents.update', { id: d.id, number: '1', issuedDate: '2026-03-02' });
    const file = await call(c, 'documents.generate', { id: d.id });
    const unpacked = await unpackBuffer(Buffer.from(file.base64, 'base64'));
    const text = findAll(unpacked.body, 'w:p').map(textOf).join('\n');
    expect(text).toContain('UBND THÀNH PHỐ HÀ NỘI');
    expect(text).toContain('Hà Nội, ngày 02 tháng 3 năm 2026');
    expect(text).not.toMatch(/Hậu Giang|HẬU GIANG/);
  });
});

describe('successions the national data could not settle', () => {
  it('lists Hà Nội parts «cần xác nhận» and settles one, audited', async () => {
    const c = await empty();
    const r = await call(c, 'setup.createProvince', { provinceCode: '01', withPre2025: true });
    expect(r.pending).toBeGreaterThan(300);
    const pending = await call(c, 'successions.pending', {});
    expect(pending).toHaveLength(r.pending);
    expect((await call(c, 'system.info', {})).pendingSuccessions).toBe(r.pending);
    const reasons = new Set(pending.map((p) => p.reason));
    expect(reasons).toContain('Nhận một phần diện tích, dân số: chưa khớp được đơn vị cũ');
    const several = pending.find((p) => p.match === 'several' || p.candidates.length > 0)!;
    expect(several.newUnit.name).toBeTruthy();
    const chosen = several.candidates[0]!;
    const settled = await call(c, 'successions.settle', {
      id: several.id,
      oldUnitIds: [chosen.id],
      note: 'Theo NQ của UBTVQH',
    });
    expect(settled).toMatchObject({ status: 'settled', chosen: [{ id: chosen.id }] });
    expect(await call(c, 'successions.pendingCount', {})).toBe(r.pending - 1);
    const view = await call(c, 'successions.forUnit', { unitId: several.newUnit.id });
    expect(view.formedFrom.map((f) => f.unit.id)).toContain(chosen.id);
    const went = await call(c, 'successions.forUnit', { unitId: chosen.id });
    expect(went.wentTo.map((w) => w.unit.id)).toContain(several.newUnit.id);
    const audit = c.sqlite
      .prepare(`SELECT count(*) FROM audit_log WHERE entity = 'succession' AND entity_id = ?`)
      .pluck()
      .get(String(several.id));
    expect(audit).toBe(1);
    const bad = await refused(c, 'successions.settle', { id: several.id, oldUnitIds: [several.newUnit.id] });
    expect(bad.message).toMatch(/đơn vị cấp xã cũ/);
  });
});

describe('history across the reorganisation (demo)', () => {
  it('shows a 2021 recognition of an old xã on the new xã that absorbed it', async () => {
    const c = await demo();
    const old = c.sqlite
      .prepare(
        `SELECT r.commune_id AS id, u.name, r.decision_no AS decisionNo FROM recognitions r JOIN admin_units u ON u.id = r.commune_id
         WHERE r.year = 2021 AND r.level = 'ntm' ORDER BY r.id LIMIT 1`,
      )
      .get() as { id: number; name: string; decisionNo: string };
    expect(old).toBeTruthy();
    const went = await call(c, 'successions.forUnit', { unitId: old.id });
    expect(went.wentTo).toHaveLength(1);
    const view = await call(c, 'successions.forUnit', { unitId: went.wentTo[0]!.unit.id });
    const pred = view.formedFrom.find((f) => f.unit.id === old.id)!;
    expect(pred.recognitions).toContainEqual(
      expect.objectContaining({ year: 2021, level: 'ntm', decisionNo: old.decisionNo }),
    );
    expect(pred.criteria.some((y) => y.year === 2022)).toBe(true);
    expect(view.inheritedSummary).toMatch(new RegExp(`đã đạt NTM: .*${old.name}`));
    const list = await call(c, 'units.list', { year: 2026 });
    expect(list.units.find((u) => u.id === view.unit.id)?.predecessorCount).toBe(view.formedFrom.length);
  });

  it('never reads 0/N for 2026 while results are missing, and groups by district only on request', async () => {
    const c = await demo();
    const d26 = await call(c, 'dashboard.summary', { year: 2026 });
    expect(d26.communeTotal).toBeGreaterThan(0);
    expect(d26).toMatchObject({
      hasResults: false,
      ntmCount: null,
      ntmPercent: null,
      avgCriteria: null,
      afterReorganisation: true,
      grouping: 'none',
      byDistrict: [],
    });
    expect(d26.inherited!.oldNtm).toBeGreaterThan(0);
    const byOrigin = await call(c, 'dashboard.summary', { year: 2026, grouping: 'origin-district' });
    expect(byOrigin.byDistrict.reduce((s, g) => s + g.communes, 0)).toBe(d26.communeTotal);
    expect(byOrigin.byDistrict.every((g) => g.ntm === null)).toBe(true);
    expect((await call(c, 'criteria.figures', { year: 2026 })).hasResults).toBe(false);
    expect((await call(c, 'criteria.figures', { year: 2022 })).hasResults).toBe(true);
    const d22 = await call(c, 'dashboard.summary', { year: 2022 });
    expect(d22).toMatchObject({ hasResults: true, communeTotal: 51, grouping: 'district', afterReorganisation: false });
    expect(d22.byDistrict.length).toBe(8);
  });
});

describe('units: add, rename, retire, Excel', () => {
  it('adds, renames and retires a unit with its deciding document, and refuses a code in use', async () => {
    const c = await empty();
    await call(c, 'setup.createProvince', { provinceCode: '92', withPre2025: false });
    const added = await call(c, 'units.add', {
      name: 'Thử Nghiệm',
      kind: 'xa',
      validFrom: '2026-09-01',
      decision: 'NQ 99/NQ-UBTVQH16',
    });
    expect(added).toMatchObject({
      fullName: 'Xã Thử Nghiệm',
      inNtmScope: true,
      validFrom: '2026-09-01',
      decision: 'NQ 99/NQ-UBTVQH16',
    });
    expect((await call(c, 'units.list', { date: '2026-08-31' })).units.some((u) => u.id === added.id)).toBe(false);
    const renamed = await call(c, 'units.rename', {
      id: added.id,
      name: 'Thử Nghiệm Mới',
      effectiveDate: '2026-10-01',
      decision: 'NQ 100/NQ-UBTVQH16',
    });
    expect(renamed.name).toBe('Thử Nghiệm Mới');
    const retired = await call(c, 'units.retire', {
      id: added.id,
      validTo: '2026-11-01',
      decision: 'NQ 101/NQ-UBTVQH16',
    });
    expect(retired.validTo).toBe('2026-11-01');
    expect((await call(c, 'units.list', { year: 2026 })).units.some((u) => u.id === added.id)).toBe(false);
    const clash = await refused(c, 'units.add', {
      name: 'Trùng',
      kind: 'phuong',
      code: '31321',
      validFrom: '2026-01-01',
      decision: 'X',
    });
    expect(clash.message).toMatch(/Mã 31321 đang là mã của Phường Vị Thanh/);
  });

  it('imports units from Excel all or nothing, naming sheet, row and column', async () => {
    const c = await empty();
    await call(c, 'setup.createProvince', { provinceCode: '92', withPre2025: false });
    const file = await call(c, 'units.export', { date: '2026-12-31' });
    const wb = await workbookOf(file);
    const ws = wb.getWorksheet('Đơn vị')!;
    expect(ws.rowCount).toBe(104);
    ws.addRow(['', 'Mới Một', 'xã', '01/01/2027', 'NQ 1/2026']);
    ws.addRow(['', 'Mới Hai', 'huyện', '01/01/2027', 'NQ 1/2026']);
    const bad = await base64Of(wb);
    const refusedImport = await refused(c, 'units.importApply', { fileName: 'don-vi.xlsx', base64: bad });
    expect(refusedImport.code).toBe('IMPORT_INVALID');
    expect(refusedImport.details?.[0]).toMatchObject({ sheet: 'Đơn vị', row: 106, column: 'Loại' });
    expect((await call(c, 'units.list', { date: '2027-01-01' })).units).toHaveLength(103);
    ws.spliceRows(106, 1);
    const good = await base64Of(wb);
    expect(await call(c, 'units.importPreview', { fileName: 'don-vi.xlsx', base64: good })).toMatchObject({
      added: 1,
      changed: 0,
      unchanged: 103,
    });
    expect(await call(c, 'units.importApply', { fileName: 'don-vi.xlsx', base64: good })).toMatchObject({ added: 1 });
    expect((await call(c, 'units.list', { date: '2027-01-01' })).units).toHaveLength(104);
  });
});
