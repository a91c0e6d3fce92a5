import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ocopPlanTargets, ocopReportData } from '../../electron/services/ocop';
import type {
  DossierItemRow,
  EvaluationRow,
  OcopCalendar,
  OcopMeta,
  OcopSummary,
  ProducerRow,
  ProductDetail,
  ProductRow,
  TargetProgress,
} from '../../shared/models/ocop';
import type { FilePayload } from '../../shared/models/files';
import {
  call,
  ctxNew,
  evaluate,
  newProduct,
  recognise,
  refused,
  refusedEvaluation,
  refusedRecognition,
} from '../helpers/ocop';

describe('OCOP register', () => {
  it('lists the public register with statuses, finds ignoring diacritics, sorts the Vietnamese way', async () => {
    const ctx = await ctxNew();
    const all = await call<ProductRow[]>(ctx, 'ocop.products', { asOf: '2022-12-31' });
    expect(all).toHaveLength(36);
    expect(all.every((p) => p.source === 'public')).toBe(true);
    // QĐ 1358 (20/7/2021): 6 at 4★ and 11 named 3★ products, recognised; the other round has no decision on record.
    expect(all.filter((p) => p.status === 'recognised')).toHaveLength(17);
    expect(all.filter((p) => p.status === 'province_evaluated')).toHaveLength(19);
    expect(all.find((p) => p.name === 'Lạp xưởng Mỹ Yến')).toMatchObject({
      stars: 4,
      expiryDate: '2024-07-20',
      districtName: 'huyện Châu Thành A',
    });
    const names = all.map((p) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const hits = await call<ProductRow[]>(ctx, 'ocop.products', {
      asOf: '2022-12-31',
      search: 'CA THAT LAT rut xuong',
    });
    expect(hits.map((p) => p.name)).toEqual(['Cá thát lát rút xương']);
    const byProducer = await call<ProductRow[]>(ctx, 'ocop.products', { asOf: '2022-12-31', search: 'lion' });
    expect(byProducer).toHaveLength(5);
    const producers = await call<ProducerRow[]>(ctx, 'ocop.producers', { search: 'ky nhu' });
    expect(producers.map((p) => [p.name, p.kindLabel])).toEqual([['Hợp tác xã Kỳ Như', 'Hợp tác xã']]);
    // As of 2026 every 2021 certificate has run out.
    const later = await call<ProductRow[]>(ctx, 'ocop.products', { asOf: '2026-01-01', status: 'expired' });
    expect(later).toHaveLength(17);
  });

  it('stores the status of today, read by the one facts rule, when an evaluation is saved or recognised', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const stored = () =>
      (ctx.sqlite.prepare('SELECT status FROM ocop_products WHERE id = ?').get(product.id) as { status: string })
        .status;
    const listed = async () =>
      (await call<ProductRow[]>(ctx, 'ocop.products', { asOf: ctx.now().toISOString().slice(0, 10) })).find(
        (p) => p.id === product.id,
      )!.status;
    const e = await evaluate(ctx, product.id, 'district', '2022-05-01', [2500, 1500, 2800]);
    expect([stored(), await listed()]).toEqual(['district_evaluated', 'district_evaluated']);
    await recognise(ctx, e.id, '12/QĐ-UBND', '2022-06-01', 'UBND huyện Vị Thủy');
    expect([stored(), await listed()]).toEqual(['recognised', 'recognised']);
  });

  it('refuses a commune of another district and a sub-group outside its group', async () => {
    const ctx = await ctxNew();
    const { meta, producer } = await newProduct(ctx);
    const nga7 = meta.districts.find((d) => d.label === 'thành phố Ngã Bảy')!;
    const vinhTrung = meta.communes.find((c) => c.label === 'xã Vĩnh Trung')!;
    expect(
      (
        await refused(ctx, 'ocop.productSave', {
          producerId: producer.id,
          name: 'X',
          communeId: vinhTrung.id,
          districtId: nga7.id,
        })
      ).message,
    ).toBe('xã Vĩnh Trung không thuộc thành phố Ngã Bảy.');
    expect(
      (
        await refused(ctx, 'ocop.productSave', {
          producerId: producer.id,
          name: 'X',
          groupCode: 'II',
          subgroupCode: 'I.3.c',
        })
      ).message,
    ).toMatch(/Phân nhóm «I.3.c» không thuộc nhóm «Đồ uống»/);
    expect((await refused(ctx, 'ocop.producerSave', { name: '  ', kind: 'doanh_nghiep' })).message).toMatch(
      /Tên chủ thể không được để trống/,
    );
  });
});

