/** Indicator values, overrides and the shortfall list (indicators.*). */
import { z } from 'zod';
import { channel } from '../define';
import { id, importFile, text, year } from '../zod-blocks';
import type { FilePayload } from '../../models/files';
import type { IndicatorPanel, SetValuesOutput, ShortfallReport, SimpleImportPreview } from '../../models/indicators';

export const indicatorsContract = {
  'indicators.panel': channel(z.object({ year, communeId: id, criterionId: id }).strict()).returns<IndicatorPanel>(),
  'indicators.setValues': channel(
    z
      .object({
        year,
        changes: z
          .array(z.object({ communeId: id, indicatorId: id, value: z.string().max(60, 'Giá trị quá dài') }).strict())
          .min(1, 'Không có thay đổi nào')
          .max(50_000, 'Quá nhiều ô trong một lần (tối đa 50.000)'),
      })
      .strict(),
  ).returns<SetValuesOutput>(),
  'indicators.override': channel(
    z
      .object({
        year,
        communeId: id,
        criterionId: id,
        /** null removes the override (the computed result applies again). */
        met: z.boolean().nullable(),
        reason: text('Lý do', 500),
      })
      .strict()
      .refine((o) => o.met === null || o.reason.length >= 5, {
        message: 'Ghi lý do đánh giá khác kết quả tính (ít nhất 5 ký tự)',
        path: ['reason'],
      }),
  ).returns<SetValuesOutput>(),
  'indicators.export': channel(z.object({ year }).strict()).returns<FilePayload>(),
  'indicators.importPreview': channel(importFile).returns<SimpleImportPreview>(),
  'indicators.importApply': channel(importFile).returns<SimpleImportPreview>(),
  'indicators.shortfall': channel(z.object({ year }).strict()).returns<ShortfallReport>(),
  'indicators.exportShortfall': channel(z.object({ year }).strict()).returns<FilePayload>(),
};
