/**
 * The OCOP import's sheet «Đánh giá»: each row checked against the product it names and the
 * criteria version in force on its date, planned as an addition, a change or nothing.
 */
import type { ServiceContext } from '../context';
import type { ImportErrors } from '../io/excel';
import type { Sheet } from '../io/sheet';
import { formatShortDate } from '../../../shared/format/date';
import { formatPoints, partProblem, rate, type Part } from '../../../shared/domain/ocop-scoring';
import type { OcopLevel } from '../../../shared/models/ocop';
import { listAllEvaluations } from '../../../db/repositories/ocop-evaluations';
import { versions } from './common';
import { EVALUATION_HEADERS, H, SHEET_PRODUCTS } from './excel-layout';
import { parseFlag, parseLevel, type RowReader } from './excel-read';
import { evaluationInput } from '../../../shared/api/contracts/ocop';
import { z } from 'zod';
import { pointsHundredths, type PointsHundredths } from '../../../shared/models/units-of-measure';
import { importRows, same, type Change, type Ref } from './excel-import-rows';

export interface EvaluationPlan {
  row: number;
  id: number | null;
  product: Ref;
  values: {
    roundName: string;
    level: OcopLevel;
    evaluatedDate: string;
    pointsA: PointsHundredths;
    pointsB: PointsHundredths;
    pointsC: PointsHundredths;
    mandatoryFailed: boolean;
    notes: string;
  };
  decision?: { decisionNo: string; decisionDate: string; issuer: string };
  change: Change;
}

/** How a row names its producer and product: in the file's other sheets or in the database. */
export interface EvaluationLookups {
  producer: (r: RowReader) => { ref: Ref; key: string } | undefined;
  product: (producerKey: string, name: string) => Ref | undefined;
}

/** The evaluation's free texts, limited as in the form and the recognition dialog. */
const EVALUATION_TEXTS = evaluationInput.pick({ roundName: true, notes: true }).extend({
  decisionNo: z.string().max(60, 'Số quyết định quá dài (tối đa 60 ký tự)'),
  issuer: z.string().max(200, 'Tên cơ quan ban hành quá dài (tối đa 200 ký tự)'),
});
const EVALUATION_FIELD_HEADER = { roundName: H.round, notes: H.notes, decisionNo: H.decisionNo, issuer: H.issuer };

