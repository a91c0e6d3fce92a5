/**
 * OCOP at national scale: 20,000 products with 60,000 evaluations. Budget: every list and summary
 * ≤ 100 ms (issue 14; issue 5 had allowed 300 ms for the re-evaluation list and 500 ms for the full list).
 */
import { addMonths } from '../shared/format/date';
import { certificateExpiry } from '../shared/domain/ocop-status';
import { expiryCalendar, ocopSummary, dueForReevaluation } from '../electron/services/ocop/calendar';
import { productRows } from '../electron/services/ocop/registry';
import { nationalDb, report, time } from './util';

const PRODUCTS = 20_000;
const EVALUATIONS_PER_PRODUCT = 3;

export async function run(): Promise<void> {
  const { ctx, communeIds, districtIds } = await nationalDb();
  try {
    const sqlite = ctx.sqlite;
    const version = (
      sqlite.prepare("SELECT id FROM ocop_criteria_versions WHERE code = 'QD1048'").get() as { id: number }
    ).id;
    const insProducer = sqlite.prepare(
      "INSERT INTO ocop_producers (name, kind, commune_id, district_id, search_key) VALUES (?, 'hop_tac_xa', ?, ?, ?)",
    );
    const insProduct = sqlite.prepare(
      'INSERT INTO ocop_products (producer_id, name, commune_id, district_id, search_key) VALUES (?, ?, ?, ?, ?)',
    );
    const insEval = sqlite.prepare(
      `INSERT INTO ocop_evaluations (product_id, level, version_id, evaluated_date, points_a, points_b, points_c, total, stars, kind, decision_no, decision_date, issuer, expiry_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const t0 = performance.now();
    sqlite.transaction(() => {
      let producerId = 0;
      for (let i = 0; i < PRODUCTS; i++) {
        const commune = communeIds[i % communeIds.length]!;
        const district = districtIds[i % districtIds.length]!;
        if (i % 4 === 0)
          producerId = Number(insProducer.run(`HTX thử ${i}`, commune, district, `htx thu ${i}`).lastInsertRowid);
        const productId = Number(
          insProduct.run(producerId, `Sản phẩm thử ${i}`, commune, district, `san pham thu ${i}`).lastInsertRowid,
        );
        // District round, province round, then (two in three) a recognition decision spread over 2019–2024.
        const year = 2019 + (i % 6);
        const month = String(1 + (i % 12)).padStart(2, '0');
        const a = 2000 + (i % 1500);
        const stars = a + 1500 + 2500 >= 7000 ? 4 : 3;
        // One evaluation round: level, day of the month, points B and C (A varies), the decision if any.
        const round = (
          level: string,
          day: string,
          b: number,
          c: number,
          decision: [string, string | null, string, string | null],
        ) =>
          insEval.run(
            productId,
            level,
            version,
            `${year}-${month}-${day}`,
            a,
            b,
            c,
            a + b + c,
            stars,
            'new',
            ...decision,
          );
        round('district', '01', 1500, 2500, ['', null, '', null]);
        round('province', '10', 1500, 2500, ['', null, '', null]);
        const decided = i % 3 !== 0 ? `${year}-${month}-20` : null;
        round('province', '15', 1600, 2500, [
          decided ? `${i}/QĐ-UBND` : '',
          decided,
          decided ? 'UBND tỉnh' : '',
          decided ? certificateExpiry(decided) : null,
        ]);
      }
    })();
    console.log(
      `Dữ liệu: ${PRODUCTS.toLocaleString('vi-VN')} sản phẩm, ${(PRODUCTS * EVALUATIONS_PER_PRODUCT).toLocaleString('vi-VN')} kết quả đánh giá, ${districtIds.length} đơn vị cấp huyện (nạp ${Math.round(performance.now() - t0)} ms)`,
    );
    sqlite.exec('ANALYZE');

    // Floor: every product and evaluation read once as plain arrays (what any list or summary must at least touch).
    const scanProducts = sqlite.prepare('SELECT id, producer_id, commune_id, district_id FROM ocop_products').raw();
    const scanEvals = sqlite
      .prepare('SELECT product_id, level, evaluated_date, stars, decision_date, expiry_date FROM ocop_evaluations')
      .raw();
    const floor = await time(() => (scanProducts.all(), scanEvals.all()));
    const f = { floor: floor.p50, floorName: 'đọc thô mọi sản phẩm + đánh giá' };
    const asOf = '2024-03-01';
    let months = 0;
    const cal = await time(() => (months = expiryCalendar(ctx, asOf).reduce((n, m) => n + m.items.length, 0)));
    report({
      name: `Lịch hết hạn 6 tháng tới (${months} giấy chứng nhận, đến ${addMonths(asOf, 6)}), p50`,
      value: cal.p50,
      budget: 100,
      ...f,
      cpu: cal.cpu,
    });
    let rows = 0;
    const sum = await time(() => (rows = ocopSummary(ctx, asOf).rows.length));
    report({
      name: `Tổng hợp theo đơn vị cấp huyện (${rows} dòng), p50`,
      value: sum.p50,
      budget: 100,
      ...f,
      cpu: sum.cpu,
    });
    let due = 0;
    const dueT = await time(() => (due = dueForReevaluation(ctx, asOf).length), 5, 1);
    report({ name: `Sản phẩm cần đánh giá lại (${due}), p50`, value: dueT.p50, budget: 100, ...f, cpu: dueT.cpu });
    const list = await time(() => productRows(ctx, asOf).length, 5, 1);
    report({
      name: 'Danh sách sản phẩm có tình trạng (20.000 dòng), p50',
      value: list.p50,
      budget: 100,
      ...f,
      cpu: list.cpu,
    });
  } finally {
    ctx.close();
  }
}
