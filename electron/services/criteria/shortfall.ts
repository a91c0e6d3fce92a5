/**
 * «Xã cần bổ sung»: for every xã of the structure in force, the criteria and indicators of the set in
 * force it does not meet yet for its group, from its latest values, beside its 2021–2025 status; and
 * the same counted by criterion. The table an office sets next year's targets from.
 */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { compileIndicator, criterionFromIndicators, groupKey, showIndicatorValue, thresholdFor, type IndicatorStatus } from '../../../shared/domain/criteria-eval';
import { LEVEL_LABEL, type Level } from '../../../shared/domain/ntm-figures';
import { yearEnd } from '../../../shared/format/date';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import type { ShortfallByCriterion, ShortfallCommune, ShortfallReport } from '../../../shared/models/indicators';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { groupsAt, overridesOfSetBetween, predecessorsOf, regionsOf, resultsOfSetBetween, packedValuesOfYear } from '../../../db/repositories/criteria-values';
import { criteriaMetByCommune } from '../../../db/repositories/standings';
import { addSheet, workbookBase64 } from '../io/excel';
import { communesOfYear, heldLevels } from './common';
import { loadSetModel, thresholdText } from './set-model';

/**
 * `detail` adds each unmet indicator's value and requirement ("2.1 (85%; cần ≥ 90%)"), for the
 * Excel export; the screen gets the codes, so a country's list stays a small payload.
 */
export function shortfall(ctx: ServiceContext, year: number, detail = false): ShortfallReport {
  const set = criteriaSetForYear(ctx.db, year);
  if (!set) throw new AppError('NOT_FOUND', `Chưa có bộ tiêu chí nông thôn mới áp dụng cho năm ${year}.`);
  const model = loadSetModel(ctx.db, set.id);
  const communes = communesOfYear(ctx, year);
  const ids = communes.map((c) => c.id);
  const index = new Map(ids.map((id, k) => [id, k]));
  const groups = groupsAt(ctx.db, yearEnd(year));
  const regions = model.thresholdBy === 'group' ? new Map<number, string | null>() : regionsOf(ctx.db, ids);
  const indicators = model.criteria.flatMap((c) => c.indicators);
  const indIndex = new Map(indicators.map((i, k) => [i.id, k]));
  const nI = indicators.length;

  // Latest value per commune and indicator (rows come oldest year first; later ones overwrite).
  const values: (string | undefined)[] = new Array(ids.length * nI);
  const valueYear = new Int16Array(ids.length);
  for (let y = set.yearFrom; y <= year; y++) {
    for (const [c, packed] of packedValuesOfYear(ctx.db, set.id, y)) {
      const ck = index.get(c);
      if (ck === undefined) continue;
      valueYear[ck] = y;
      for (const pair of packed.split(';')) {
        const eq = pair.indexOf('=');
        const ik = indIndex.get(Number(pair.slice(0, eq)));
        if (ik !== undefined) values[ck * nI + ik] = pair.slice(eq + 1);
      }
    }
  }
  const nC = model.criteria.length;
  const cIndex = new Map(model.criteria.map((c, k) => [c.id, k]));
  const marks: (boolean | undefined)[] = new Array(ids.length * nC);
  for (const [c, k, m] of resultsOfSetBetween(ctx.db, set.id, set.yearFrom, year)) {
    const ck = index.get(c);
    const kk = cIndex.get(k);
    if (ck !== undefined && kk !== undefined) marks[ck * nC + kk] = !!m;
  }
  const overrides = new Map<string, { met: boolean; reason: string }>();
  for (const o of overridesOfSetBetween(ctx.db, set.id, set.yearFrom, year)) overrides.set(`${o.communeId}:${o.criterionId}`, o);

  // One compiled judgement per indicator and threshold key.
  const judge = new Map<string, { f: (v: string | null) => IndicatorStatus; need: string }[]>();
  const judgesOf = (key: { group: number | null; region: string | null }) => {
    const tkey = model.thresholdBy === 'group' ? (key.group ? groupKey(key.group) : '-') : (key.region ?? 'chung');
    let list = judge.get(tkey);
    if (!list) {
      list = indicators.map((i) => {
        const t = thresholdFor(model.thresholdBy, i.thresholds, key);
        return { f: compileIndicator(i, t), need: thresholdText(i, t) };
      });
      judge.set(tkey, list);
    }
    return list;
  };

  // 2021–2025 beside it: the level held at the end of 2025 (own or predecessors') and criteria met then.
  const prevYear = set.yearFrom - 1;
  const prevSet = criteriaSetForYear(ctx.db, prevYear);
  const preds = new Map<number, { from: number; name: string }[]>();
  for (const p of predecessorsOf(ctx.db)) if (index.has(p.to)) preds.set(p.to, [...(preds.get(p.to) ?? []), { from: p.from, name: p.name }]);
  const predIds = [...new Set([...preds.values()].flat().map((p) => p.from))];
  const held = heldLevels(ctx, yearEnd(prevYear), [...ids, ...predIds]);
  const prevMet = prevSet ? criteriaMetByCommune(ctx.db, prevYear, prevSet.id) : new Map<number, number>();
  const prevTotal = prevSet?.requiredCount ?? 0;

  const out: ShortfallCommune[] = [];
  const byCriterion: ShortfallByCriterion[] = model.criteria.map((c) => ({
    criterionId: c.id,
    no: c.no,
    name: c.name,
    communes: 0,
    unknown: 0,
    indicators: c.indicators.map((i) => ({ code: i.code, name: i.name, communes: 0 })),
  }));
  let complete = 0;
  let noGroup = 0;
  communes.forEach((commune, ck) => {
    const g = groups.get(commune.id)?.groupNo ?? null;
    if (model.thresholdBy === 'group' && g === null) noGroup++;
    const key = { group: g, region: regions.get(commune.id) ?? null };
    const judges = judgesOf(key);
    const row: ShortfallCommune = {
      communeId: commune.id,
      label: commune.label,
      groupNo: g,
      latestYear: valueYear[ck] || null,
      unmet: [],
      unknown: 0,
      previousLevel: held.get(commune.id)?.level ?? null,
      previousNote: (preds.get(commune.id) ?? [])
        .map((p) => `${p.name}: ${held.has(p.from) ? LEVEL_LABEL[held.get(p.from)!.level] : 'chưa đạt chuẩn'}`)
        .join('; '),
      previousMet: prevMet.get(commune.id) ?? null,
      previousTotal: prevTotal,
    };
    let k0 = 0;
    model.criteria.forEach((c, kk) => {
      const tally = byCriterion[kk]!;
      const o = overrides.get(`${commune.id}:${c.id}`);
      let met: boolean | null;
      const unmetCodes: string[] = [];
      if (c.indicators.length) {
        const statuses = c.indicators.map((i, j) => {
          const ik = k0 + j;
          const v = values[ck * nI + ik] ?? null;
          const s = judges[ik]!.f(v);
          if (s === 'unmet') {
            unmetCodes.push(detail ? `${i.code} (${showIndicatorValue(i, v)}; cần ${judges[ik]!.need})` : i.code);
            tally.indicators[j]!.communes++;
          }
          return s;
        });
        met = o ? o.met : criterionFromIndicators(statuses);
      } else met = o ? o.met : (marks[ck * nC + kk] ?? null);
      k0 += c.indicators.length;
      if (met === null) {
        row.unknown++;
        tally.unknown++;
      } else if (!met) {
        row.unmet.push({ criterionId: c.id, no: c.no, indicators: unmetCodes, overridden: !!o });
        tally.communes++;
      }
    });
    if (!row.unmet.length && !row.unknown) complete++;
    out.push(row);
  });
  return { year, setName: model.name, previousSetName: prevSet?.name ?? null, communes: out, byCriterion, complete, noGroup };
}