/** The rows of sheet «Đánh giá», checked; problems go to `errors` by row and column. */
export function planEvaluations(
  ctx: ServiceContext,
  ws: Sheet,
  errors: ImportErrors,
  find: EvaluationLookups,
): EvaluationPlan[] {
  const out: EvaluationPlan[] = [];
  const allVersions = versions(ctx);
  const dbEvals = listAllEvaluations(ctx.db);
  const fileEvaluations = new Map<string, number>();
  importRows(ws, EVALUATION_HEADERS, errors, (r) => {
    const id = r.id(H.id);
    const producer = find.producer(r);
    const name = r.text(H.product);
    if (!name) r.error(H.product, 'không được để trống.');
    let product: Ref | undefined;
    if (producer && name) {
      product = find.product(producer.key, name);
      if (!product)
        r.error(
          H.product,
          `không có sản phẩm «${name}» của chủ thể «${r.text(H.producer)}» (thêm ở sheet «${SHEET_PRODUCTS}»).`,
        );
    }
    const level = parseLevel(r.text(H.level));
    if (!level)
      r.error(
        H.level,
        r.text(H.level)
          ? `«${r.text(H.level)}» không phải cấp đánh giá (cấp huyện, cấp tỉnh, cấp trung ương).`
          : 'không được để trống.',
      );
    const existing = id ? dbEvals.find((e) => e.id === id) : undefined;
    if (id && !existing) r.error(H.id, `không có kết quả đánh giá mã ${id}.`);
    if (existing && product && 'id' in product && existing.productId !== product.id)
      r.error(H.id, `kết quả mã ${id} là của sản phẩm khác.`);
    const evaluatedDate = r.date(H.evaluatedDate, !(existing && existing.evaluatedDate === null));
    const [a, b, c] = [r.points(H.a), r.points(H.b), r.points(H.c)];
    const mandatory = parseFlag(r.text(H.mandatory));
    if (mandatory === null) r.error(H.mandatory, `ghi «x» nếu sản phẩm không đạt tiêu chí bắt buộc, để trống nếu đạt.`);
    const decisionDate = r.date(H.decisionDate, false);
    const decisionNo = r.text(H.decisionNo);
    if (decisionDate && !decisionNo) r.error(H.decisionNo, 'có ngày quyết định nhưng chưa có số quyết định.');
    if (decisionNo && !decisionDate && decisionDate !== undefined)
      r.error(H.decisionDate, 'có số quyết định nhưng chưa có ngày quyết định.');
    if (
      !product ||
      !level ||
      evaluatedDate === undefined ||
      a === undefined ||
      b === undefined ||
      c === undefined ||
      mandatory === null ||
      decisionDate === undefined
    )
      return;
    const values = {
      roundName: r.text(H.round),
      level,
      evaluatedDate: evaluatedDate ?? '',
      pointsA: a,
      pointsB: b,
      pointsC: c,
      mandatoryFailed: mandatory,
      notes: r.text(H.notes),
    };
    const decision = decisionDate ? { decisionNo, decisionDate, issuer: r.text(H.issuer) } : undefined;
    if (
      !r.valid(
        EVALUATION_TEXTS,
        { roundName: values.roundName, notes: values.notes, decisionNo, issuer: r.text(H.issuer) },
        EVALUATION_FIELD_HEADER,
      )
    )
      return;
    const dupKey = `${'id' in product ? product.id : product.key}\u0000${level}\u0000${evaluatedDate ?? ''}`;
    if (fileEvaluations.has(dupKey))
      return r.error(
        H.evaluatedDate,
        `kết quả đánh giá này (cùng sản phẩm, cấp và ngày) đã có ở dòng ${fileEvaluations.get(dupKey)}.`,
      );
    fileEvaluations.set(dupKey, r.row);
    const current =
      existing ??
      dbEvals.find(
        (e) => 'id' in product && e.productId === product.id && e.level === level && e.evaluatedDate === evaluatedDate,
      );
    const unchanged = current && same({ ...values, evaluatedDate }, current) && (!decision || same(decision, current));
    if (unchanged) return void out.push({ row: r.row, id: current.id, product, values, change: 'same' });
    if (!evaluatedDate) return r.error(H.evaluatedDate, 'không được để trống khi thay đổi kết quả.');
    const version = allVersions
      .filter((v) => v.effectiveFrom <= evaluatedDate)
      .sort((x, y) => y.effectiveFrom.localeCompare(x.effectiveFrom))[0];
    if (!version)
      return r.error(
        H.evaluatedDate,
        `chưa có bộ tiêu chí OCOP nào có hiệu lực vào ngày ${formatShortDate(evaluatedDate)}.`,
      );
    let ok = true;
    const fail = (header: string, message: string) => {
      ok = false;
      r.error(header, message);
    };
    for (const [part, header, p] of [
      ['A', H.a, a],
      ['B', H.b, b],
      ['C', H.c, c],
    ] as [Part, string, PointsHundredths][]) {
      const problem = partProblem(version, part, p);
      if (problem) fail(header, problem);
    }
    if (mandatory && !version.hasMandatory)
      fail(H.mandatory, `bộ tiêu chí ${version.decision} không có tiêu chí bắt buộc.`);
    const rating = rate(pointsHundredths(a + b + c), mandatory);
    if (decision && rating.stars < 3)
      fail(
        H.decisionDate,
        `kết quả ${formatPoints(rating.total)} điểm chỉ đạt ${rating.stars} sao, không được công nhận.`,
      );
    if (decision && decision.decisionDate < evaluatedDate) fail(H.decisionDate, 'ngày quyết định trước ngày đánh giá.');
    if (ok)
      out.push({
        row: r.row,
        id: current?.id ?? null,
        product,
        values,
        decision,
        change: current ? 'change' : 'add',
      });
  });
  return out;
}