describe('OCOP scoring and recognition', () => {
  it('scores under the version in force, computes stars, refuses points above a part maximum', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const before = ctx.sqlite.prepare('SELECT count(*) n FROM ocop_evaluations').get();
    const over = await refusedEvaluation(ctx, product.id, 'province', '2022-09-01', [3800, 2000, 3000]);
    expect(over).toMatchObject({
      code: 'VALIDATION',
      message: 'Điểm phần A (38) vượt điểm tối đa 35 của phần A theo QĐ 1048/QĐ-TTg.',
    });
    const overC = await refusedEvaluation(ctx, product.id, 'province', '2023-03-01', [3000, 2000, 3600]);
    expect(overC.message).toMatch(/phần C .*tối đa 35 .*QĐ 148\/QĐ-TTg/);
    expect(ctx.sqlite.prepare('SELECT count(*) n FROM ocop_evaluations').get()).toEqual(before);
    // 38 in part A is fine under QĐ 148 (A40).
    const e = await evaluate(ctx, product.id, 'province', '2023-03-01', [3800, 2000, 3000]);
    expect(e).toMatchObject({ versionDecision: 'QĐ 148/QĐ-TTg', total: 8800, stars: 4, kind: 'new' });
    const edge = await evaluate(ctx, product.id, 'province', '2023-03-01', [3800, 2000, 3200], { id: e.id });
    expect(edge).toMatchObject({ id: e.id, total: 9000, stars: 5 });
  });

  it('takes a later criteria version as data', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const bad = await refused(ctx, 'ocop.versionAdd', {
      code: 'QD2027',
      decision: 'QĐ 2027/QĐ-TTg',
      effectiveFrom: '2027-01-01',
      maxA: 30,
      maxB: 30,
      maxC: 30,
      hasMandatory: true,
    });
    expect(bad.message).toMatch(/Tổng điểm tối đa ba phần A, B, C phải bằng 100/);
    await call(ctx, 'ocop.versionAdd', {
      code: 'QD2027',
      decision: 'QĐ 2027/QĐ-TTg',
      effectiveFrom: '2027-01-01',
      maxA: 30,
      maxB: 30,
      maxC: 40,
      hasMandatory: true,
    });
    const over = await refusedEvaluation(ctx, product.id, 'province', '2027-03-01', [3500, 2000, 3000]);
    expect(over.message).toBe('Điểm phần A (35) vượt điểm tối đa 30 của phần A theo QĐ 2027/QĐ-TTg.');
    const e = await evaluate(ctx, product.id, 'province', '2027-03-01', [3000, 2600, 3000]);
    expect(e).toMatchObject({ versionDecision: 'QĐ 2027/QĐ-TTg', total: 8600, stars: 4 });
    const meta = await call<OcopMeta>(ctx, 'ocop.meta', {});
    expect(meta.versions.map((v) => v.code)).toEqual(['QD1048', 'QD148', 'QD148_1489', 'QD2027']);
  });

  it('averages the council members and stores their sheets', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const e = await call<EvaluationRow>(ctx, 'ocop.evaluationSave', {
      productId: product.id,
      level: 'district',
      evaluatedDate: '2022-05-01',
      members: [
        { memberName: 'Trần Thị B', pointsA: 2500, pointsB: 1500, pointsC: 2999 },
        { memberName: 'Lê Văn C', pointsA: 2500, pointsB: 1500, pointsC: 3000 },
      ],
    });
    expect(e).toMatchObject({ pointsA: 2500, pointsB: 1500, pointsC: 3000, total: 7000, stars: 4 });
    expect(e.members.map((m) => m.memberName)).toEqual(['Trần Thị B', 'Lê Văn C']);
    const bad = await refused(ctx, 'ocop.evaluationSave', {
      productId: product.id,
      level: 'district',
      evaluatedDate: '2022-05-01',
      members: [{ memberName: 'Lê Văn C', pointsA: 3600, pointsB: 1500, pointsC: 3000 }],
    });
    expect(bad.message).toMatch(/^Phiếu của Lê Văn C: Điểm phần A \(36\) vượt điểm tối đa 35/);
  });

  it('caps a product that failed a mandatory criterion at 2★ and refuses to recognise it', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const refusedOld = await refusedEvaluation(ctx, product.id, 'province', '2022-09-01', [3000, 2000, 3000], {
      mandatoryFailed: true,
    });
    expect(refusedOld.message).toMatch(/QĐ 1048\/QĐ-TTg không có tiêu chí bắt buộc/);
    const e = await evaluate(ctx, product.id, 'province', '2023-09-01', [3000, 2000, 3000], { mandatoryFailed: true });
    expect(e).toMatchObject({ total: 8000, pointStars: 4, stars: 2, mandatoryFailed: true });
    const r = await refusedRecognition(ctx, e.id, '1/QĐ', '2023-10-01', 'UBND tỉnh');
    expect(r.message).toMatch(
      /xếp 2 sao: chỉ sản phẩm đạt từ 3 sao trở lên mới được công nhận\. Đạt 80 điểm \(mức 4 sao\) nhưng không đạt tiêu chí bắt buộc/,
    );
  });

  it('records recognition with a 36-month expiry, an upgrade 3★ → 4★, the calendar and the due list', async () => {
    const ctx = await ctxNew();
    const { product, viThuy } = await newProduct(ctx);
    const first = await evaluate(ctx, product.id, 'district', '2021-03-01', [2500, 1500, 2500], {
      roundName: 'Đợt 1/2021',
    });
    const rec = await recognise(ctx, first.id, '345/QĐ-UBND', '2021-03-31', 'UBND huyện Vị Thủy');
    expect(rec).toMatchObject({ stars: 3, expiryDate: '2024-03-31', kind: 'new', kindLabel: 'Đánh giá lần đầu' });
    expect((await refused(ctx, 'ocop.evaluationDelete', { id: first.id })).code).toBe('CONFLICT');

    // Six months before expiry the certificate shows in the calendar and the product is due.
    const cal = await call<OcopCalendar>(ctx, 'ocop.calendar', { asOf: '2023-10-01' });
    expect(cal.months.map((m) => m.label)).toEqual(['Tháng 3/2024']);
    expect(cal.months[0]!.items.map((i) => [i.productName, i.districtName, i.reEvaluated])).toEqual([
      ['Khóm sấy dẻo Hỏa Tiến', viThuy.label, false],
    ]);
    expect(cal.due.map((d) => [d.productName, d.statusLabel])).toEqual([['Khóm sấy dẻo Hỏa Tiến', 'Sắp hết hạn']]);
    const seeded = await call<OcopCalendar>(ctx, 'ocop.calendar', { asOf: '2024-03-01' });
    expect(seeded.months.map((m) => [m.label, m.items.length])).toEqual([
      ['Tháng 3/2024', 1],
      ['Tháng 7/2024', 17],
    ]);

    // The upgrade: evaluated at province in 2024, recognised at 4★.
    const up = await evaluate(ctx, product.id, 'province', '2024-02-01', [3200, 2000, 2500]);
    const cal2 = await call<OcopCalendar>(ctx, 'ocop.calendar', { asOf: '2024-02-15' });
    expect(cal2.months[0]!.items[0]!.reEvaluated).toBe(true);
    expect(cal2.due.map((d) => d.productId)).not.toContain(product.id);
    expect(cal2.due).toHaveLength(17); // the 2021 certificates run out in July 2024
    const upRec = await recognise(ctx, up.id, '99/QĐ-UBND', '2024-03-10', 'UBND tỉnh Hậu Giang');
    expect(upRec).toMatchObject({ kind: 'upgrade', kindLabel: 'Thăng hạng 3 sao → 4 sao', expiryDate: '2027-03-10' });
    // The stored column follows the status as of "today" (the test clock: 11/07/2022).
    expect(ctx.sqlite.prepare('SELECT status FROM ocop_products WHERE id = ?').get(product.id)).toEqual({
      status: 'recognised',
    });
    const detail = await call<ProductDetail>(ctx, 'ocop.product', { id: product.id, asOf: '2024-06-01' });
    expect(detail.product).toMatchObject({ status: 'recognised', stars: 4 });
    expect(detail.evaluations.map((e) => e.kindLabel)).toEqual(['Đánh giá lần đầu', 'Thăng hạng 3 sao → 4 sao']);
    expect(detail.statusNote).toBe(
      'Đã công nhận 4 sao theo 99/QĐ-UBND ngày 10/03/2024; giấy chứng nhận có hiệu lực đến 10/03/2027.',
    );

    const revoked = await call<EvaluationRow>(ctx, 'ocop.revoke', {
      evaluationId: up.id,
      revokedDate: '2025-01-05',
      reason: 'Không duy trì chất lượng',
    });
    expect(revoked.revokedDate).toBe('2025-01-05');
    const after = await call<ProductDetail>(ctx, 'ocop.product', { id: product.id, asOf: '2025-02-01' });
    expect(after.product.status).toBe('revoked');
    expect(after.statusNote).toMatch(/bị thu hồi ngày 05\/01\/2025: Không duy trì chất lượng/);
    const audit = ctx.sqlite.prepare("SELECT count(*) n FROM audit_log WHERE entity = 'ocop_evaluation'").get() as {
      n: number;
    };
    expect(audit.n).toBeGreaterThanOrEqual(6);
  });

  it('summarises products by district-level unit and status', async () => {
    const ctx = await ctxNew();
    const s = await call<OcopSummary>(ctx, 'ocop.summary', { asOf: '2022-12-31' });
    expect(s.total.products).toBe(36);
    expect(s.total.byStatus.recognised).toBe(17);
    expect(s.total.stars4 + s.total.stars3).toBe(17);
    expect(s.total.stars4).toBe(6);
    const longMy = s.rows.find((r) => r.name === 'thị xã Long Mỹ')!;
    expect(longMy).toMatchObject({ products: 6, stars4: 2 });
    expect(s.rows.at(-1)).toMatchObject({ districtId: null, name: 'Chưa xác định đơn vị cấp huyện' });
    expect(s.rows.reduce((n, r) => n + r.products, 0)).toBe(36);
  });
});

