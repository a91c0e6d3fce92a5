/** The shortfall list («xã cần bổ sung») in Excel: by criterion, and by xã with each unmet indicator's value and requirement. */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { showIndicatorValue } from '../../../shared/domain/criteria-eval';
import { LEVEL_LABEL, type Level } from '../../../shared/domain/ntm-figures';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import type { ShortfallByCriterion, ShortfallCommune } from '../../../shared/models/indicators';
import { addSheet, workbookBase64 } from '../io/excel';
import { stage } from '../io/job-context';
import { shortfallDetail } from './shortfall';

const levelText = (l: Level | null) => (l ? LEVEL_LABEL[l] : '');

export async function exportShortfall(ctx: ServiceContext, year: number): Promise<FilePayload> {
  await stage(0.05, `Đang tìm xã cần bổ sung năm ${year}`);
  const { report: r, valueAt, needAt, indicators } = shortfallDetail(ctx, year);
  const rowOf = new Map(r.communes.map((c, k) => [c, k]));
  // "2.1 (85%; cần ≥ 90%)": the value and the requirement of the commune's group.
  const unmetText = (c: ShortfallCommune) => {
    const row = rowOf.get(c)!;
    return c.unmetIndicators
      .map((k) => {
        const i = indicators[k]!;
        return `${i.code} (${showIndicatorValue(i, valueAt(row, k))}; cần ${needAt(row, k)})`;
      })
      .join('; ');
  };
  await stage(0.5, 'Đang lập bảng tính');
  const wb = new ExcelJS.Workbook();
  addSheet<ShortfallByCriterion>(
    wb,
    'Theo tiêu chí',
    [
      { header: 'Tiêu chí', width: 44, value: (c) => `${c.no}. ${c.name}` },
      { header: 'Số xã chưa đạt', width: 14, value: (c) => c.communes },
      { header: 'Số xã chưa có kết quả', width: 18, value: (c) => c.unknown },
      {
        header: 'Chỉ tiêu chưa đạt (số xã)',
        width: 70,
        value: (c) =>
          c.indicators
            .filter((i) => i.communes)
            .map((i) => `${i.code}: ${i.communes}`)
            .join('; '),
      },
    ],
    r.byCriterion,
  );
  addSheet<ShortfallCommune>(
    wb,
    'Xã cần bổ sung',
    [
      { header: 'Xã', width: 36, value: (c) => c.label },
      { header: 'Nhóm', width: 7, value: (c) => c.groupNo },
      { header: 'Số liệu năm', width: 11, value: (c) => c.latestYear },
      {
        header: 'Tiêu chí chưa đạt',
        width: 50,
        value: (c) => c.unmet.map((kk) => `${r.byCriterion[kk]!.no}. ${r.byCriterion[kk]!.name}`).join('; '),
      },
      { header: 'Chỉ tiêu chưa đạt', width: 70, value: unmetText },
      { header: 'Chưa có kết quả (tiêu chí)', width: 14, value: (c) => c.unknown },
      {
        header: 'Giai đoạn 2021–2025',
        width: 40,
        value: (c) =>
          [
            levelText(c.previousLevel),
            c.previousMet !== null ? `${c.previousMet}/${c.previousTotal} tiêu chí` : '',
            c.previousNote,
          ]
            .filter(Boolean)
            .join('; '),
      },
    ],
    r.communes.filter((c) => c.unmet.length || c.unknown),
  );
  return { fileName: `xa-can-bo-sung-${year}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}
