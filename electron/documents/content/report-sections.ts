import type { Appendix, Block, BodyBlock, DocSection, TableRowModel } from '../../../shared/models/documents';
import type { ReportFacts } from '../../domain/document-facts';
import { formatPercent } from '../../../shared/format/number';
import { formatLongDate, formatShortDate } from '../../../shared/format/date';
import { NO_DATA, communeList, count2, docPercent, trieu, trieuOrNoData } from './phrases';
import type { ThousandVnd } from '../../../shared/models/units-of-measure';

const bullet = (text: string): Block => ({ kind: 'bullet', text });
const item = (number: string, title: string): Block => ({ kind: 'heading', level: 'item', number, title });
const LEVEL_NAME = {
  ntm: 'nông thôn mới',
  nang_cao: 'nông thôn mới nâng cao',
  kieu_mau: 'nông thôn mới kiểu mẫu',
} as const;

const NO_RESULT = 'chưa có kết quả';
const rateOf = (result: number, target: number | null) => (target ? formatPercent(result, target) : '—');

function criteriaBlocks(r: ReportFacts): BodyBlock[] {
  const c = r.criteria;
  const p = r.period;
  const out: BodyBlock[] = [];
  const recognised = c.recognisedInPeriod.filter((x) => x.communes.length);
  if (recognised.length) {
    for (const x of recognised)
      out.push(
        bullet(
          `Trong ${p.label}, công nhận thêm ${count2(x.communes.length)} xã đạt chuẩn ${LEVEL_NAME[x.level]}: ${communeList(x.communes)}.`,
        ),
      );
  } else out.push(bullet(`Trong ${p.label}, chưa có xã được công nhận đạt chuẩn mới.`));
  if (c.revokedInPeriod.length)
    out.push(
      bullet(
        `Trong kỳ, thu hồi quyết định công nhận đạt chuẩn của ${count2(c.revokedInPeriod.length)} xã: ${communeList(c.revokedInPeriod)}.`,
      ),
    );
  const ntmPlan = c.targetNtm !== null ? ` (kế hoạch đến cuối năm ${p.year}: ${c.targetNtm}/${c.communeTotal} xã)` : '';
  const three = c.levels.length > 1;
  if (!c.resultsKnown) {
    out.push(
      bullet(
        `Đến ${formatLongDate(p.toIso)}, kết quả đánh giá ${c.communeTotal} xã theo Bộ tiêu chí đang áp dụng: ${NO_RESULT} (chi tiết từng xã tại Phụ lục 2).`,
      ),
    );
  } else if (!three) {
    out.push(
      bullet(
        `Lũy kế đến ${formatLongDate(p.toIso)}, toàn ${r.provinceWord} có ${c.ntm}/${c.communeTotal} xã đạt chuẩn nông thôn mới (chiếm ${c.ntmPercent})${ntmPlan} (chi tiết tại Phụ lục 1).`,
      ),
    );
  } else
    out.push(
      bullet(
        `Lũy kế đến ${formatLongDate(p.toIso)}, toàn ${r.provinceWord} có ${c.ntm}/${c.communeTotal} xã đạt chuẩn nông thôn mới (chiếm ${c.ntmPercent})${ntmPlan}; ${c.nangCao} xã đạt chuẩn nông thôn mới nâng cao${c.targetNangCao !== null ? ` (kế hoạch ${c.targetNangCao} xã)` : ''}; ${c.kieuMau} xã đạt chuẩn nông thôn mới kiểu mẫu${c.targetKieuMau !== null ? ` (kế hoạch ${c.targetKieuMau} xã)` : ''} (chi tiết tại Phụ lục 1).`,
      ),
    );
  if (c.resultsKnown)
    out.push(
      bullet(
        c.minCriteria === null && c.avgCriteria === ''
          ? `Số tiêu chí đạt của các xã: ${NO_DATA}.`
          : `Bình quân đạt ${c.avgCriteria} tiêu chí/xã${c.minCriteria !== null ? `; xã thấp nhất đạt ${c.minCriteria} tiêu chí` : ''} (chi tiết từng xã tại Phụ lục 2).`,
      ),
    );
  if (c.atRisk.length)
    out.push(
      bullet(
        `Có ${count2(c.atRisk.length)} xã đã được công nhận đạt chuẩn nhưng chưa duy trì đủ ${c.requiredCount}/${c.requiredCount} tiêu chí (có nguy cơ rớt chuẩn): ${communeList(c.atRisk)}.`,
      ),
    );
  if (c.targetsNotMet.length)
    out.push(
      bullet(
        `Xã trong kế hoạch công nhận năm ${p.year} chưa đạt chuẩn đến ${formatLongDate(p.toIso)}: ${c.targetsNotMet.map((x) => x.name).join(', ')}.`,
      ),
    );
  const yearRow = (label: string, target: number | null, done: number) => [
    label,
    target ?? '—',
    done,
    rateOf(done, target),
  ];
  out.push({
    kind: 'table',
    title: 'Kết quả công nhận so với kế hoạch năm',
    table: {
      columns: [
        { title: 'Chỉ tiêu', widthTwips: 3600 },
        { title: `Kế hoạch công nhận mới năm ${p.year}`, align: 'center' },
        { title: `Đã công nhận từ đầu năm đến ${formatShortDate(p.toIso)}`, align: 'center' },
        { title: 'Tỷ lệ so kế hoạch', align: 'center' },
      ],
      rows: [
        yearRow('Xã đạt chuẩn nông thôn mới', c.newTargets.ntm, c.recognisedYearToDate.ntm),
        ...(three
          ? [
              yearRow('Xã đạt chuẩn NTM nâng cao', c.newTargets.nangCao, c.recognisedYearToDate.nangCao),
              yearRow('Xã đạt chuẩn NTM kiểu mẫu', c.newTargets.kieuMau, c.recognisedYearToDate.kieuMau),
            ]
          : []),
      ],
    },
  });
  if (c.byCriterion.length)
    out.push({
      kind: 'table',
      title: 'Số xã đạt từng tiêu chí',
      table: {
        columns: [
          { title: 'TT', widthTwips: 700, align: 'center' },
          { title: 'Tiêu chí', widthTwips: 4200 },
          { title: 'Số xã đạt', align: 'center' },
          { title: 'Tỷ lệ', align: 'center' },
        ],
        rows: c.byCriterion.map((x) => [
          String(x.no),
          x.name,
          x.assessed ? x.met : NO_DATA,
          x.assessed ? docPercent(x.met, c.communeTotal) : '—',
        ]),
      },
    });
  if (c.resultsKnown)
    out.push({
      kind: 'table',
      title: 'Phân nhóm xã theo số tiêu chí đạt',
      table: {
        columns: [
          { title: 'Nhóm', widthTwips: 3600 },
          { title: 'Số xã', align: 'center' },
          { title: 'Tỷ lệ', align: 'center' },
        ],
        rows: c.bands.map((b) => [b.label, b.count, docPercent(b.count, c.communeTotal)]),
      },
    });
  return out;
}