describe('OCOP targets and report data', () => {
  it('counts progress towards the 2022 targets from the data', async () => {
    const ctx = await ctxNew();
    const start = await call<TargetProgress[]>(ctx, 'ocop.targets', { year: 2022 });
    expect(start).toHaveLength(11);
    expect(start.every((t) => t.current === 0 && !t.met)).toBe(true);
    expect(start.find((t) => t.unitName === 'huyện Vị Thủy')).toMatchObject({
      targetText: '5 - 7 sản phẩm',
      kind: 'district_3_4',
    });
    expect(start.find((t) => t.kind === 'province_3_4')!.targetText).toBe('ít nhất 40 sản phẩm');

    const { product, producer } = await newProduct(ctx);
    // District: 3★ at district level in 2022 counts for huyện Vị Thủy.
    const d = await evaluate(ctx, product.id, 'district', '2022-03-01', [2500, 1500, 2500]);
    // Province: recognised at 3★, then a second product upgraded 3★ → 4★, and a ≥ 90 province result for national.
    const p = await evaluate(ctx, product.id, 'province', '2022-06-01', [2500, 1500, 2600]);
    await recognise(ctx, p.id, '1/QĐ-UBND', '2022-07-01', 'UBND tỉnh Hậu Giang');
    const all = await call<ProductRow[]>(ctx, 'ocop.products', { asOf: '2022-12-31', search: 'ky nhu' });
    const kyNhu = all[0]!;
    const up = await evaluate(ctx, kyNhu.id, 'province', '2022-08-01', [3400, 2400, 3500]);
    expect(up.total).toBe(9300);
    const second = await call<ProductRow>(ctx, 'ocop.productSave', { producerId: producer.id, name: 'Mứt khóm' });
    const s1 = await evaluate(ctx, second.id, 'province', '2021-01-10', [2500, 1500, 2500]);
    await recognise(ctx, s1.id, '2/QĐ', '2021-02-01', 'UBND tỉnh');
    const s2 = await evaluate(ctx, second.id, 'province', '2022-10-01', [3000, 1800, 3000]);
    const s2r = await recognise(ctx, s2.id, '3/QĐ', '2022-11-01', 'UBND tỉnh');
    expect(s2r.kind).toBe('upgrade');
    // A dossier marked as proposed for national evaluation counts too.
    await call<DossierItemRow[]>(ctx, 'ocop.dossierSet', {
      productId: second.id,
      docType: 'de_nghi_trung_uong',
      present: true,
    });
    void d;

    const t = ocopPlanTargets(ctx, 2022);
    const by = (kind: string, unit?: string) => t.find((x) => x.kind === kind && (!unit || x.unitName === unit))!;
    expect(by('district_3_4', 'huyện Vị Thủy').current).toBe(1);
    expect(by('district_3_4', 'huyện Long Mỹ').current).toBe(0);
    expect(by('province_3_4').current).toBe(1);
    expect(by('upgrade_3_4')).toMatchObject({ current: 1, met: true });
    expect(by('national_dossiers').current).toBe(2);
    expect(by('national_dossiers').rule).toMatch(/từ 90 điểm trở lên/);
    // Progress is counted in the target's year only.
    expect(ocopPlanTargets(ctx, 2022, '2022-06-30').find((x) => x.kind === 'upgrade_3_4')!.current).toBe(0);

    // Targets are editable; a duplicate is refused.
    const saved = await call<TargetProgress[]>(ctx, 'ocop.targetSave', {
      id: by('province_3_4').id,
      year: 2022,
      kind: 'province_3_4',
      minCount: 45,
      notes: 'Điều chỉnh',
    });
    expect(saved.find((x) => x.kind === 'province_3_4')!.targetText).toBe('ít nhất 45 sản phẩm');
    expect((await refused(ctx, 'ocop.targetSave', { year: 2022, kind: 'province_3_4', minCount: 1 })).code).toBe(
      'CONFLICT',
    );

    const report = ocopReportData(ctx, '2021-01-01', '2021-12-31');
    expect(report.recognised.total).toBe(18); // the 17 public products of QĐ 1358 and the test product
    expect(report.recognised.byStars).toEqual([
      { stars: 3, count: 12 },
      { stars: 4, count: 6 },
      { stars: 5, count: 0 },
    ]);
    expect(report.upgrades).toBe(1);
    expect(report.recognised.byDistrict.find((r) => r.name === 'thị xã Long Mỹ')).toMatchObject({
      stars4: 2,
      total: 2,
    });
    const y22 = ocopReportData(ctx, '2022-01-01', '2022-12-31');
    expect(y22.recognised.total).toBe(2);
    expect(y22.cumulative).toMatchObject({ validAtEnd: 19, everRecognised: 19 });
    expect(y22.targets.find((x) => x.kind === 'upgrade_3_4')!.current).toBe(1);
  });
});

