/**
 * The NTM layer: each xã of the map by recognised level, criteria met, or share of the new set's
 * indicators met. Figures are read on the year's communes; a former commune's figures count on the
 * new unit that absorbed it (several former communes: lowest common level, mean of criteria).
 */
import { hasAnyRecognition } from '../../../db/repositories/recognitions';
import type { ServiceContext } from '../context';
import type { NtmMetric } from '../../../shared/models/map';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import {
  classify,
  combineLevels,
  criteriaClasses,
  criteriaFigure,
  meanOf,
  SHARE_CLASSES,
  STATUS_CLASSES,
} from '../../domain/map-scale';
import { formatPercent } from '../../../shared/format/number';
import { listRuralCommunes } from '../../../db/repositories/units';
import { countRuralCommunesAt } from '../../../db/repositories/map';
import { criteriaMetByCommune, criteriaSetForYear } from '../../../db/repositories/standings';
import { listCriteriaSets } from '../../../db/repositories/criteria';
import { indicatorShares, shareFigure, type IndicatorShare } from './indicator-shares';
import { heldLevels } from '../criteria/common';
import { fromFormer, pushTo, type LayerResult, type UnitFigure } from './layer';
import type { MapFrame } from './units';
import { NO_DATA } from '../../../shared/format/text';

const TITLES: Record<NtmMetric, string> = {
  status: 'Mức đạt chuẩn nông thôn mới của các xã',
  criteria: 'Số tiêu chí nông thôn mới các xã đạt',
  indicators: 'Tỉ lệ chỉ tiêu đạt theo bộ tiêu chí mới',
};

const RULE =
  'Năm trước 01/07/2025: kết quả của xã cũ được tính cho đơn vị mới đã nhận xã đó (bảng kế thừa đơn vị hành chính). ' +
  'Đơn vị mới nhận nhiều xã cũ: đạt chuẩn ở mức thấp nhất khi mọi xã cũ đều đạt, «một phần» khi chỉ một số xã cũ đạt; ' +
  'số tiêu chí và tỉ lệ chỉ tiêu là bình quân của các xã cũ có kết quả.';

const SHARE_RULE =
  'Tỉ lệ chỉ tiêu đạt = số chỉ tiêu đạt ngưỡng của nhóm xã / số chỉ tiêu áp dụng cho nhóm đó (không tính chỉ tiêu «không áp dụng» ' +
  'hoặc chưa có ngưỡng), theo giá trị nhập cho năm; chỉ tiêu chưa nhập giá trị tính là chưa đạt.';

type YearCommune = ReturnType<typeof listRuralCommunes>[number];

/**
 * The year's xã that can count on the map, in the usual order, and how many xã the year has in all:
 * a file may hold the whole country's old communes, and only those with a chain of successions to
 * the map's units are read (issue 14); the others are counted as not placed.
 */
export function yearCommunesOf(ctx: ServiceContext, frame: MapFrame): { communes: YearCommune[]; total: number } {
  return {
    communes: listRuralCommunes(ctx.db, frame.dataDate, frame.reaching),
    total: countRuralCommunesAt(ctx.db, frame.dataDate),
  };
}