function fundingBlocks(r: ReportFacts): BodyBlock[] {
  const f = r.funding;
  const y = r.period.year;
  const allocated = (n: ThousandVnd | null) => (f.hasAllocated ? trieuOrNoData(n) : NO_DATA);
  const disbursed = (n: ThousandVnd | null) => (f.hasDisbursed ? trieuOrNoData(n) : NO_DATA);
  // Disbursed is compared with what was allocated at the same cut-off, never with a missing figure.
  const rate = (a: ThousandVnd | null, text: string) => (f.hasAllocated && f.hasDisbursed && a ? text : '—');
  const lead =
    !f.hasAllocated || f.totalAllocated === null
      ? `Kế hoạch vốn giao năm ${y}: ${NO_DATA}.`
      : !f.hasDisbursed || f.totalDisbursed === null
        ? `Tổng kế hoạch vốn giao năm ${y}: ${trieu(f.totalAllocated)} triệu đồng; giải ngân đến ${formatLongDate(r.period.toIso)}: ${NO_DATA}.`
        : `Tổng kế hoạch vốn giao năm ${y}: ${trieu(f.totalAllocated)} triệu đồng; giải ngân đến ${formatLongDate(f.asOfIso ?? r.period.toIso)}: ${trieu(f.totalDisbursed)} triệu đồng, đạt ${f.totalRate} kế hoạch vốn giao.`;
  const need = (n: ThousandVnd | null) => (f.totalNeed ? trieuOrNoData(n) : NO_DATA);
  const d = f.debt;
  const debt = !d.worksWithCommitment
    ? []
    : d.atRisk
      ? [
          bullet(
            `Có ${d.atRisk} công trình có giá trị cam kết cao hơn vốn đã giao (thiếu ${trieu(d.shortfall)} triệu đồng), có nguy cơ phát sinh nợ đọng xây dựng cơ bản.`,
          ),
        ]
      : [bullet(`Các công trình có giá trị cam kết đều đã được giao đủ vốn; không phát sinh nợ đọng xây dựng cơ bản.`)];
  return [
    bullet(lead),
    ...debt,
    {
      kind: 'table',
      title: 'Kết quả huy động và giải ngân theo nguồn vốn',
      table: {
        unit: 'ĐVT: triệu đồng',
        columns: [
          { title: 'Nguồn vốn', widthTwips: 3400 },
          { title: 'Nhu cầu vốn', align: 'right' },
          { title: 'Kế hoạch vốn giao', align: 'right' },
          { title: 'Giải ngân', align: 'right' },
          { title: 'Tỷ lệ giải ngân', align: 'center' },
        ],
        rows: [
          ...f.sources.map((s) => [
            s.name,
            need(s.need),
            allocated(s.allocated),
            disbursed(s.disbursed),
            rate(s.allocated, s.rate),
          ]),
          {
            cells: [
              'Tổng cộng',
              need(f.totalNeed),
              allocated(f.totalAllocated),
              disbursed(f.totalDisbursed),
              rate(f.totalAllocated, f.totalRate),
            ],
            emphasis: 'bold',
          },
        ],
      },
    },
  ];
}

