import type { Appendix, Block, DocSection, TableRowModel } from '../../../shared/models/documents';
import type {
  LevelTargets,
  PlanCriteriaFacts,
  PlanFundingFacts,
  PlanLevelKey,
  PlanOcopFacts,
} from '../../domain/document-facts';
import { NO_DATA, communeList, count2, trieu } from './phrases';
import { thousandVnd } from '../../../shared/models/units-of-measure';

const bullet = (text: string): Block => ({ kind: 'bullet', text });
const item = (number: string, title: string): Block => ({ kind: 'heading', level: 'item', number, title });
const note = (text: string): Block => ({ kind: 'paragraph', text, italic: true, align: 'center' });

function ntmSentence(c: PlanCriteriaFacts): string {
  const t = c.ntm;
  const parts: string[] = [];
  if (t.official.length)
    parts.push(`Công nhận thêm ${count2(t.official.length)} xã đạt chuẩn nông thôn mới: ${communeList(t.official)}.`);
  if (t.stretch.length)
    parts.push(
      `${t.official.length ? 'Đồng thời, tập' : 'Tập'} trung chỉ đạo bổ sung thêm ${count2(t.stretch.length)} xã: ${communeList(t.stretch)} cố gắng hoàn thành ${c.requiredCount}/${c.requiredCount} tiêu chí nông thôn mới trong năm ${c.year}.`,
    );
  parts.push(
    `Lũy kế đến cuối năm ${c.year}, toàn ${c.provinceWord} có ${t.cumulative}/${c.communeTotal} xã đạt chuẩn nông thôn mới (chiếm ${c.ntmPercent}).`,
  );
  if (c.minCriteria !== null)
    parts.push(
      `Đối với các xã đạt từ ${c.minCriteria} tiêu chí trở lên giao cho các địa phương có sự quan tâm, chỉ đạo phấn đấu hoàn thành.`,
    );
  return parts.join(' ');
}

function levelSentence(t: LevelTargets, name: string, year: number, withTotal: boolean): string | null {
  if (!t.official.length && !t.stretch.length) return null;
  const parts: string[] = [];
  if (t.official.length) {
    const more = withTotal
      ? `thêm ${count2(t.official.length)} xã đạt chuẩn ${name} nâng tổng số xã đạt chuẩn ${name} lên ${count2(t.cumulative)} xã`
      : `${count2(t.official.length)} xã đạt chuẩn ${name}`;
    parts.push(`Công nhận ${more}: ${communeList(t.official)}.`);
  }
  if (t.stretch.length) {
    const one = communeList(t.stretch);
    const who =
      t.stretch.length === 1
        ? one.startsWith('xã ')
          ? one
          : `xã ${one}`
        : `thêm ${count2(t.stretch.length)} xã: ${one},`;
    parts.push(`Chỉ đạo bổ sung ${who} cố gắng hoàn thành ${name} trong năm ${year}.`);
  }
  return parts.join(' ');
}

