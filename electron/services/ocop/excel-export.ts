/** The OCOP workbook: three sheets (producers, products, evaluation results) that import reads back. */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { addSheet, workbookBase64, type SheetColumn } from '../io/excel';
import { stage } from '../io/job-context';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import { formatShortDate } from '../../../shared/format/date';
import { groupLabel, subgroupLabel } from '../../../shared/domain/ocop-groups';
import { OCOP_LEVEL_LABEL, type OcopLevel, type ProducerRow, type ProductRow } from '../../../shared/models/ocop';
import type { EvaluationRecord } from '../../../db/repositories/ocop-evaluations';
import { listAllEvaluations } from '../../../db/repositories/ocop-evaluations';
import { producerRows, productRows } from './registry';
import { versions } from './common';
import { H, SHEET_EVALUATIONS, SHEET_PRODUCERS, SHEET_PRODUCTS } from './excel-layout';

const SOURCE_LABEL: Record<string, string> = {
  public: 'Nguồn công khai',
  sample: 'Dữ liệu mẫu',
  user: 'Văn phòng nhập',
};
const source = (s: string) => SOURCE_LABEL[s] ?? s;
const pts = (h: number) => h / 100;

export async function exportOcop(ctx: ServiceContext, asOf: string): Promise<FilePayload> {
  await stage(0.05, 'Đang đọc chủ thể và sản phẩm OCOP');
  const producers = producerRows(ctx);
  const products = productRows(ctx, asOf);
  const byProduct = new Map(products.map((p) => [p.id, p]));
  const versionName = new Map(versions(ctx).map((v) => [v.id, v.decision]));
  const wb = new ExcelJS.Workbook();

  const producerCols: SheetColumn<ProducerRow>[] = [
    { header: H.id, width: 8, value: (r) => r.id },
    { header: H.producerName, width: 40, value: (r) => r.name },
    { header: H.kind, width: 20, value: (r) => r.kindLabel },
    { header: H.address, width: 30, value: (r) => r.address },
    { header: H.commune, width: 22, value: (r) => r.communeName },
    { header: H.district, width: 24, value: (r) => r.districtName },
    { header: H.representative, width: 22, value: (r) => r.representative },
    { header: H.phone, width: 14, value: (r) => r.phone },
    { header: H.taxCode, width: 14, value: (r) => r.taxCode },
    { header: H.notes, width: 50, value: (r) => r.notes },
    { header: 'Nguồn dữ liệu', width: 16, value: (r) => source(r.source) },
  ];
  await stage(0.4, 'Đang ghi chủ thể và sản phẩm vào bảng tính');
  addSheet(wb, SHEET_PRODUCERS, producerCols, producers);

  const productCols: SheetColumn<ProductRow>[] = [
    { header: H.id, width: 8, value: (r) => r.id },
    { header: H.productName, width: 40, value: (r) => r.name },
    { header: H.producer, width: 34, value: (r) => r.producerName },
    { header: H.group, width: 22, value: (r) => groupLabel(r.groupCode) },
    { header: H.subgroup, width: 30, value: (r) => subgroupLabel(r.groupCode, r.subgroupCode) },
    { header: H.commune, width: 22, value: (r) => r.communeName },
    { header: H.district, width: 24, value: (r) => r.districtName },
    { header: H.notes, width: 50, value: (r) => r.notes },
    { header: `Tình trạng (đến ${formatShortDate(asOf)})`, width: 22, value: (r) => r.statusLabel },
    { header: 'Số sao', width: 8, value: (r) => r.stars },
    { header: 'Nguồn dữ liệu', width: 16, value: (r) => source(r.source) },
  ];
  addSheet(wb, SHEET_PRODUCTS, productCols, products);

  const evalCols: SheetColumn<EvaluationRecord>[] = [
    { header: H.id, width: 8, value: (r) => r.id },
    { header: H.product, width: 40, value: (r) => byProduct.get(r.productId)?.name ?? '' },
    { header: H.producer, width: 34, value: (r) => byProduct.get(r.productId)?.producerName ?? '' },
    { header: H.round, width: 40, value: (r) => r.roundName },
    { header: H.level, width: 14, value: (r) => OCOP_LEVEL_LABEL[r.level as OcopLevel] ?? r.level },
    { header: H.evaluatedDate, width: 14, value: (r) => formatShortDate(r.evaluatedDate) },
    { header: H.a, width: 9, value: (r) => pts(r.pointsA), numFmt: '0.00' },
    { header: H.b, width: 9, value: (r) => pts(r.pointsB), numFmt: '0.00' },
    { header: H.c, width: 9, value: (r) => pts(r.pointsC), numFmt: '0.00' },
    { header: H.mandatory, width: 14, value: (r) => (r.mandatoryFailed ? 'x' : '') },
    { header: H.decisionNo, width: 20, value: (r) => r.decisionNo },
    { header: H.decisionDate, width: 14, value: (r) => formatShortDate(r.decisionDate) },
    { header: H.issuer, width: 24, value: (r) => r.issuer },
    { header: H.notes, width: 40, value: (r) => r.notes },
    { header: 'Bộ tiêu chí', width: 18, value: (r) => versionName.get(r.versionId) ?? '' },
    { header: 'Tổng điểm', width: 10, value: (r) => pts(r.total), numFmt: '0.00' },
    { header: 'Số sao', width: 8, value: (r) => r.stars },
    { header: 'Ngày hết hạn', width: 14, value: (r) => formatShortDate(r.expiryDate) },
    { header: 'Nguồn điểm', width: 16, value: (r) => source(r.source) },
  ];
  await stage(0.65, 'Đang ghi kết quả đánh giá, phân hạng');
  addSheet(wb, SHEET_EVALUATIONS, evalCols, listAllEvaluations(ctx.db));

  return { fileName: `OCOP-${asOf}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}
