import { z } from 'zod';
import { channel } from '../define';
import { amount, id, notes, year } from '../zod-blocks';
import { WORK_STATUSES } from '../../models/funding';

/** The fields of a work a person edits; the import checks its rows with the same schema. */
export const workFieldsSchema = z.object({
  communeId: id,
  name: z
    .string()
    .trim()
    .min(1, 'Tên công trình không được để trống')
    .max(300, 'Tên công trình quá dài (tối đa 300 ký tự)'),
  criterionNo: z
    .number()
    .int('Số tiêu chí phải là số nguyên')
    .min(1, 'Số tiêu chí phải từ 1 trở lên')
    .max(99, 'Số tiêu chí không hợp lệ')
    .nullable(),
  startYear: year.nullable(),
  endYear: year.nullable(),
  status: z.enum(WORK_STATUSES, { message: 'Tình trạng phải là Dự kiến, Đang thực hiện, Hoàn thành hoặc Tạm dừng' }),
  committedValue: amount.nullable(),
  notes: notes(),
});

const yearsInOrder = (w: { startYear?: number | null; endYear?: number | null }) =>
  w.startYear === null ||
  w.startYear === undefined ||
  w.endYear === null ||
  w.endYear === undefined ||
  w.endYear >= w.startYear;
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

export const worksContract = {
  'works.create': channel(workCreateInput).returns<{ id: number }>(),
  'works.update': channel(workUpdateInput).returns<{ id: number }>(),
  'works.delete': channel(z.object({ id }).strict()).returns<{ id: number }>(),
};
