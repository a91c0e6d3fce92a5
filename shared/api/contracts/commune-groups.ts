/** Commune groups of QĐ 51/2025 per year (communeGroups.*). */
import { z } from 'zod';
import { channel } from '../define';
import { id, importFile, isoDate, text, year } from '../zod-blocks';
import type { FilePayload } from '../../models/files';
import type { CommuneGroupRow, SimpleImportPreview } from '../../models/indicators';

const group = z.number().int().min(1, 'Nhóm xã là 1, 2 hoặc 3').max(3, 'Nhóm xã là 1, 2 hoặc 3');

export const communeGroupsContract = {
  'communeGroups.list': channel(z.object({ year }).strict()).returns<CommuneGroupRow[]>(),
  'communeGroups.save': channel(
    z
      .object({
        year,
        validFrom: isoDate('Ngày áp dụng'),
        decision: text('Văn bản quyết định', 200).min(1, 'Ghi số văn bản quyết định nhóm xã'),
        changes: z
          .array(z.object({ communeId: id, groupNo: group.nullable() }).strict())
          .min(1, 'Không có thay đổi nào')
          .max(20_000),
      })
      .strict(),
  ).returns<{ changed: number }>(),
  'communeGroups.export': channel(z.object({ year }).strict()).returns<FilePayload>(),
  'communeGroups.importPreview': channel(importFile.extend({ year })).returns<SimpleImportPreview>(),
  'communeGroups.importApply': channel(importFile.extend({ year })).returns<SimpleImportPreview>(),
};
