import { z } from 'zod';
import { channel, noInput } from '../define';
import { base64, id, importFile, isoDate, search, text, year } from '../zod-blocks';
import { DOC_TYPE_PATTERN } from '../../domain/ocop-dossier';
import type { FilePayload } from '../../models/files';
import { pointsHundredths } from '../../models/units-of-measure';
import { OCOP_STATUSES, type OcopStatus } from '../../models/ocop';
import type {
  CriteriaVersionRow,
  DossierItemRow,
  EvaluationRow,
  ImportPreview,
  ImportResult,
  OcopCalendar,
  OcopMeta,
  OcopSummary,
  ProducerRow,
  ProductDetail,
  ProductRow,
  TargetProgress,
} from '../../models/ocop';

const optId = id.nullable().optional();
const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} không được để trống`)
    .max(200, `${what} quá dài (tối đa 200 ký tự)`)
    .refine((s) => /\p{L}/u.test(s), `${what} phải có chữ cái`);
/** Points in hundredths (38,5 điểm → 3850): parses to `PointsHundredths`. */
const points = (part: string) =>
  z
    .number({ error: `Điểm phần ${part} phải là số` })
    .int(`Điểm phần ${part} có tối đa 2 chữ số thập phân`)
    .min(0, `Điểm phần ${part} không được âm`)
    .max(10_000, `Điểm phần ${part} không được quá 100`)
    .transform(pointsHundredths);
const docType = z.string().regex(DOC_TYPE_PATTERN, 'Loại giấy tờ không hợp lệ');
const level = z.enum(['commune', 'district', 'province', 'central'], {
  error: 'Cấp đánh giá phải là cấp xã, cấp huyện, cấp tỉnh hoặc cấp trung ương',
});
const asOf = isoDate('Ngày tính tình trạng');

export const producerInput = z
  .object({
    id: optId,
    name: name('Tên chủ thể'),
    kind: z.enum(['doanh_nghiep', 'hop_tac_xa', 'to_hop_tac', 'ho_san_xuat'], {
      error: 'Loại hình chủ thể không hợp lệ',
    }),
    address: text('Địa chỉ', 300).default(''),
    communeId: optId,
    districtId: optId,
    representative: text('Tên người đại diện', 120).default(''),
    phone: text('Số điện thoại', 40).default(''),
    taxCode: text('Mã số thuế', 20).default(''),
    notes: text('Ghi chú', 2000).default(''),
  })
  .strict();

export const productInput = z
  .object({
    id: optId,
    producerId: id,
    name: name('Tên sản phẩm'),
    groupCode: text('Mã nhóm', 10).default(''),
    subgroupCode: text('Mã phân nhóm', 10).default(''),
    communeId: optId,
    districtId: optId,
    notes: text('Ghi chú', 2000).default(''),
  })
  .strict();

const member = z
  .object({
    memberName: name('Tên thành viên hội đồng'),
    pointsA: points('A'),
    pointsB: points('B'),
    pointsC: points('C'),
  })
  .strict();

export const evaluationInput = z
  .object({
    id: optId,
    productId: id,
    roundName: text('Tên đợt đánh giá', 300).default(''),
    level,
    evaluatedDate: isoDate('Ngày đánh giá'),
    /** Omitted: the version in force on the evaluation date. */
    versionId: optId,
    /** The council's average; ignored when members' sheets are given. */
    pointsA: points('A').optional(),
    pointsB: points('B').optional(),
    pointsC: points('C').optional(),
    members: z.array(member).max(30, 'Hội đồng có tối đa 30 thành viên').default([]),
    mandatoryFailed: z.boolean().default(false),
    kind: z.enum(['new', 'upgrade', 're_evaluation']).optional(),
    notes: text('Ghi chú', 2000).default(''),
  })
  .strict();

export const ocopContract = {
  'ocop.meta': channel(noInput).returns<OcopMeta>(),
  'ocop.versionAdd': channel(
    z
      .object({
        code: z.string().regex(/^[A-Z0-9_]{2,20}$/, 'Mã bộ tiêu chí chỉ gồm chữ in hoa, chữ số, dấu gạch dưới'),
        decision: name('Số quyết định'),
        effectiveFrom: isoDate('Ngày hiệu lực'),
        maxA: z.number().int().min(1).max(100),
        maxB: z.number().int().min(1).max(100),
        maxC: z.number().int().min(1).max(100),
        hasMandatory: z.boolean(),
      })
      .strict()
      .refine((v) => v.maxA + v.maxB + v.maxC === 100, 'Tổng điểm tối đa ba phần A, B, C phải bằng 100'),
  ).returns<CriteriaVersionRow>(),
  'ocop.producers': channel(z.object({ search: search.optional() }).strict()).returns<ProducerRow[]>(),
  'ocop.producerSave': channel(producerInput).returns<ProducerRow>(),
  'ocop.products': channel(
    z
      .object({
        search: search.optional(),
        districtId: id.optional(),
        producerId: id.optional(),
        status: z.enum(OCOP_STATUSES as [OcopStatus, ...OcopStatus[]]).optional(),
        asOf,
      })
      .strict(),
  ).returns<ProductRow[]>(),
  'ocop.productSave': channel(productInput).returns<ProductRow>(),
  'ocop.product': channel(z.object({ id, asOf }).strict()).returns<ProductDetail>(),
  'ocop.evaluationSave': channel(evaluationInput).returns<EvaluationRow>(),
  'ocop.evaluationDelete': channel(z.object({ id }).strict()).returns<{ deleted: true }>(),
  'ocop.recognise': channel(
    z
      .object({
        evaluationId: id,
        decisionNo: z.string().trim().min(1, 'Số quyết định không được để trống').max(60, 'Số quyết định quá dài'),
        decisionDate: isoDate('Ngày quyết định'),
        issuer: z
          .string()
          .trim()
          .min(1, 'Cơ quan ban hành không được để trống')
          .max(200, 'Tên cơ quan ban hành quá dài'),
        /** The person confirmed recording a decision on an evaluation that is not the product's latest. */
        confirmNotLatest: z.boolean().optional(),
      })
      .strict(),
  ).returns<EvaluationRow>(),
  'ocop.revoke': channel(
    z
      .object({
        evaluationId: id,
        revokedDate: isoDate('Ngày thu hồi'),
        reason: z.string().trim().min(1, 'Lý do thu hồi không được để trống').max(500, 'Lý do thu hồi quá dài'),
      })
      .strict(),
  ).returns<EvaluationRow>(),
  'ocop.calendar': channel(z.object({ asOf }).strict()).returns<OcopCalendar>(),
  'ocop.summary': channel(z.object({ asOf }).strict()).returns<OcopSummary>(),
  'ocop.targets': channel(z.object({ year }).strict()).returns<TargetProgress[]>(),
  'ocop.targetSave': channel(
    z
      .object({
        id: optId,
        year,
        kind: z.enum(['district_3_4', 'province_3_4', 'upgrade_3_4', 'national_dossiers'], {
          error: 'Loại chỉ tiêu không hợp lệ',
        }),
        unitId: optId,
        minCount: z.number().int().min(0, 'Chỉ tiêu không được âm').max(100_000),
        maxCount: z.number().int().min(0).max(100_000).nullable().optional(),
        notes: text('Ghi chú', 1000).default(''),
      })
      .strict()
      .refine(
        (t) => t.maxCount === null || t.maxCount === undefined || t.maxCount >= t.minCount,
        'Mức trên của chỉ tiêu phải không nhỏ hơn mức dưới',
      ),
  ).returns<TargetProgress[]>(),
  'ocop.targetsCopy': channel(z.object({ fromYear: year, toYear: year }).strict()).returns<TargetProgress[]>(),
  'ocop.dossierSet': channel(
    z.object({ productId: id, docType, present: z.boolean(), notes: text('Ghi chú', 1000).optional() }).strict(),
  ).returns<DossierItemRow[]>(),
  'ocop.dossierAttach': channel(
    z
      .object({
        productId: id,
        docType,
        fileName: z.string().min(1, 'Tên tệp không được để trống').max(255, 'Tên tệp quá dài'),
        base64,
      })
      .strict(),
  ).returns<DossierItemRow[]>(),
  'ocop.dossierOpen': channel(z.object({ productId: id, docType }).strict()).returns<FilePayload>(),
  'ocop.dossierDetach': channel(z.object({ productId: id, docType }).strict()).returns<DossierItemRow[]>(),
  'ocop.export': channel(z.object({ asOf: asOf.optional() }).strict()).returns<FilePayload>(),
  'ocop.importPreview': channel(importFile).returns<ImportPreview>(),
  'ocop.importApply': channel(importFile).returns<ImportResult>(),
};
