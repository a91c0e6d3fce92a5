/** Criteria sets as data the office edits: fields, criteria, indicators, thresholds, Excel (criteriaSets.*). */
import { z } from 'zod';
import { channel } from '../define';
import { id, importFile, text, year } from '../zod-blocks';
import { COMPARATORS, THRESHOLD_BY, VALUE_KINDS } from '../../domain/criteria-eval';
import type { FilePayload } from '../../models/files';
import type { CriteriaSetInfo } from '../../models/criteria';
import type { DependentCounts, SetImportPreview } from '../../models/indicators';

const setFields = z
  .object({
    code: text('Mã bộ', 40).min(1, 'Mã bộ tiêu chí không được để trống'),
    name: text('Tên bộ', 300).min(1, 'Tên bộ tiêu chí không được để trống'),
    level: z.enum(
      ['ntm', 'nang_cao', 'kieu_mau', 'hien_dai'],
      'Loại bộ phải là xã NTM, NTM nâng cao, NTM kiểu mẫu hoặc xã NTM hiện đại',
    ),
    yearFrom: year,
    yearTo: year,
    decision: text('Văn bản ban hành', 200),
    sourceDoc: text('Nguồn', 300),
    requiredCount: z.number().int().min(0).max(99),
    thresholdBy: z.enum(THRESHOLD_BY, 'Ngưỡng theo vùng hoặc theo nhóm xã'),
    verified: z.boolean(),
    expectedIndicators: z.number().int().min(0).max(500).nullable().default(null),
  })
  .strict()
  .refine((s) => s.yearTo >= s.yearFrom, { message: 'Năm kết thúc không được trước năm bắt đầu', path: ['yearTo'] });

export const criteriaSetsContract = {
  'criteriaSets.create': channel(
    z.object({ fields: setFields, copyFrom: id.nullable() }).strict(),
  ).returns<CriteriaSetInfo>(),
  'criteriaSets.update': channel(z.object({ id, fields: setFields }).strict()).returns<CriteriaSetInfo>(),
  'criteriaSets.saveCriterion': channel(
    z
      .object({
        id: id.nullable(),
        setId: id,
        no: z.number().int().min(1, 'Số tiêu chí từ 1').max(60, 'Số tiêu chí tối đa 60'),
        name: text('Tên tiêu chí', 200).min(1, 'Tên tiêu chí không được để trống'),
      })
      .strict(),
  ).returns<{ id: number }>(),
  'criteriaSets.removeCriterion': channel(z.object({ id }).strict()).returns<{ removed: boolean }>(),
  'criteriaSets.dependents': channel(z.object({ criterionId: id }).strict()).returns<DependentCounts>(),
  'criteriaSets.saveIndicator': channel(
    z
      .object({
        id: id.nullable(),
        criterionId: id,
        code: z
          .string()
          .trim()
          .regex(/^\d{1,2}\.\d{1,2}[a-z]?$/, 'Mã chỉ tiêu có dạng «3.2»'),
        name: text('Tên chỉ tiêu', 500).min(1, 'Tên chỉ tiêu không được để trống'),
        unit: text('Đơn vị', 30),
        comparator: z.enum(COMPARATORS, 'Phép so sánh không hợp lệ'),
        valueKind: z.enum(VALUE_KINDS, 'Cách nhập không hợp lệ'),
        grades: text('Các mức xếp loại', 200),
      })
      .strict(),
  ).returns<{ id: number }>(),
  'criteriaSets.removeIndicator': channel(z.object({ id }).strict()).returns<{ removed: boolean }>(),
  'criteriaSets.saveThreshold': channel(
    z
      .object({
        indicatorId: id,
        key: z.string().regex(/^(nhom[123]|chung|[A-Z]{2,6})$/, 'Nhóm xã hoặc vùng không hợp lệ'),
        value: text('Ngưỡng', 60),
        notApplicable: z.boolean(),
        verified: z.boolean(),
        source: text('Nguồn', 300),
      })
      .strict(),
  ).returns<{ saved: boolean }>(),
  'criteriaSets.export': channel(z.object({ setId: id }).strict()).returns<FilePayload>(),
  'criteriaSets.importPreview': channel(importFile.extend({ setId: id })).returns<SetImportPreview>(),
  'criteriaSets.importApply': channel(importFile.extend({ setId: id })).returns<SetImportPreview>(),
};
