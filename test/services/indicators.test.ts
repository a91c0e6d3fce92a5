import { describe, it, expect } from 'vitest';
import { call, refused, tempContexts } from '../helpers/dispatch';
import { workbookOf } from '../helpers/excel';
import { YEAR, assignGroups, base64Of, count, filledTemplate, indicatorId, qd51, setUp } from '../helpers/qd51';

const ctxOf = tempContexts();

describe('criteria sets as data', () => {
  it('QĐ 51 ships with 10 criteria and no indicators, thresholds by commune group', async () => {
    const ctx = await ctxOf();
    const set = await qd51(ctx);
    expect(set).toMatchObject({ thresholdBy: 'group', sourceDoc: 'Phụ lục I QĐ 51/2025/QĐ-TTg', requiredCount: 10 });
    const d = await call(ctx, 'criteria.setDetail', { setId: set.id });
    expect(d.criteria).toHaveLength(10);
    expect(d.criteria.every((c) => c.indicators.length === 0)).toBe(true);
  });

  it('imports a set of 47 indicators with three groups from Excel, all or nothing', async () => {
    const ctx = await ctxOf();
    const set = await qd51(ctx);
    // One bad cell (a threshold that is not a number) refuses the whole file, placed by sheet/row/column.
    const bad = await filledTemplate(ctx, set.id, (ws) => (ws.getRow(7).getCell(9).value = 'tám mươi'));
    const err = await refused(ctx, 'criteriaSets.importApply', { setId: set.id, ...bad });
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.message).toMatch(
      /Sheet «Chỉ tiêu», dòng 7, cột «Ngưỡng nhóm 1»: chỉ tiêu 2\.1: ngưỡng «tám mươi» không phải số/,
    );
    expect(
      count(
        ctx,
        'SELECT count(*) n FROM indicators i JOIN criteria c ON c.id = i.criterion_id WHERE c.set_id = ' + set.id,
      ),
    ).toBe(0);

    const { detail } = await setUp(ctx);
    const all = detail.criteria.flatMap((c) => c.indicators);
    expect(all).toHaveLength(47);
    const i11 = all.find((i) => i.code === '1.1')!;
    expect(i11).toMatchObject({ valueKind: 'percent', comparator: '>=' });
    expect(i11.thresholds.map((t) => [t.region, t.value, t.notApplicable, t.verified])).toEqual(
      expect.arrayContaining([
        ['nhom1', '90', false, true],
        ['nhom2', '80', false, true],
        ['nhom3', '', true, true],
      ]),
    );
    // Exporting and importing again changes nothing.
    const again = await call(ctx, 'criteriaSets.export', { setId: detail.set.id });
    const p = await call(ctx, 'criteriaSets.importPreview', {
      setId: detail.set.id,
      fileName: again.fileName,
      base64: again.base64,
    });
    expect(p).toMatchObject({ indicators: 47, added: 0, changed: 0, removed: 0 });
  });

  it('creates a set by copying one, and refuses an overlapping period', async () => {
    const ctx = await ctxOf();
    const set = await qd51(ctx);
    const fields = {
      code: 'HIEN-DAI-2026',
      name: 'Bộ tiêu chí xã NTM hiện đại (thí điểm)',
      level: 'hien_dai' as const,
      yearFrom: 2026,
      yearTo: 2030,
      decision: 'QĐ của UBND tỉnh',
      sourceDoc: '',
      requiredCount: 10,
      thresholdBy: 'group' as const,
      verified: false,
    };
    const copy = await call(ctx, 'criteriaSets.create', { fields, copyFrom: set.id });
    expect((await call(ctx, 'criteria.setDetail', { setId: copy.id })).criteria).toHaveLength(10);
    const clash = await refused(ctx, 'criteriaSets.create', { fields: { ...fields, code: 'OTHER' }, copyFrom: null });
    expect(clash.message).toContain('đã áp dụng cho xã NTM hiện đại');
  });
});