export function ntmLayer(
  ctx: ServiceContext,
  frame: MapFrame,
  metric: NtmMetric,
  { communes, total } = yearCommunesOf(ctx, frame),
): LayerResult {
  const year = frame.year;
  const contributors = new Map<number, YearCommune[]>();
  let underNonXa = 0;
  let unplaced = total - communes.length;
  for (const c of communes) {
    const targets = frame.resolve(c.id);
    if (!targets.length) unplaced++;
    else if (targets.every((t) => frame.byId.get(t)!.kind !== 'xa')) underNonXa++;
    for (const t of targets) pushTo(contributors, t, c);
  }
  const notes: string[] = [];
  if (underNonXa)
    notes.push(
      `${underNonXa} xã của năm ${year} nay thuộc phường hoặc đặc khu (ngoài phạm vi NTM) nên không tô màu; xem thẻ của đơn vị.`,
    );
  if (unplaced)
    notes.push(`${unplaced} xã của năm ${year} không nối được tới đơn vị nào trên bản đồ (thiếu bảng kế thừa).`);

  let figureOf: (ids: number[]) => Omit<UnitFigure, 'detail' | 'inherited'>;
  let classes = STATUS_CLASSES;
  let legendTitle = 'Mức đạt chuẩn cuối năm';
  if (metric === 'status' && !hasAnyRecognition(ctx.db)) {
    // No recognition recorded at all: «chưa đạt» everywhere would be a result nobody entered.
    notes.push(
      'Chưa nhập quyết định công nhận xã đạt chuẩn nào (Xã & tiêu chí › Công nhận, thu hồi): chưa có số liệu.',
    );
    figureOf = () => ({ category: 'nodata', figure: NO_DATA });
  } else if (metric === 'status') {
    const held = heldLevels(ctx, frame.dataDate);
    figureOf = (ids) => {
      const c = combineLevels(ids.map((id) => held.get(id)?.level ?? null));
      if (ids.length === 1) {
        const h = held.get(ids[0]!);
        return {
          category: c.key,
          figure: h ? `Đạt chuẩn ${LEVEL_LABEL[h.level]} (năm ${h.year})` : 'Chưa đạt chuẩn NTM',
        };
      }
      const lowest =
        c.key === 'partial' || c.key === 'none' ? '' : `, mức chung: ${LEVEL_LABEL[c.key as keyof typeof LEVEL_LABEL]}`;
      return { category: c.key, figure: `${c.held}/${ids.length} xã cũ đạt chuẩn NTM${lowest}` };
    };
  } else {
    const set = criteriaSetForYear(ctx.db, year);
    if (metric === 'criteria') {
      const required = set?.requiredCount ?? 19;
      classes = criteriaClasses(required);
      legendTitle = set ? `Số tiêu chí đạt (bộ ${required} tiêu chí)` : 'Số tiêu chí đạt';
      if (!set) notes.push(`Chưa có bộ tiêu chí nông thôn mới áp dụng cho năm ${year}.`);
      const met = set ? criteriaMetByCommune(ctx.db, year, set.id) : new Map<number, number>();
      figureOf = (ids) => {
        const m = meanOf(ids.map((id) => met.get(id) ?? null));
        if (!m) return { category: 'nodata', figure: 'chưa có kết quả tiêu chí' };
        const partial = m.n < ids.length ? ` (${m.n}/${ids.length} xã cũ có kết quả)` : '';
        return { category: classify(classes, m.mean).key, figure: criteriaFigure(m.mean, m.n) + partial };
      };
    } else {
      classes = SHARE_CLASSES;
      const newest = listCriteriaSets(ctx.db)
        .filter((s) => s.level === 'ntm')
        .sort((a, b) => b.yearFrom - a.yearFrom)[0];
      legendTitle = newest ? `Tỉ lệ chỉ tiêu đạt (${newest.decision || newest.name})` : 'Tỉ lệ chỉ tiêu đạt';
      const applies = set && newest && set.id === newest.id;
      if (!applies)
        notes.push(
          newest
            ? `Tỉ lệ chỉ tiêu chỉ tính theo ${newest.name}, áp dụng từ năm ${newest.yearFrom}.`
            : 'Chưa có bộ tiêu chí mới.',
        );
      const shares = applies ? indicatorShares(ctx, year, set.id) : new Map<number, IndicatorShare>();
      if (applies && !shares.size) notes.push(`Chưa có kết quả chỉ tiêu của năm ${year}.`);
      if (shares.size) notes.push(SHARE_RULE);
      const ungrouped = [...shares.values()].filter((s) => !s.total).length;
      if (ungrouped)
        notes.push(
          `${ungrouped} xã có giá trị chỉ tiêu năm ${year} nhưng chưa được xếp nhóm xã (hoặc chưa có ngưỡng) nên chưa tính được tỉ lệ.`,
        );
      figureOf = (ids) => {
        const own = ids.map((id) => shares.get(id));
        const m = meanOf(own.map((s) => (s && s.total ? s.met / s.total : null)));
        if (!m) return { category: 'nodata', figure: shareFigure(own.find((s) => s !== undefined)) };
        const category = classify(classes, m.mean).key;
        if (m.n > 1) return { category, figure: `bình quân ${formatPercent(m.mean * 1000, 1000)} chỉ tiêu đạt` };
        return { category, figure: shareFigure(own.find((x) => x && x.total)) };
      };
    }
  }

  const perUnit = new Map<number, UnitFigure>();
  for (const u of frame.units) {
    if (u.kind !== 'xa') {
      perUnit.set(u.id, { category: 'outside', figure: 'ngoài phạm vi NTM', detail: '', inherited: false });
      continue;
    }
    const cs = contributors.get(u.id) ?? [];
    if (!cs.length) {
      perUnit.set(u.id, {
        category: 'nodata',
        figure: NO_DATA,
        detail: `năm ${year} không có xã nào của dữ liệu thuộc đơn vị này`,
        inherited: false,
      });
      continue;
    }
    const inherited = cs.some((c) => c.id !== u.id);
    const f = figureOf(cs.map((c) => c.id));
    perUnit.set(u.id, { ...f, detail: inherited ? fromFormer(cs.map((c) => c.name)) : '', inherited });
  }
  // «Một phần» only exists where former communes are combined.
  if (metric === 'status' && ![...perUnit.values()].some((f) => f.inherited))
    classes = classes.filter((c) => c.key !== 'partial');
  return { title: TITLES[metric], legendTitle, classes, neutral: ['nodata', 'outside'], perUnit, notes, rule: RULE };
}