function ocopBlocks(r: ReportFacts): BodyBlock[] {
  const o = r.ocop;
  const stars = o.byStars.filter((s) => s.count).map((s) => `${s.count} sản phẩm ${s.stars} sao`);
  const inPeriod = o.recognisedInPeriod
    ? `Trong ${r.period.label}, công nhận ${o.recognisedInPeriod} sản phẩm OCOP (${stars.join(', ')})${o.upgrades ? `, trong đó ${o.upgrades} sản phẩm nâng hạng sao` : ''}${o.reEvaluations ? `, ${o.reEvaluations} sản phẩm đánh giá lại` : ''}`
    : `Trong ${r.period.label}, chưa có sản phẩm OCOP được công nhận`;
  const lines = [
    bullet(
      `${inPeriod}; lũy kế toàn ${r.provinceWord} có ${o.cumulative} sản phẩm OCOP còn hiệu lực${o.provinceTarget !== null ? `; chỉ tiêu năm ${r.period.year}: công nhận ít nhất ${o.provinceTarget} sản phẩm 3 - 4 sao` : ''}.`,
    ),
  ];
  if (o.expiringSoon)
    lines.push(
      bullet(
        `Có ${o.expiringSoon} sản phẩm có giấy chứng nhận hết hiệu lực trong 6 tháng tới, cần tổ chức đánh giá lại.`,
      ),
    );
  const table: BodyBlock = {
    kind: 'table',
    title: 'Sản phẩm OCOP được công nhận trong kỳ theo đơn vị',
    table: {
      columns: [
        { title: 'Đơn vị', widthTwips: 3800 },
        { title: 'Số sản phẩm công nhận', align: 'center' },
        { title: 'Chỉ tiêu năm', align: 'center' },
      ],
      rows: o.byDistrict.length
        ? o.byDistrict.map((d) => [d.districtFullName, d.count, d.target])
        : [[{ text: 'Không có sản phẩm được công nhận trong kỳ.', colSpan: 3, italic: true }]],
    },
  };
  return [...lines, table];
}