describe('results per indicator', () => {
  it('values roll up to the criterion through the group thresholds, and to the commune level', async () => {
    const ctx = await ctxOf();
    const { detail, communes } = await setUp(ctx);
    const [a, b] = communes;
    await assignGroups(ctx, [
      [a!.communeId, 1],
      [b!.communeId, 3],
    ]);
    const c1 = detail.criteria.find((c) => c.no === 1)!;
    const ids = c1.indicators.map((i) => i.id);
    // 85% on every percent indicator of criterion 1 and «Đạt» on 1.2.
    const changes = (communeId: number) =>
      c1.indicators.map((i) => ({ communeId, indicatorId: i.id, value: i.code === '1.2' ? 'Đạt' : '85' }));
    const out = await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [...changes(a!.communeId), ...changes(b!.communeId)],
    });
    expect(out.changed).toBe(10);
    const m = await call(ctx, 'criteria.matrix', { year: YEAR });
    const col = m.criteria.findIndex((c) => c.id === c1.id);
    const rowA = m.rows.find((r) => r.id === a!.communeId)!;
    const rowB = m.rows.find((r) => r.id === b!.communeId)!;
    // Group 1 needs 90: not met. Group 3 needs 70 (1.1 not applicable): met.
    expect(rowA.results[col]).toBe('0');
    expect(rowB.results[col]).toBe('1');
    expect(rowB.met).toBe(1);
    const panel = await call(ctx, 'indicators.panel', { year: YEAR, communeId: b!.communeId, criterionId: c1.id });
    expect(panel.indicators.map((i) => i.status)).toEqual(['na', 'met', 'met', 'met', 'met']);
    expect(panel).toMatchObject({ groupNo: 3, computed: true, met: true, override: null });
    // Moving A to group 2 (needs 80) turns the criterion đạt: thresholds follow the group.
    await assignGroups(ctx, [[a!.communeId, 2]], { validFrom: '2026-06-01', decision: '30/QĐ-UBND' });
    const m2 = await call(ctx, 'criteria.matrix', { year: YEAR });
    expect(m2.rows.find((r) => r.id === a!.communeId)!.results[col]).toBe('1');
    // Typing in the grid on a computed cell is refused with what to do instead.
    const typed = await refused(ctx, 'criteria.setResults', {
      year: YEAR,
      changes: [{ communeId: a!.communeId, criterionId: c1.id, met: false }],
    });
    expect(typed.message).toContain('được tính từ giá trị các chỉ tiêu');
    // A bad value refuses the batch, naming commune and indicator.
    const bad = await refused(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [{ communeId: a!.communeId, indicatorId: ids[0]!, value: '120' }],
    });
    expect(bad.message).toContain('chỉ tiêu 1.1: tỷ lệ 120 phải từ 0 đến 100');
    // Removing a value makes the criterion unknown again (no zero).
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [{ communeId: a!.communeId, indicatorId: ids[0]!, value: '' }],
    });
    const m3 = await call(ctx, 'criteria.matrix', { year: YEAR });
    expect(m3.rows.find((r) => r.id === a!.communeId)!.results[col]).toBe('-');
  });

  it('an override replaces the computed result with its reason, audited and shown in the grid', async () => {
    const ctx = await ctxOf();
    const { detail, communes } = await setUp(ctx);
    const a = communes[0]!;
    await assignGroups(ctx, [[a.communeId, 2]]);
    const c4 = detail.criteria.find((c) => c.no === 4)!;
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: c4.indicators.map((i) => ({
        communeId: a.communeId,
        indicatorId: i.id,
        value: i.code === '4.1' ? '7' : '95',
      })),
    });
    let panel = await call(ctx, 'indicators.panel', { year: YEAR, communeId: a.communeId, criterionId: c4.id });
    expect(panel.indicators[0]).toMatchObject({
      code: '4.1',
      status: 'unmet',
      thresholdText: '≤ 5 vụ',
      valueText: '7',
    });
    expect(panel.met).toBe(false);
    const short = await refused(ctx, 'indicators.override', {
      year: YEAR,
      communeId: a.communeId,
      criterionId: c4.id,
      met: true,
      reason: '',
    });
    expect(short.message).toContain('Ghi lý do');
    await call(ctx, 'indicators.override', {
      year: YEAR,
      communeId: a.communeId,
      criterionId: c4.id,
      met: true,
      reason: 'Đoàn thẩm định xác nhận số liệu mới',
    });
    panel = await call(ctx, 'indicators.panel', { year: YEAR, communeId: a.communeId, criterionId: c4.id });
    expect(panel).toMatchObject({
      computed: false,
      met: true,
      override: { met: true, reason: 'Đoàn thẩm định xác nhận số liệu mới' },
    });
    const m = await call(ctx, 'criteria.matrix', { year: YEAR });
    expect(m.overrides).toEqual([
      { communeId: a.communeId, criterionId: c4.id, met: true, reason: 'Đoàn thẩm định xác nhận số liệu mới' },
    ]);
    const history = await call(ctx, 'criteria.history', { communeId: a.communeId });
    expect(history.some((h) => h.newValue.includes('Đoàn thẩm định'))).toBe(true);
    await call(ctx, 'indicators.override', {
      year: YEAR,
      communeId: a.communeId,
      criterionId: c4.id,
      met: null,
      reason: '',
    });
    expect((await call(ctx, 'indicators.panel', { year: YEAR, communeId: a.communeId, criterionId: c4.id })).met).toBe(
      false,
    );
  });

  it('imports indicator values from the wide sheet, all or nothing', async () => {
    const ctx = await ctxOf();
    const { detail, communes } = await setUp(ctx);
    const file = await call(ctx, 'indicators.export', { year: YEAR });
    const wb = await workbookOf(file);
    const ws = wb.getWorksheet(`Chỉ tiêu ${YEAR}`)!;
    expect(ws.rowCount).toBe(communes.length + 1);
    expect(ws.getRow(1).cellCount).toBe(3 + 47);
    ws.getRow(2).getCell(4).value = '85,5';
    ws.getRow(3).getCell(4).value = 'nhiều';
    const bad = await refused(ctx, 'indicators.importApply', { fileName: 'v.xlsx', base64: await base64Of(wb) });
    expect(bad.message).toMatch(/Sheet «Chỉ tiêu 2026», dòng 3, cột «1\.1 .*»: xã .*: «nhiều» không phải số/);
    expect(count(ctx, 'SELECT count(*) n FROM indicator_values')).toBe(0);
    ws.getRow(3).getCell(4).value = null;
    const applied = await call(ctx, 'indicators.importApply', { fileName: 'v.xlsx', base64: await base64Of(wb) });
    expect(applied).toMatchObject({ added: 1, changed: 0 });
    const stored = ctx.sqlite
      .prepare('SELECT value FROM indicator_values WHERE indicator_id = ?')
      .get(indicatorId(detail, '1.1')) as { value: string };
    expect(stored.value).toBe('85.5');
  });
});