/** II. MỤC TIÊU — every figure and commune comes from the data; the lead bullets are the office's text. */
export function objectivesSection(c: PlanCriteriaFacts, o: PlanOcopFacts, ntmLead: Block[]): DocSection {
  const ntm: Block[] = [...ntmLead];
  const noTargets =
    !c.ntm.official.length && !c.ntm.stretch.length && !c.nangCao.official.length && !c.kieuMau.official.length;
  if (noTargets && !c.resultsKnown) {
    ntm.push(
      bullet(
        `Năm ${c.year} chưa có xã nào được giao chỉ tiêu công nhận đạt chuẩn; kết quả đánh giá các xã theo Bộ tiêu chí đang áp dụng: chưa có kết quả.`,
      ),
    );
  } else if (noTargets) {
    ntm.push(
      bullet(
        `Năm ${c.year} chưa có xã nào được giao chỉ tiêu công nhận đạt chuẩn; lũy kế toàn ${c.provinceWord} có ${c.ntm.cumulative}/${c.communeTotal} xã đạt chuẩn nông thôn mới (chiếm ${c.ntmPercent}).`,
      ),
    );
  } else {
    ntm.push(bullet(ntmSentence(c)));
  }
  const nc = levelSentence(c.nangCao, 'nông thôn mới nâng cao', c.year, true);
  if (nc) ntm.push(bullet(nc));
  const km = levelSentence(c.kieuMau, 'nông thôn mới kiểu mẫu', c.year, false);
  if (km) ntm.push(bullet(km));
  ntm.push(
    bullet(
      `Bình quân số tiêu chí nông thôn mới đạt chuẩn/xã: ${c.resultsKnown ? `${c.avgCriteria} tiêu chí/xã` : 'chưa có kết quả'}.`,
    ),
  );
  if (c.minCriteria !== null) ntm.push(bullet(`Các xã đều đạt từ ${c.minCriteria} tiêu chí nông thôn mới trở lên.`));
  ntm.push(note('(Đính kèm phụ lục 1)'));

  const ocop: Block[] = [];
  if (o.districtMin !== null)
    ocop.push(
      bullet(
        `Đối với sản phẩm huyện, thị xã, thành phố: mỗi đơn vị cấp huyện công nhận ít nhất ${o.districtMax && o.districtMax !== o.districtMin ? `${o.districtMin} - ${o.districtMax}` : o.districtMin} sản phẩm đạt 3 - 4 sao sản phẩm OCOP cấp huyện, hoàn thiện hồ sơ đăng ký đánh giá, phân hạng sản phẩm OCOP cấp tỉnh.`,
      ),
    );
  if (o.provinceMin !== null)
    ocop.push(
      bullet(
        `Đối với sản phẩm cấp tỉnh: Công nhận ít nhất ${o.provinceMin} sản phẩm đạt 3 - 4 sao sản phẩm OCOP cấp tỉnh.`,
      ),
    );
  if (o.upgrade) ocop.push(bullet('Thăng hạng cho sản phẩm OCOP đạt 3 sao cấp tỉnh đủ điều kiện lên 4 sao.'));
  if (o.nationalDossiers !== null)
    ocop.push(
      bullet(
        `Hoàn thiện hồ sơ cho ${o.nationalDossiers} sản phẩm OCOP đăng ký tham gia đánh giá, phân hạng sản phẩm cấp quốc gia.`,
      ),
    );
  if (!ocop.length) ocop.push(bullet(`Năm ${o.year} chưa đặt chỉ tiêu sản phẩm OCOP.`));

  return {
    title: 'MỤC TIÊU',
    blocks: [
      item('1.', 'Về xây dựng nông thôn mới'),
      ...ntm,
      item('2.', 'Về Chương trình mỗi xã một sản phẩm (OCOP)'),
      ...ocop,
    ],
  };
}

/** IV. DỰ KIẾN NGUỒN LỰC — the total need and its sources, in the seed's wording. */
export function resourcesSection(f: PlanFundingFacts): DocSection {
  if (!f.totalNeed) {
    return {
      title: 'DỰ KIẾN NGUỒN LỰC',
      blocks: [{ kind: 'paragraph', text: `Năm ${f.year} chưa có số liệu tổng hợp nhu cầu vốn của các địa phương.` }],
    };
  }
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `1. Tổng hợp đề xuất nhu cầu vốn của các địa phương để hoàn thành các mục tiêu, nhiệm vụ của Chương trình ${f.year} là ${trieu(f.totalNeed)} triệu đồng, cụ thể:`,
    },
    ...f.sources.map((s) => bullet(`${s.name}: ${s.need === null ? NO_DATA : `${trieu(s.need)} triệu đồng`}.`)),
    {
      kind: 'paragraph',
      text: `2. Nhu cầu vốn công trình cần đầu tư trên địa bàn các xã phấn đấu đạt chuẩn ${f.levelsPhrase} năm ${f.year}.`,
    },
    note('(Đính kèm phụ lục 2)'),
  ];
  return { title: 'DỰ KIẾN NGUỒN LỰC', blocks };
}

const mark = (v: 'official' | 'stretch' | null) => (v === 'official' ? 'x' : v === 'stretch' ? '(x)' : '');

const LEVEL_COLUMN: Record<PlanLevelKey, string> = {
  ntm: 'Đạt chuẩn NTM',
  nangCao: 'NTM nâng cao',
  kieuMau: 'NTM kiểu mẫu',
};
const LEVEL_PHRASE: Record<PlanLevelKey, string> = {
  ntm: 'nông thôn mới',
  nangCao: 'nông thôn mới nâng cao',
  kieuMau: 'nông thôn mới kiểu mẫu',
};
const groupTitle = (name: string) => (name ? name[0]!.toUpperCase() + name.slice(1) : 'Chưa xác định đơn vị cấp huyện');

