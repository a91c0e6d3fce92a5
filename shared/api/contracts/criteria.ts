import { z } from 'zod';
import { channel, noInput } from '../define';
import { id, importFile, isoDate, notes, text, year } from '../zod-blocks';
import type { FilePayload } from '../../models/files';
import type {
  CriteriaFigures,
  CriteriaMatrix,
  CriteriaSetDetail,
  CriteriaSetInfo,
  HistoryEntry,
  ImportPreview,
  ImportResult,
  RecognitionRow,
  SetResultsOutput,
  TargetRow,
  ThresholdRow,
} from '../../models/criteria';

const level = z.enum(['ntm', 'nang_cao', 'kieu_mau'], 'Mức đạt chuẩn phải là NTM, NTM nâng cao hoặc NTM kiểu mẫu');
const decisionNo = z.string().trim().max(60, 'Số quyết định quá dài (tối đa 60 ký tự)');

export const resultChangeSchema = z.object({ communeId: id, criterionId: id, met: z.boolean().nullable() }).strict();

export const criteriaContract = {
  'criteria.sets': channel(noInput).returns<CriteriaSetInfo[]>(),
  'criteria.setDetail': channel(z.object({ setId: id }).strict()).returns<CriteriaSetDetail>(),
  'criteria.updateThreshold': channel(
    z
      .object({
        id,
        value: z.string().trim().min(1, 'Ngưỡng không được để trống').max(60, 'Ngưỡng quá dài (tối đa 60 ký tự)'),
        verified: z.boolean(),
        source: z.string().trim().max(300, 'Nguồn quá dài (tối đa 300 ký tự)').optional(),
      })
      .strict(),
  ).returns<ThresholdRow>(),

  'criteria.matrix': channel(z.object({ year }).strict()).returns<CriteriaMatrix>(),
  'criteria.setResults': channel(
    z
      .object({
        year,
        changes: z
          .array(resultChangeSchema)
          .min(1, 'Không có thay đổi nào')
          .max(20_000, 'Quá nhiều ô trong một lần (tối đa 20.000)'),
      })
      .strict(),
  ).returns<SetResultsOutput>(),
  'criteria.history': channel(z.object({ communeId: id }).strict()).returns<HistoryEntry[]>(),

  'criteria.recognitions': channel(z.object({ year: year.optional(), communeId: id.optional() }).strict()).returns<
    RecognitionRow[]
  >(),
  'criteria.recognize': channel(
    z
      .object({
        communeId: id,
        level,
        year,
        decisionNo: decisionNo.min(1, 'Số quyết định công nhận không được để trống'),
        decisionDate: isoDate('Ngày quyết định').nullable(),
        issuer: z
          .string()
          .trim()
          .min(1, 'Cơ quan ban hành không được để trống')
          .max(120, 'Tên cơ quan ban hành quá dài'),
        /** Recording although criteria are unmet: the reason (audited, flagged wherever the recognition shows). */
        exceptionReason: text('Lý do', 500).optional(),
      })
      .strict(),
  ).returns<RecognitionRow>(),
  'criteria.revoke': channel(
    z
      .object({
        id,
        revokedDate: isoDate('Ngày thu hồi'),
        revokeDecisionNo: decisionNo.min(1, 'Số quyết định thu hồi không được để trống'),
        revokeReason: text('Lý do', 500),
      })
      .strict(),
  ).returns<RecognitionRow>(),

  'criteria.targets': channel(z.object({ year }).strict()).returns<TargetRow[]>(),
  'criteria.setTarget': channel(
    z
      .object({
        communeId: id,
        year,
        level: z.enum(['ntm', 'nang_cao', 'kieu_mau', 'tieu_chi'], 'Mức mục tiêu không hợp lệ'),
        kind: z.enum(['official', 'stretch'], 'Loại chỉ tiêu phải là «công nhận» hoặc «phấn đấu»'),
        targetCriteria: z
          .number()
          .int('Số tiêu chí phải là số nguyên')
          .min(0, 'Số tiêu chí không được âm')
          .max(99, 'Số tiêu chí quá lớn')
          .nullable(),
        notes: notes(1000),
      })
      .strict(),
  ).returns<TargetRow>(),
  'criteria.removeTarget': channel(z.object({ id }).strict()).returns<{ removed: boolean }>(),
  'criteria.setProvinceTarget': channel(
    z
      .object({
        year,
        key: z.enum(['avg_criteria', 'min_criteria', 'ntm_cumulative', 'nang_cao_cumulative', 'kieu_mau_cumulative']),
        /** Null clears the figure. */
        value: z.number().min(0, 'Chỉ tiêu không được âm').max(10_000, 'Chỉ tiêu quá lớn').nullable(),
      })
      .strict(),
  ).returns<{ saved: boolean }>(),

  'criteria.figures': channel(z.object({ year }).strict()).returns<CriteriaFigures>(),

  'criteria.export': channel(noInput).returns<FilePayload>(),
  'criteria.importPreview': channel(importFile).returns<ImportPreview>(),
  'criteria.importApply': channel(importFile).returns<ImportResult>(),
};
