import { describe, it, expect } from 'vitest';
import { ctxNew, evaluate, newProduct, recognise, refusedEvaluation, refusedRecognition } from '../helpers/ocop';

describe('OCOP after 1/7/2025 (QĐ 148 as amended by QĐ 1489/2025)', () => {
  it('uses the version in force on the evaluation date and refuses the district level after 1/7/2025', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const e = await evaluate(ctx, product.id, 'province', '2026-03-02', [3000, 2000, 2600]);
    expect(e).toMatchObject({ versionDecision: 'QĐ 148/QĐ-TTg (sửa đổi bởi QĐ 1489/QĐ-TTg)', stars: 4 });
    const district = await refusedEvaluation(ctx, product.id, 'district', '2026-03-02', [3000, 2000, 2600]);
    expect(district.message).toContain('không còn cấp huyện');
    // The commune's first check is recorded, but awards no stars.
    const check = await evaluate(ctx, product.id, 'commune', '2026-02-10', [2000, 1500, 2000]);
    const refusedCheck = await refusedRecognition(ctx, check.id, '1/QĐ-UBND', '2026-02-20', 'UBND xã', {
      confirmNotLatest: true,
    });
    expect(refusedCheck.message).toContain('Cấp xã chỉ kiểm tra sơ bộ');
  });

  it('no level awards stars above its ceiling: a province cannot record 5★', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const e = await evaluate(ctx, product.id, 'province', '2026-04-01', [3900, 2400, 3300]);
    expect(e.stars).toBe(5);
    const err = await refusedRecognition(ctx, e.id, '5/QĐ-UBND', '2026-04-10', 'UBND tỉnh');
    expect(err.message).toContain('Cấp tỉnh chỉ công nhận tối đa 4 sao');
    const central = await evaluate(ctx, product.id, 'central', '2026-05-01', [3900, 2400, 3300]);
    const ok = await recognise(ctx, central.id, '9/QĐ-BNNMT', '2026-05-20', 'Bộ Nông nghiệp và Môi trường');
    expect(ok.stars).toBe(5);
  });

  it('asks before recording a decision on an evaluation that is not the latest', async () => {
    const ctx = await ctxNew();
    const { product } = await newProduct(ctx);
    const older = await evaluate(ctx, product.id, 'province', '2026-03-01', [3000, 2000, 2600]);
    await evaluate(ctx, product.id, 'province', '2026-06-01', [2500, 1500, 2000]);
    const input = [older.id, '7/QĐ-UBND', '2026-06-15', 'UBND tỉnh'] as const;
    const ask = await refusedRecognition(ctx, ...input);
    expect(ask.code).toBe('CONFIRM_REQUIRED');
    expect(ask.message).toContain('không phải kết quả mới nhất');
    const done = await recognise(ctx, ...input, { confirmNotLatest: true });
    expect(done.decisionNo).toBe('7/QĐ-UBND');
  });
});