describe('sets in use keep their criteria', () => {
  it('refuses removing a criterion used by results, with the dependent count', async () => {
    const ctx = await ctxOf();
    const set = (await call(ctx, 'criteria.sets', {})).find((s) => s.code === 'QD318-NTM')!;
    const detail = await call(ctx, 'criteria.setDetail', { setId: set.id });
    const c5 = detail.criteria.find((c) => c.no === 5)!;
    const n = count(ctx, `SELECT count(*) n FROM criterion_results WHERE criterion_id = ${c5.id}`);
    expect(n).toBeGreaterThan(0);
    const err = await refused(ctx, 'criteriaSets.removeCriterion', { id: c5.id });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain(`đang có ${n.toLocaleString('vi-VN')} kết quả tiêu chí`);
    expect(count(ctx, `SELECT count(*) n FROM criteria WHERE id = ${c5.id}`)).toBe(1);
    const deps = await call(ctx, 'criteriaSets.dependents', { criterionId: c5.id });
    expect(deps.results).toBe(n);
    // An unused criterion of a new set goes.
    const qd = await qd51(ctx);
    const added = await call(ctx, 'criteriaSets.saveCriterion', {
      id: null,
      setId: qd.id,
      no: 11,
      name: 'Tiêu chí thử',
    });
    expect(await call(ctx, 'criteriaSets.removeCriterion', { id: added.id })).toEqual({ removed: true });
  });
});

describe('recognition checks the criteria', () => {
  it('refuses NTM for a commune missing a criterion, naming it; an exception needs its reason; a date is required', async () => {
    const ctx = await ctxOf();
    const { detail, communes } = await setUp(ctx);
    const a = communes[0]!;
    await assignGroups(ctx, [[a.communeId, 2]]);
    const all = detail.criteria.flatMap((x) => x.indicators);
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: all.map((i) => ({
        communeId: a.communeId,
        indicatorId: i.id,
        value:
          i.code === '1.2' ? 'Đạt' : i.code === '3.1' ? 'Tốt' : i.code === '4.1' ? '0' : i.code === '8.2' ? '50' : '95',
      })),
    });
    const input = {
      communeId: a.communeId,
      level: 'ntm' as const,
      year: YEAR,
      decisionNo: '88/QĐ-UBND',
      decisionDate: '2026-11-20',
      issuer: 'UBND thành phố',
    };
    const noDate = await refused(ctx, 'criteria.recognize', { ...input, decisionDate: null });
    expect(noDate.message).toContain('chưa có ngày quyết định');
    const err = await refused(ctx, 'criteria.recognize', input);
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain(`8. ${detail.criteria.find((c) => c.no === 8)!.name} (chưa đạt)`);
    const rec = await call(ctx, 'criteria.recognize', {
      ...input,
      exceptionReason: 'Theo quyết định đã ban hành của UBND thành phố',
    });
    expect(rec.exceptionReason).toBe('Theo quyết định đã ban hành của UBND thành phố');
    const m = await call(ctx, 'criteria.matrix', { year: YEAR });
    expect(m.rows.find((r) => r.id === a.communeId)).toMatchObject({ level: 'ntm', levelException: true, met: 9 });
    // Meeting everything: recorded without an exception.
    await call(ctx, 'indicators.setValues', {
      year: YEAR,
      changes: [{ communeId: a.communeId, indicatorId: indicatorId(detail, '8.2'), value: '90' }],
    });
    await call(ctx, 'criteria.revoke', {
      id: rec.id,
      revokedDate: '2026-12-01',
      revokeDecisionNo: '90/QĐ-UBND',
      revokeReason: 'Ghi lại',
    });
    const ok = await call(ctx, 'criteria.recognize', { ...input, decisionDate: '2026-12-02' });
    expect(ok.exceptionReason).toBe('');
  });
});