/** Phụ lục 1: target communes, grouped by district-level unit before 1/7/2025; one column per level of the period. */
export function annexTargets(c: PlanCriteriaFacts): Appendix {
  const rows: TableRowModel[] = [];
  let n = 0;
  const totals = Object.fromEntries(c.levels.map((k) => [k, [0, 0]])) as Record<PlanLevelKey, [number, number]>;
  const span = 4 + c.levels.length;
  for (const d of c.annex) {
    if (c.byDistrict)
      rows.push({
        cells: ['', { text: groupTitle(d.districtFullName), colSpan: span - 1 }],
        emphasis: 'bold',
        keepWithNext: true,
      });
    for (const x of d.communes) {
      n++;
      for (const k of c.levels) {
        if (x[k] === 'official') totals[k][0]++;
        if (x[k] === 'stretch') totals[k][1]++;
      }
      rows.push({
        cells: [String(n), x.name, x.currentCriteria ?? '', ...c.levels.map((k) => mark(x[k])), x.targetCriteria ?? ''],
      });
    }
  }
  const total = (k: PlanLevelKey) => `${totals[k][0]}${totals[k][1] ? ` (+${totals[k][1]})` : ''}`;
  rows.push({
    cells: [{ text: 'Tổng cộng', colSpan: 3, align: 'center' }, ...c.levels.map(total), ''],
    emphasis: 'bold',
  });
  return {
    no: 1,
    title: `Chỉ tiêu xây dựng xã ${c.levels.map((k) => LEVEL_PHRASE[k]).join(', ')} năm ${c.year}`,
    table: {
      columns: [
        { title: 'TT', widthTwips: 700, align: 'center' },
        { title: 'Xã', widthTwips: 3000 },
        { title: `Số tiêu chí đạt năm ${c.year - 1}`, widthTwips: 1900, align: 'center' },
        ...c.levels.map((k) => ({ title: LEVEL_COLUMN[k], align: 'center' as const })),
        { title: 'Số tiêu chí phấn đấu', widthTwips: 1900, align: 'center' },
      ],
      groupRows: [
        [
          { title: 'TT', rowSpan: 2 },
          { title: 'Xã', rowSpan: 2 },
          { title: `Số tiêu chí đạt năm ${c.year - 1}`, rowSpan: 2 },
          { title: `Mục tiêu công nhận năm ${c.year}`, colSpan: c.levels.length },
          { title: 'Số tiêu chí phấn đấu', rowSpan: 2 },
        ],
      ],
      rows,
    },
    notes: [
      {
        kind: 'paragraph',
        text: 'Ghi chú: x — chỉ tiêu công nhận trong năm; (x) — chỉ đạo bổ sung, phấn đấu hoàn thành trong năm.',
        italic: true,
      },
    ],
  };
}

/** Phụ lục 2: investment needs of the target communes by work and source (triệu đồng). */
export function annexInvestment(f: PlanFundingFacts): Appendix {
  const rows: TableRowModel[] = [];
  const width = f.sources.length;
  const sum = new Array<number>(width).fill(0);
  let grand = 0;
  let n = 0;
  for (const d of f.annex) {
    if (f.byDistrict)
      rows.push({
        cells: ['', { text: groupTitle(d.districtFullName), colSpan: 3 + width }],
        emphasis: 'bold',
        keepWithNext: true,
      });
    for (const c of d.communes) {
      const cTotals = new Array<number>(width).fill(0);
      c.works.forEach((w) => w.amounts.forEach((a, i) => (cTotals[i]! += a)));
      const cTotal = cTotals.reduce((s, a) => s + a, 0);
      rows.push({
        cells: [
          '',
          `Xã ${c.name} (${c.target})`,
          trieu(thousandVnd(cTotal)),
          ...cTotals.map((a) => (a ? trieu(thousandVnd(a)) : '')),
          '',
        ],
        emphasis: 'italic',
      });
      for (const w of c.works) {
        n++;
        w.amounts.forEach((a, i) => (sum[i]! += a));
        grand += w.total;
        rows.push({
          cells: [String(n), w.name, trieu(w.total), ...w.amounts.map((a) => (a ? trieu(a) : '')), w.criterion],
        });
      }
    }
  }
  rows.push({
    cells: [
      { text: 'Tổng cộng', colSpan: 2, align: 'center' },
      trieu(thousandVnd(grand)),
      ...sum.map((a) => trieu(thousandVnd(a))),
      '',
    ],
    emphasis: 'bold',
  });
  return {
    no: 2,
    title: `Nhu cầu vốn công trình cần đầu tư trên địa bàn các xã phấn đấu đạt chuẩn ${f.levelsPhrase} năm ${f.year}`,
    table: {
      unit: 'ĐVT: triệu đồng',
      columns: [
        { title: 'TT', widthTwips: 600, align: 'center' },
        { title: 'Xã / công trình', widthTwips: 3800 },
        { title: 'Tổng', align: 'right', widthTwips: 1300 },
        ...f.sources.map((s) => ({ title: s.shortName, align: 'right' as const })),
        { title: 'Tiêu chí', widthTwips: 1500 },
      ],
      groupRows: [
        [
          { title: 'TT', rowSpan: 2 },
          { title: 'Xã / công trình', rowSpan: 2 },
          { title: 'Tổng', rowSpan: 2 },
          { title: 'Chia theo nguồn vốn', colSpan: width },
          { title: 'Tiêu chí', rowSpan: 2 },
        ],
      ],
      rows,
    },
  };
}
