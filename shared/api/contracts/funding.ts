import { z } from 'zod';
import { channel } from '../define';
import { amount, id, importFile, isoDate, year } from '../zod-blocks';
import {
  STAGES,
  type FundingImportPreview,
  type FundingImportResult,
  type FundingOverview,
  type WorksList,
} from '../../models/funding';
import type { FilePayload } from '../../models/files';

const asOf = isoDate('Ngày tính số liệu');
const stage = z.enum(STAGES, { message: 'Giai đoạn phải là nhu cầu, kế hoạch giao hoặc giải ngân' });

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
    z
      .object({
        year,
        asOf: asOf.optional(),
        changes: z.array(amountChange).min(1).max(20_000, 'Quá nhiều ô trong một lần (tối đa 20.000)'),
      })
      .strict(),
  ).returns<{ changed: number }>(),
  /** The total a document states for a stage ("6.259.605 triệu đồng"), to check against the sum of sources. */
  'funding.setStatedTotal': channel(z.object({ year, stage, amount: amount.nullable() }).strict()).returns<{
    changed: number;
  }>(),
  'funding.export': channel(yearAt).returns<FilePayload>(),
  'funding.importPreview': channel(importFile).returns<FundingImportPreview>(),
  'funding.importApply': channel(importFile).returns<FundingImportResult>(),
};
