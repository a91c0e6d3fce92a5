/**
 * Importing the OCOP workbook: every sheet is read and checked first (errors by sheet, row and
 * column), then everything is written in one transaction or nothing is.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { ImportErrors, loadWorkbook } from '../io/excel';
import { excelImport, writeImport } from '../io/import-steps';
import { AppError } from '../../../shared/errors';
import { searchKey } from '../../../shared/format/text';
import { groupFromText, subgroupFromText } from '../../../shared/domain/ocop-groups';
import { formatPoints } from '../../../shared/domain/ocop-scoring';
import type { ImportPreview, ImportResult, ProducerKind } from '../../../shared/models/ocop';
import { producerKind } from '../../../shared/domain/ocop-producers';
import { listProducerRecords, listProductRecords } from '../../../db/repositories/ocop';
import { recordAudit } from '../../../db/repositories/audit';
import { writeProducer, writeProduct } from './registry';
import { writeEvaluation } from './evaluations';
import {
  H,
  PRODUCER_HEADERS,
  PRODUCT_HEADERS,
  SHEET_EVALUATIONS,
  SHEET_PRODUCERS,
  SHEET_PRODUCTS,
} from './excel-layout';
import { parseKind, type RowReader, UnitMatcher } from './excel-read';
import { producerInput, productInput } from '../../../shared/api/contracts/ocop';
import { pointsHundredths } from '../../../shared/models/units-of-measure';
import { importRows, same, type Change, type Ref } from './excel-import-rows';
import { planEvaluations, type EvaluationPlan } from './excel-import-evaluations';

interface ProducerPlan {
  row: number;
  id: number | null;
  key: string;
  values: {
    name: string;
    kind: ProducerKind;
    address: string;
    communeId: number | null;
    districtId: number | null;
    representative: string;
    phone: string;
    taxCode: string;
    notes: string;
  };
  change: Change;
}
interface ProductPlan {
  row: number;
  id: number | null;
  key: string;
  producer: Ref;
  values: {
    name: string;
    groupCode: string;
    subgroupCode: string;
    communeId: number | null;
    districtId: number | null;
    notes: string;
  };
  change: Change;
}
interface Plan {
  producers: ProducerPlan[];
  products: ProductPlan[];
  evaluations: EvaluationPlan[];
}

const PRODUCER_FIELD_HEADER = {
  name: H.producerName,
  kind: H.kind,
  address: H.address,
  representative: H.representative,
  phone: H.phone,
  taxCode: H.taxCode,
  notes: H.notes,
};

const productKey = (producerKey: string, name: string) => `${producerKey}\u0000${searchKey(name)}`;

async function plan(ctx: ServiceContext, { fileName, base64 }: ParsedInputOf<'ocop.importPreview'>): Promise<Plan> {
  const wb = await loadWorkbook(base64, fileName);
  const errors = new ImportErrors();
  const sheets = [SHEET_PRODUCERS, SHEET_PRODUCTS, SHEET_EVALUATIONS].map((n) => wb.getWorksheet(n));
  if (sheets.every((s) => !s)) {
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp «${fileName}» không có sheet «${SHEET_PRODUCERS}», «${SHEET_PRODUCTS}» hay «${SHEET_EVALUATIONS}». Hãy dùng tệp xuất từ ứng dụng làm mẫu.`,
    );
  }
  const units = new UnitMatcher(ctx);
  const plan: Plan = { producers: [], products: [], evaluations: [] };

  // Producers: by id, else by name.
  const dbProducers = listProducerRecords(ctx.db).map((r) => r.p);
  const producerById = new Map(dbProducers.map((p) => [p.id, p]));
  const producerByKey = new Map<string, number[]>();
  for (const p of dbProducers)
    producerByKey.set(searchKey(p.name), [...(producerByKey.get(searchKey(p.name)) ?? []), p.id]);
  const fileProducers = new Map<string, ProducerPlan>();
  if (sheets[0]) {
    importRows(sheets[0], PRODUCER_HEADERS, errors, (r) => {
      const id = r.id(H.id);
      const name = r.text(H.producerName);
      if (!name) return r.error(H.producerName, 'không được để trống.');
      const key = searchKey(name);
      if (fileProducers.has(key))
        return r.error(H.producerName, `chủ thể «${name}» đã có ở dòng ${fileProducers.get(key)!.row}.`);
      const kindText = r.text(H.kind);
      const kind = kindText ? parseKind(kindText) : producerKind(name);
      if (!kind)
        r.error(
          H.kind,
          `«${kindText}» không phải loại hình chủ thể (doanh nghiệp, hợp tác xã, tổ hợp tác, hộ sản xuất).`,
        );
      const u = units.read(r, H.commune, H.district);
      if (id === undefined || !kind || !u) return;
      const matches = id === null ? (producerByKey.get(key) ?? []) : [];
      if (id !== null && !producerById.has(id)) return r.error(H.id, `không có chủ thể mã ${id}.`);
      if (matches.length > 1)
        return r.error(H.id, `có ${matches.length} chủ thể tên «${name}»; ghi mã chủ thể để chọn đúng.`);
      const existing = producerById.get(id ?? matches[0] ?? -1);
      const values = {
        name,
        kind,
        address: r.text(H.address),
        ...u,
        representative: r.text(H.representative),
        phone: r.text(H.phone),
        taxCode: r.text(H.taxCode),
        notes: r.text(H.notes),
      };
      if (!r.valid(producerInput, values, PRODUCER_FIELD_HEADER)) return;
      const p: ProducerPlan = {
        row: r.row,
        id: existing?.id ?? null,
        key,
        values,
        change: !existing ? 'add' : same(values, existing) ? 'same' : 'change',
      };
      fileProducers.set(key, p);
      plan.producers.push(p);
    });
  }

  // Products: the producer by name (in the file or the database); the product by id, else producer + name.
  const dbProducts = listProductRecords(ctx.db).map((r) => r.p);
  const productById = new Map(dbProducts.map((p) => [p.id, p]));
  const productByKey = new Map(
    dbProducts.map((p) => [productKey(searchKey(producerById.get(p.producerId)?.name ?? ''), p.name), p]),
  );
  const fileProducts = new Map<string, ProductPlan>();
  const producerRef = (r: RowReader): { ref: Ref; key: string } | undefined => {
    const name = r.text(H.producer);
    if (!name) return void r.error(H.producer, 'không được để trống.');
    const key = searchKey(name);
    const inFile = fileProducers.get(key);
    if (inFile) return { ref: inFile.id ? { id: inFile.id } : { key }, key };
    const ids = producerByKey.get(key) ?? [];
    if (ids.length === 1) return { ref: { id: ids[0]! }, key };
    r.error(
      H.producer,
      ids.length
        ? `có nhiều chủ thể tên «${name}».`
        : `không có chủ thể «${name}» (thêm chủ thể ở sheet «${SHEET_PRODUCERS}»).`,
    );
    return undefined;
  };
  if (sheets[1]) {
    importRows(sheets[1], PRODUCT_HEADERS, errors, (r) => {
      const id = r.id(H.id);
      const name = r.text(H.productName);
      if (!name) return r.error(H.productName, 'không được để trống.');
      const producer = producerRef(r);
      const group = groupFromText(r.text(H.group));
      if (r.text(H.group) && !group) r.error(H.group, `«${r.text(H.group)}» không có trong danh mục nhóm sản phẩm.`);
      const sub = group ? subgroupFromText(group, r.text(H.subgroup)) : undefined;
      if (r.text(H.subgroup) && !sub)
        r.error(H.subgroup, `«${r.text(H.subgroup)}» không phải phân nhóm của nhóm đã ghi.`);
      const u = units.read(r, H.commune, H.district);
      if (id === undefined || !producer || !u || (r.text(H.group) && !group) || (r.text(H.subgroup) && !sub)) return;
      const key = productKey(producer.key, name);
      if (fileProducts.has(key))
        return r.error(H.productName, `sản phẩm này đã có ở dòng ${fileProducts.get(key)!.row}.`);
      if (id !== null && !productById.has(id)) return r.error(H.id, `không có sản phẩm mã ${id}.`);
      const existing = id !== null ? productById.get(id) : productByKey.get(key);
      const values = {
        name,
        groupCode: group?.code ?? '',
        subgroupCode: sub?.code ?? '',
        ...u,
        notes: r.text(H.notes),
      };
      if (!r.valid(productInput.omit({ producerId: true }), values, { name: H.productName, notes: H.notes })) return;
      const sameProducer = existing && 'id' in producer.ref && producer.ref.id === existing.producerId;
      const change: Change = !existing ? 'add' : sameProducer && same(values, existing) ? 'same' : 'change';
      const p: ProductPlan = { row: r.row, id: existing?.id ?? null, key, producer: producer.ref, values, change };
      fileProducts.set(key, p);
      plan.products.push(p);
    });
  }

  // Evaluations: the product by producer + name; checked against the criteria version of their date.
  if (sheets[2])
    plan.evaluations = planEvaluations(ctx, sheets[2], errors, {
      producer: producerRef,
      product: (producerKey, name) => {
        const key = productKey(producerKey, name);
        const inFile = fileProducts.get(key);
        const inDb = productByKey.get(key);
        return inFile ? (inFile.id ? { id: inFile.id } : { key }) : inDb ? { id: inDb.id } : undefined;
      },
    });
  if (!errors.any && !plan.producers.length && !plan.products.length && !plan.evaluations.length) {
    const present = sheets.flatMap((s) => (s ? [`«${s.name}»`] : []));
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp «${fileName}» không có dữ liệu OCOP nào để nhập: sheet ${present.join(', ')} chỉ có dòng tiêu đề (cần ít nhất một dòng chủ thể, sản phẩm hoặc kết quả đánh giá).`,
    );
  }
  errors.throwIfAny();
  return plan;
}

function preview(_ctx: ServiceContext, plan: Plan): ImportPreview {
  const count = (sheet: string, xs: { change: Change }[]) => ({
    sheet,
    added: xs.filter((x) => x.change === 'add').length,
    changed: xs.filter((x) => x.change === 'change').length,
    unchanged: xs.filter((x) => x.change === 'same').length,
  });
  const verb = { add: 'thêm mới', change: 'cập nhật', same: '' };
  const sample = [
    ...plan.producers.filter((p) => p.change !== 'same').map((p) => `Chủ thể «${p.values.name}»: ${verb[p.change]}`),
    ...plan.products.filter((p) => p.change !== 'same').map((p) => `Sản phẩm «${p.values.name}»: ${verb[p.change]}`),
    ...plan.evaluations
      .filter((e) => e.change !== 'same')
      .map(
        (e) =>
          `Kết quả đánh giá dòng ${e.row} (${formatPoints(pointsHundredths(e.values.pointsA + e.values.pointsB + e.values.pointsC))} điểm): ${verb[e.change]}`,
      ),
  ].slice(0, 20);
  return {
    counts: [
      count(SHEET_PRODUCERS, plan.producers),
      count(SHEET_PRODUCTS, plan.products),
      count(SHEET_EVALUATIONS, plan.evaluations),
    ],
    sample,
  };
}

function apply(ctx: ServiceContext, plan: Plan): ImportResult {
  const counts = preview(ctx, plan).counts;
  // Nothing to change: no write, no audit row.
  if (counts.every((c) => !c.added && !c.changed)) return { counts };
  writeImport(ctx, (tx) => {
    const at = (sheet: string, row: number, fn: () => void) => {
      try {
        fn();
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        const message = `Sheet «${sheet}», dòng ${row}: ${e.message}`;
        throw new AppError('IMPORT_INVALID', `Tệp có lỗi, chưa nhập dữ liệu nào. ${message}`, [
          { sheet, row, message },
        ]);
      }
    };
    const producerIds = new Map<string, number>();
    for (const p of plan.producers) {
      if (p.change === 'same') continue;
      at(SHEET_PRODUCERS, p.row, () => producerIds.set(p.key, writeProducer(ctx, tx, p.values, p.id)));
    }
    const productIds = new Map<string, number>();
    for (const p of plan.products) {
      if (p.change === 'same') continue;
      const producerId = 'id' in p.producer ? p.producer.id : producerIds.get(p.producer.key)!;
      at(SHEET_PRODUCTS, p.row, () => productIds.set(p.key, writeProduct(ctx, tx, { ...p.values, producerId }, p.id)));
    }
    for (const e of plan.evaluations) {
      if (e.change === 'same') continue;
      const productId = 'id' in e.product ? e.product.id : productIds.get(e.product.key)!;
      at(SHEET_EVALUATIONS, e.row, () =>
        writeEvaluation(ctx, tx, { ...e.values, productId, members: [], decision: e.decision }, e.id),
      );
    }
    recordAudit(tx, [{ entity: 'ocop_import', entityId: 'excel', action: 'import', newValue: counts }], ctx.now());
  });
  return { counts };
}

export const { importPreview, importApply } = excelImport({ plan, preview, apply });