describe('OCOP dossier', () => {
  it('copies an attached file into the data folder, opens it, and refuses unsafe input', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const bytes = Buffer.from('%PDF-1.4 giấy chứng nhận ATTP', 'utf8');
    const rows = await call<DossierItemRow[]>(ctx, 'ocop.dossierAttach', {
      productId: product.id,
      docType: 'attp',
      fileName: '..\\..\\Giấy chứng nhận ATTP.pdf',
      base64: bytes.toString('base64'),
    });
    const item = rows.find((r) => r.docType === 'attp')!;
    expect(item).toMatchObject({ present: true, fileName: 'Giấy chứng nhận ATTP.pdf' });
    const stored = ctx.sqlite.prepare("SELECT stored_path FROM ocop_dossier_items WHERE doc_type = 'attp'").get() as {
      stored_path: string;
    };
    expect(stored.stored_path).toMatch(
      new RegExp(`^ho-so-ocop/${product.id}/attp-[0-9a-f]{6}-Giấy chứng nhận ATTP\\.pdf$`),
    );
    expect(fs.readFileSync(path.join(ctx.dataDir, stored.stored_path))).toEqual(bytes);
    const opened = await call<FilePayload>(ctx, 'ocop.dossierOpen', { productId: product.id, docType: 'attp' });
    expect(Buffer.from(opened.base64, 'base64')).toEqual(bytes);
    expect(opened).toMatchObject({ fileName: 'Giấy chứng nhận ATTP.pdf', mime: 'application/pdf' });

    // Replacing keeps one file; detaching removes it.
    await call(ctx, 'ocop.dossierAttach', {
      productId: product.id,
      docType: 'attp',
      fileName: 'ATTP 2024.pdf',
      base64: bytes.toString('base64'),
    });
    const dir = path.join(ctx.dataDir, 'ho-so-ocop', String(product.id));
    expect(fs.readdirSync(dir)).toHaveLength(1);
    await call(ctx, 'ocop.dossierDetach', { productId: product.id, docType: 'attp' });
    expect(fs.readdirSync(dir)).toHaveLength(0);

    expect(
      (
        await refused(ctx, 'ocop.dossierAttach', {
          productId: product.id,
          docType: '../x',
          fileName: 'a.pdf',
          base64: 'AAAA',
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await refused(ctx, 'ocop.dossierAttach', {
          productId: product.id,
          docType: 'khong_co',
          fileName: 'a.pdf',
          base64: 'AAAA',
        })
      ).message,
    ).toMatch(/không có trong danh mục/);
    const big = Buffer.alloc(25 * 1024 * 1024 + 1).toString('base64');
    expect(
      (
        await refused(ctx, 'ocop.dossierAttach', {
          productId: product.id,
          docType: 'attp',
          fileName: 'to.pdf',
          base64: big,
        })
      ).message,
    ).toMatch(/lớn hơn 25 MB/);
    const checklist = await call<DossierItemRow[]>(ctx, 'ocop.dossierSet', {
      productId: product.id,
      docType: 'cau_chuyen',
      present: true,
      notes: 'Bản in',
    });
    expect(checklist.find((r) => r.docType === 'cau_chuyen')).toMatchObject({
      present: true,
      fileName: null,
      notes: 'Bản in',
    });
    expect(checklist.filter((r) => r.required).length).toBe(5);
  });
});

describe('OCOP targets of a new year', () => {
  it('starts a year from the previous year in one go, once', async () => {
    const ctx = await ctxNew();
    const copied = await call<TargetProgress[]>(ctx, 'ocop.targetsCopy', { fromYear: 2022, toYear: 2023 });
    expect(copied).toHaveLength(11);
    expect(copied.every((t) => t.year === 2023 && /Sao chép từ chỉ tiêu năm 2022/.test(t.notes))).toBe(true);
    expect((await refused(ctx, 'ocop.targetsCopy', { fromYear: 2022, toYear: 2023 })).code).toBe('CONFLICT');
    expect((await refused(ctx, 'ocop.targetsCopy', { fromYear: 2019, toYear: 2024 })).message).toBe(
      'Năm 2019 chưa có chỉ tiêu OCOP để sao chép.',
    );
  });
});
