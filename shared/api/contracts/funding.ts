import { z } from 'zod';
import { channel } from '../define';
import { base64Schema, fileNameSchema } from './files';
import { MAX_AMOUNT } from '../../domain/amount';
import { parseViDate } from '../../format/date';
import { STAGES, WORK_STATUSES, type FundingImportPreview, type FundingImportResult, type FundingOverview, type WorksList } from '../../models/funding';
import type { FilePayload } from '../../models/files';

const id = z.number().int().positive();
const year = z.number().int().min(2000, 'Năm phải từ 2000 trở đi').max(2100, 'Năm không hợp lệ');
const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseViDate(s) === s, 'Ngày không hợp lệ (cần dạng năm-tháng-ngày có thật)');
const stage = z.enum(STAGES, { message: 'Giai đoạn phải là nhu cầu, kế hoạch giao hoặc giải ngân' });

/** An amount in nghìn đồng (triệu đồng × 1000), already parsed from Vietnamese text; null removes the figure. */
export const amountSchema = z
  .number({ message: 'Số tiền phải là một số' })
  .int('Số tiền phải là số nguyên nghìn đồng (tối đa 3 chữ số thập phân của triệu đồng)')
  .min(0, 'Số tiền không được âm')
  .max(MAX_AMOUNT, 'Số tiền quá lớn');

/** The fields of a work a person edits; the import checks its rows with the same schema. */
export const workFieldsSchema = z.object({
  communeId: id,
  name: z.string().trim().min(1, 'Tên công trình không được để trống').max(300, 'Tên công trình quá dài (tối đa 300 ký tự)'),
  criterionNo: z.number().int('Số tiêu chí phải là số nguyên').min(1, 'Số tiêu chí phải từ 1 trở lên').max(99, 'Số tiêu chí không hợp lệ').nullable(),
  startYear: year.nullable(),
  endYear: year.nullable(),
  status: z.enum(WORK_STATUSES, { message: 'Tình trạng phải là Dự kiến, Đang thực hiện, Hoàn thành hoặc Tạm dừng' }),
  committedValue: amountSchema.nullable(),
  notes: z.string().max(2000, 'Ghi chú quá dài (tối đa 2.000 ký tự)'),
});

const yearsInOrder = (w: { startYear?: number | null; endYear?: number | null }) =>
  w.startYear === null || w.startYear === undefined || w.endYear === null || w.endYear === undefined || w.endYear >= w.startYear;
const YEARS_ORDER_MESSAGE = 'Năm kết thúc không được trước năm bắt đầu';

export const workCreateInput = workFieldsSchema
  .extend({
    criterionNo: workFieldsSchema.shape.criterionNo.default(null),
    startYear: workFieldsSchema.shape.startYear.default(null),
    endYear: workFieldsSchema.shape.endYear.default(null),
    status: workFieldsSchema.shape.status.default('planned'),
    committedValue: workFieldsSchema.shape.committedValue.default(null),
    notes: workFieldsSchema.shape.notes.default(''),
  })
  .strict()
  .refine(yearsInOrder, { message: YEARS_ORDER_MESSAGE, path: ['endYear'] });

export const workUpdateInput = workFieldsSchema
  .partial()
  .extend({ id })
  .strict()
  .refine(yearsInOrder, { message: YEARS_ORDER_MESSAGE, path: ['endYear'] });

/** One figure to set: of a work, or (workId null) the province-level figure of a source. */
export const amountChange = z
  .object({ workId: id.nullable(), source: z.string().min(1).max(40), stage, amount: amountSchema.nullable() })
  .strict();

const yearAt = z.object({ year, asOf: isoDate.optional() }).strict();
const fileInput = z.object({ fileName: fileNameSchema, base64: base64Schema }).strict();

export const fundingContract = {
  /** The year's figures by source and stage, rolled up to district-level units and the province, with warnings. */
  'funding.overview': channel(yearAt).returns<FundingOverview>(),
  'funding.works': channel(
    z.object({ year, asOf: isoDate.optional(), districtId: id.optional(), communeId: id.optional() }).strict(),
  ).returns<WorksList>(),
  /** Many figures in one transaction (an edit, or a paste block): all or nothing. */
  'funding.setAmounts': channel(
    z.object({ year, asOf: isoDate.optional(), changes: z.array(amountChange).min(1).max(20_000, 'Quá nhiều ô trong một lần (tối đa 20.000)') }).strict(),
  ).returns<{ changed: number }>(),
  /** The total a document states for a stage ("6.259.605 triệu đồng"), to check against the sum of sources. */
  'funding.setStatedTotal': channel(z.object({ year, stage, amount: amountSchema.nullable() }).strict()).returns<{ changed: number }>(),
  'funding.export': channel(yearAt).returns<FilePayload>(),
  'funding.importPreview': channel(fileInput).returns<FundingImportPreview>(),
  'funding.importApply': channel(fileInput).returns<FundingImportResult>(),
  'works.create': channel(workCreateInput).returns<{ id: number }>(),
  'works.update': channel(workUpdateInput).returns<{ id: number }>(),
  'works.delete': channel(z.object({ id }).strict()).returns<{ id: number }>(),
};
