import type { Appendix, Block, BodyBlock, DocSection, TableRowModel } from '../../../shared/models/documents';
import type { ReportFacts } from '../../../shared/models/document-facts';
import { formatPercent } from '../../../shared/format/number';
import { formatLongDate, formatShortDate } from '../../../shared/format/date';
import { communeList, count2, trieu } from './phrases';

const bullet = (text: string): Block => ({ kind: 'bullet', text });
const item = (number: string, title: string): Block => ({ kind: 'heading', level: 'item', number, title });
const LEVEL_NAME = { ntm: 'nông thôn mới', nang_cao: 'nông thôn mới nâng cao', kieu_mau: 'nông thôn mới kiểu mẫu' } as const;

const vsPlan = (result: number, target: number | null) => (target ? formatPercent(result, target) : '—');

function criteriaBlocks(r: ReportFacts): BodyBlock[] {
  const c = r.criteria;
  const p = r.period;
  const out: BodyBlock[] = [];
  const recognised = c.recognisedInPeriod.filter((x) => x.communes.length);
  if (recognised.length) {
    for (const x of recognised)
      out.push(bullet(`Trong ${p.label}, công nhận thêm ${count2(x.communes.length)} xã đạt chuẩn ${LEVEL_NAME[x.level]}: ${communeList(x.communes)}.`));
  } else out.push(bullet(`Trong ${p.label}, chưa có xã được công nhận đạt chuẩn mới.`));
  const ntmPlan = c.targetNtm !== null ? ` (kế hoạch năm ${p.year}: ${c.targetNtm}/${c.communeTotal} xã)` : '';
  out.push(bullet(`Lũy kế đến ${formatLongDate(p.toIso)}, toàn tỉnh có ${c.ntm}/${c.communeTotal} xã đạt chuẩn nông thôn mới (chiếm ${c.ntmPercent})${ntmPlan}; ${c.nangCao} xã đạt chuẩn nông thôn mới nâng cao${c.targetNangCao !== null ? ` (kế hoạch ${c.targetNangCao} xã)` : ''}; ${c.kieuMau} xã đạt chuẩn nông thôn mới kiểu mẫu${c.targetKieuMau !== null ? ` (kế hoạch ${c.targetKieuMau} xã)` : ''}.`));
  out.push(bullet(`Bình quân đạt ${c.avgCriteria} tiêu chí/xã${c.minCriteria !== null ? `; xã thấp nhất đạt ${c.minCriteria} tiêu chí` : ''}.`));
  if (c.atRisk.length)
    out.push(bullet(`Có ${count2(c.atRisk.length)} xã đã được công nhận đạt chuẩn nhưng chưa duy trì đủ ${c.requiredCount}/${c.requiredCount} tiêu chí (có nguy cơ rớt chuẩn): ${communeList(c.atRisk)}.`));
  out.push({
    kind: 'table',
    title: 'Kết quả so với kế hoạch năm',
    table: {
      columns: [
        { title: 'Chỉ tiêu', widthTwips: 3600 },
        { title: `Kế hoạch năm ${p.year}`, align: 'center' },
        { title: `Thực hiện đến ${formatShortDate(p.toIso)}`, align: 'center' },
        { title: 'Tỷ lệ so kế hoạch', align: 'center' },
      ],
      rows: [
        ['Xã đạt chuẩn nông thôn mới', c.targetNtm ?? '', c.ntm, vsPlan(c.ntm, c.targetNtm)],
        ['Xã đạt chuẩn NTM nâng cao', c.targetNangCao ?? '', c.nangCao, vsPlan(c.nangCao, c.targetNangCao)],
        ['Xã đạt chuẩn NTM kiểu mẫu', c.targetKieuMau ?? '', c.kieuMau, vsPlan(c.kieuMau, c.targetKieuMau)],
      ],
    },
  });
  out.push({
    kind: 'table',
    title: 'Phân nhóm xã theo số tiêu chí đạt',
    table: {
      columns: [{ title: 'Nhóm', widthTwips: 3600 }, { title: 'Số xã', align: 'center' }, { title: 'Tỷ lệ', align: 'center' }],
      rows: c.bands.map((b) => [b.label, b.count, formatPercent(b.count, c.communeTotal)]),
    },
  });
  return out;
}