export interface ReportNarrative {
  chiDao: Block[];
  tonTai: Block[];
  nhiemVu: Block[];
  kienNghi: Block[];
}

/**
 * The report body. A narrative section with nothing written (or deliberately left out) is not
 * printed at all — no empty heading, no outline prompt — and the items are numbered as printed.
 */
export function reportSections(r: ReportFacts, n: ReportNarrative): DocSection[] {
  const parts: [string, BodyBlock[]][] = [
    ['Công tác chỉ đạo, điều hành', n.chiDao],
    ['Kết quả thực hiện bộ tiêu chí nông thôn mới', criteriaBlocks(r)],
    ['Kết quả huy động và thực hiện nguồn lực', fundingBlocks(r)],
    ['Kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP)', ocopBlocks(r)],
    ['Tồn tại, hạn chế và nguyên nhân', n.tonTai],
  ];
  const results = parts
    .filter(([, blocks]) => blocks.length)
    .flatMap(([title, blocks], i) => [item(`${i + 1}.`, title), ...blocks]);
  const sections: DocSection[] = [{ title: 'KẾT QUẢ THỰC HIỆN', blocks: results }];
  if (n.nhiemVu.length) sections.push({ title: 'NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI', blocks: n.nhiemVu });
  if (n.kienNghi.length) sections.push({ title: 'ĐỀ XUẤT, KIẾN NGHỊ', blocks: n.kienNghi });
  return sections;
}

/** Biểu 01 by district-level unit and Biểu 02 commune by commune (thousands of rows at national scale). */
export function reportAnnexes(r: ReportFacts): Appendix[] {
  const c = r.criteria;
  const byDistrict: TableRowModel[] = c.byDistrict.map((d, i) => ({
    cells: [String(i + 1), d.districtFullName, d.communes, d.ntm, d.nangCao, d.kieuMau, d.avgCriteria],
  }));
  byDistrict.push({
    cells: [
      { text: 'Toàn tỉnh', colSpan: 2, align: 'center' },
      c.communeTotal,
      c.ntm,
      c.nangCao,
      c.kieuMau,
      c.avgCriteria,
    ],
    emphasis: 'bold',
  });
  return [
    {
      no: '1',
      title: `Kết quả xây dựng nông thôn mới theo đơn vị cấp huyện đến ${formatLongDate(r.period.toIso)}`,
      table: {
        columns: [
          { title: 'TT', widthTwips: 700, align: 'center' },
          { title: 'Đơn vị', widthTwips: 3600 },
          { title: 'Số xã', align: 'center' },
          { title: 'Đạt chuẩn NTM', align: 'center' },
          { title: 'NTM nâng cao', align: 'center' },
          { title: 'NTM kiểu mẫu', align: 'center' },
          { title: 'Bình quân tiêu chí/xã', align: 'center' },
        ],
        rows: byDistrict,
      },
    },
    {
      no: '2',
      title: `Số tiêu chí nông thôn mới đạt chuẩn của từng xã đến ${formatLongDate(r.period.toIso)}`,
      table: {
        columns: [
          { title: 'TT', widthTwips: 800, align: 'center' },
          { title: 'Đơn vị cấp huyện', widthTwips: 3600 },
          { title: 'Xã', widthTwips: 3200 },
          { title: 'Số tiêu chí đạt', align: 'center' },
          { title: 'Mức đạt chuẩn', align: 'center' },
        ],
        rows: c.communes.map((x, i) => [String(i + 1), x.districtFullName, x.name, x.criteriaMet ?? '', x.level]),
      },
    },
  ];
}
