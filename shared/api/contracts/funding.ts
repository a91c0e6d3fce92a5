import { z } from 'zod';
import { channel } from '../define';
import { amount, id, importFile, isoDate, notes, year } from '../zod-blocks';
import { STAGES, WORK_STATUSES, type FundingImportPreview, type FundingImportResult, type FundingOverview, type WorksList } from '../../models/funding';
import type { FilePayload } from '../../models/files';

const asOf = isoDate('Ngày tính số liệu');
const stage = z.enum(STAGES, { message: 'Giai đoạn phải là nhu cầu, kế hoạch giao hoặc giải ngân' });

/** The fields of a work a person edits; the import checks its rows with the same schema. */
export const workFieldsSchema = z.object({
  communeId: id,
  name: z.string().trim().min(1, 'Tên công trình không được để trống').max(300, 'Tên công trình quá dài (tối đa 300 ký tự)'),
  criterionNo: z.number().int('Số tiêu chí phải là số nguyên').min(1, 'Số tiêu chí phải từ 1 trở lên').max(99, 'Số tiêu chí không hợp lệ').nullable(),
  startYear: year.nullable(),
  endYear: year.nullable(),
  status: z.enum(WORK_STATUSES, { message: 'Tình trạng phải là Dự kiến, Đang thực hiện, Hoàn thành hoặc Tạm dừng' }),
  committedValue: amount.nullable(),
  notes: notes(),
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
  .object({ workId: id.nullable(), source: z.string().min(1).max(40), stage, amount: amount.nullable() })
  .strict();

const yearAt = z.object({ year, asOf: asOf.optional() }).strict();

export const fundingContract = {
  /** The year's figures by source and stage, rolled up to district-level units and the province, with warnings. */
  'funding.overview': channel(yearAt).returns<FundingOverview>(),
  'funding.works': channel(
    z.object({ year, asOf: asOf.optional(), districtId: id.optional(), communeId: id.optional() }).strict(),
  ).returns<WorksList>(),
  /** Many figures in one transaction (an edit, or a paste block): all or nothing. */
  'funding.setAmounts': channel(
    z.object({ year, asOf: asOf.optional(), changes: z.array(amountChange).min(1).max(20_000, 'Quá nhiều ô trong một lần (tối đa 20.000)') }).strict(),
  ).returns<{ changed: number }>(),
  /** The total a document states for a stage ("6.259.605 triệu đồng"), to check against the sum of sources. */
  'funding.setStatedTotal': channel(z.object({ year, stage, amount: amount.nullable() }).strict()).returns<{ changed: number }>(),
  'funding.export': channel(yearAt).returns<FilePayload>(),
  'funding.importPreview': channel(importFile).returns<FundingImportPreview>(),
  'funding.importApply': channel(importFile).returns<FundingImportResult>(),
  'works.create': channel(workCreateInput).returns<{ id: number }>(),
  'works.update': channel(workUpdateInput).returns<{ id: number }>(),
  'works.delete': channel(z.object({ id }).strict()).returns<{ id: number }>(),
};