function fundingBlocks(r: ReportFacts): BodyBlock[] {
  const f = r.funding;
  const when = f.asOfIso ? formatLongDate(f.asOfIso) : formatLongDate(r.period.toIso);
  return [
    bullet(`Tổng kế hoạch vốn giao năm ${r.period.year}: ${trieu(f.totalAllocated)} triệu đồng; giải ngân đến ${when}: ${trieu(f.totalDisbursed)} triệu đồng, đạt ${f.totalRate} kế hoạch.`),
    {
      kind: 'table',
      title: 'Kết quả giải ngân theo nguồn vốn',
      table: {
        unit: 'ĐVT: triệu đồng',
        columns: [{ title: 'Nguồn vốn', widthTwips: 3800 }, { title: 'Kế hoạch vốn giao', align: 'right' }, { title: 'Giải ngân', align: 'right' }, { title: 'Tỷ lệ', align: 'center' }],
        rows: [
          ...f.sources.map((s) => [s.name, trieu(s.allocated), trieu(s.disbursed), s.rate]),
          { cells: ['Tổng cộng', trieu(f.totalAllocated), trieu(f.totalDisbursed), f.totalRate], emphasis: 'bold' },
        ],
      },
    },
  ];
}

function ocopBlocks(r: ReportFacts): BodyBlock[] {
  const o = r.ocop;
  const stars = o.byStars.filter((s) => s.count).map((s) => `${s.count} sản phẩm ${s.stars} sao`);
  return [
    bullet(
      `Trong ${r.period.label}, công nhận ${o.recognisedInPeriod} sản phẩm OCOP${stars.length ? ` (${stars.join(', ')})` : ''}; lũy kế toàn tỉnh có ${o.cumulative} sản phẩm OCOP còn hiệu lực${o.provinceTarget !== null ? `; chỉ tiêu năm ${r.period.year}: công nhận ít nhất ${o.provinceTarget} sản phẩm 3 - 4 sao` : ''}.`,
    ),
    {
      kind: 'table',
      title: 'Sản phẩm OCOP được công nhận trong kỳ theo đơn vị cấp huyện',
      table: {
        columns: [{ title: 'Đơn vị', widthTwips: 3800 }, { title: 'Số sản phẩm công nhận', align: 'center' }, { title: 'Chỉ tiêu năm', align: 'center' }],
        rows: o.byDistrict.length ? o.byDistrict.map((d) => [d.districtFullName, d.count, d.target]) : [[{ text: 'Không có sản phẩm được công nhận trong kỳ.', colSpan: 3, italic: true }]],
      },
    },
  ];
}

export interface ReportNarrative {
  chiDao: Block[];
  tonTai: Block[];
  nhiemVu: Block[];
  kienNghi: Block[];
}

export function reportSections(r: ReportFacts, n: ReportNarrative): DocSection[] {
  return [
    {
      title: 'KẾT QUẢ THỰC HIỆN',
      blocks: [
        item('1.', 'Công tác chỉ đạo, điều hành'),
        ...n.chiDao,
        item('2.', 'Kết quả thực hiện bộ tiêu chí nông thôn mới'),
        ...criteriaBlocks(r),
        item('3.', 'Kết quả huy động và thực hiện nguồn lực'),
        ...fundingBlocks(r),
        item('4.', 'Kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP)'),
        ...ocopBlocks(r),
        item('5.', 'Tồn tại, hạn chế và nguyên nhân'),
        ...n.tonTai,
      ],
    },
    { title: 'NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI', blocks: n.nhiemVu },
    { title: 'ĐỀ XUẤT, KIẾN NGHỊ', blocks: n.kienNghi },
  ];
}

/** Biểu 01 by district-level unit and Biểu 02 commune by commune (thousands of rows at national scale). */
export function reportAnnexes(r: ReportFacts): Appendix[] {
  const c = r.criteria;
  const byDistrict: TableRowModel[] = c.byDistrict.map((d, i) => ({ cells: [String(i + 1), d.districtFullName, d.communes, d.ntm, d.nangCao, d.kieuMau, d.avgCriteria] }));
  byDistrict.push({ cells: [{ text: 'Toàn tỉnh', colSpan: 2, align: 'center' }, c.communeTotal, c.ntm, c.nangCao, c.kieuMau, c.avgCriteria], emphasis: 'bold' });
  return [
    {
      no: '01',
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
      no: '02',
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