const levelText = (l: Level | null) => (l ? LEVEL_LABEL[l] : '');

export async function exportShortfall(ctx: ServiceContext, year: number): Promise<FilePayload> {
  const r = shortfall(ctx, year, true);
  const names = new Map(r.byCriterion.map((c) => [c.criterionId, c.name]));
  const wb = new ExcelJS.Workbook();
  addSheet<ShortfallByCriterion>(
    wb,
    'Theo tiêu chí',
    [
      { header: 'Tiêu chí', width: 44, value: (c) => `${c.no}. ${c.name}` },
      { header: 'Số xã chưa đạt', width: 14, value: (c) => c.communes },
      { header: 'Số xã chưa có kết quả', width: 18, value: (c) => c.unknown },
      { header: 'Chỉ tiêu chưa đạt (số xã)', width: 70, value: (c) => c.indicators.filter((i) => i.communes).map((i) => `${i.code}: ${i.communes}`).join('; ') },
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
      { header: 'Tiêu chí chưa đạt', width: 50, value: (c) => c.unmet.map((u) => `${u.no}. ${names.get(u.criterionId)}`).join('; ') },
      { header: 'Chỉ tiêu chưa đạt', width: 70, value: (c) => c.unmet.flatMap((u) => u.indicators).join('; ') },
      { header: 'Chưa có kết quả (tiêu chí)', width: 14, value: (c) => c.unknown },
      { header: 'Giai đoạn 2021–2025', width: 40, value: (c) => [levelText(c.previousLevel), c.previousMet !== null ? `${c.previousMet}/${c.previousTotal} tiêu chí` : '', c.previousNote].filter(Boolean).join('; ') },
    ],
    r.communes.filter((c) => c.unmet.length || c.unknown),
  );
  return { fileName: `xa-can-bo-sung-${year}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}
