/**
 * Imports the funding workbook (province-level figures and works) as every import does: the whole
 * file is read and checked first; any error refuses all of it; otherwise the preview counts what
 * would change, and applying writes everything in one transaction.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import { thousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import type { ServiceContext } from '../context';
import { ImportErrors, loadWorkbook } from '../io/excel';
import { excelImport, writeImport, type ImportFileInput } from '../io/import-steps';
import { formatAmount } from '../../../shared/domain/amount';
import {
  STAGES,
  STAGE_LABEL,
  type FundingImportPreview,
  type FundingImportResult,
  type FundingStage,
} from '../../../shared/models/funding';
import { recordAudit, type AuditEntry } from '../../../db/repositories/audit';
import {
  deleteAmountIds,
  getWorks,
  setAmount,
  storedFiguresOfUnit,
  storedFiguresOfWorks,
  type StoredFigure,
  updateWork,
  type WorkRecord,
} from '../../../db/repositories/funding';
import { bulkSummaries } from '../../../db/repositories/funding-bulk';
import { insertWorkFigures, insertWorks } from '../../../db/repositories/funding-insert';
import { loadSources, yearTree, type Sources } from './common';
import { readInfo, readSourcesSheet, type FileInfo, type ProvinceFigures } from './excel-read';
import { criteriaByYear, worksFollower } from './excel-import-follow';
import { matchByKey } from './excel-import-keys';
import {
  amountSlots,
  FIELD_HEADER,
  readWorksSheet,
  slot,
  type AmountSlot,
  type ParsedWork,
  type WorkFields,
} from './excel-read-works';
import { SHEET_SOURCES, SHEET_WORKS, WRK } from './excel-layout';
import { yearEnd } from '../../../shared/format/date';

type Figure = {
  year: number;
  workId: number;
  sourceId: number;
  stage: FundingStage;
  amount: ThousandVnd;
  asOf: string | null;
};

interface Plan {
  info: FileInfo;
  /** What `ParsedWork.amounts` holds, by index. */
  slots: AmountSlot[];
  provinceId: number;
  province: { stage: FundingStage; sourceId: number; code: string; from: ThousandVnd | null; to: ThousandVnd | null }[];
  added: ParsedWork[];
  changed: { work: ParsedWork; before: WorkRecord; fields: (keyof WorkFields)[]; amountHeaders: string[] }[];
  unchanged: number;
  deleteIds: number[];
  /** Figures of existing works to insert; new works' figures are added once their ids exist. */
  inserts: Figure[];
  amountsChanged: number;
}

/** What the file would change, with what the preview needs to name it. */
interface CheckedFile {
  fileName: string;
  plan: Plan;
  sources: Sources;
  communes: Map<number, { name: string }>;
  worksExisting: number;
}

/** Reads and checks the whole file and compares it with what is stored; nothing is written. */
async function planImport(ctx: ServiceContext, { fileName, base64 }: ImportFileInput): Promise<CheckedFile> {
  const sources = loadSources(ctx);
  const follow = worksFollower(ctx, sources);
  const wb = await loadWorkbook(base64, fileName, follow.follower);

  const errors = new ImportErrors();
  const info = readInfo(wb, errors);
  // Without the year nothing else can be checked; with it, every sheet's problems are gathered.
  if (!info) errors.throwIfAny();
  const province = readSourcesSheet(wb, sources, errors);
  const early = follow.take(wb, info!.year, errors);
  const tree = early?.tree ?? yearTree(ctx, info!.year);
  const works = early
    ? early.works
    : readWorksSheet(wb, { sources, tree, criteriaOf: criteriaByYear(ctx), fileYear: info!.year }, errors);
  if (!province && !works && !errors.any) {
    errors.issues.push({ message: `Tệp «${fileName}» không có sheet «${SHEET_SOURCES}» hay «${SHEET_WORKS}».` });
  } else if (!errors.any && ![...(province?.values() ?? [])].some((m) => m.size) && !works?.length) {
    errors.issues.push({
      message: `Tệp «${fileName}» không có số liệu nào để nhập: sheet «${SHEET_SOURCES}» không có dòng nguồn vốn và sheet «${SHEET_WORKS}» không có dòng công trình.`,
    });
  }
  const worksExisting = matchByKey(ctx, works ?? [], errors, early?.found);
  const existing = new Map(
    getWorks(
      ctx.db,
      (works ?? []).flatMap((w) => (w.id === null ? [] : [w.id])),
    ).map((w) => [w.id, w]),
  );
  for (const w of works ?? []) {
    if (w.id !== null && !existing.has(w.id))
      errors.add(SHEET_WORKS, w.row, WRK.id, `không có công trình mã ${w.id} (để trống mã nếu là công trình mới).`);
  }
  errors.throwIfAny();
  const plan = makePlan(ctx, info!, tree.province.id, sources, province, works ?? [], existing);
  return { fileName, plan, sources, communes: tree.communeById, worksExisting };
}

function makePlan(
  ctx: ServiceContext,
  info: FileInfo,
  provinceId: number,
  sources: Sources,
  province: ProvinceFigures | null,
  works: ParsedWork[],
  existing: Map<number, WorkRecord>,
): Plan {
  const { year, cutoff } = info;
  const slots = amountSlots(sources);
  const plan: Plan = {
    info,
    slots,
    provinceId,
    province: [],
    added: [],
    changed: [],
    unchanged: 0,
    deleteIds: [],
    inserts: [],
    amountsChanged: 0,
  };
  if (province) {
    const { shown } = compareBase(storedFiguresOfUnit(ctx.db, year, provinceId), year, cutoff, (r) =>
      slot(r.stage, r.sourceId),
    );
    for (const stage of STAGES) {
      for (const [code, to] of province.get(stage)!) {
        const sourceId = sources.byCode.get(code)!.id;
        const from = shown.get(slot(stage, sourceId)) ?? null;
        if (from !== to) plan.province.push({ stage, sourceId, code, from, to });
      }
    }
  }
  // What the grid shows (latest snapshot at the cut-off) decides "changed"; the rows exactly at the cut-off are what gets replaced.
  // Keyed by number (work id × slots + slot): no key string made per work and slot.
  // The slots run stage by stage, each over the sources in order (amountSlots).
  const sourceIndex = new Map(sources.list.map((s, i) => [s.id, i]));
  const n = sources.list.length;
  const { shown, exact } = compareBase(
    storedFiguresOfWorks(ctx.db, year, [...existing.keys()]),
    year,
    cutoff,
    (r) => r.workId! * slots.length + STAGES.indexOf(r.stage) * n + sourceIndex.get(r.sourceId)!,
  );
  for (const w of works) {
    if (w.id === null) {
      plan.added.push(w);
      continue;
    }
    const before = existing.get(w.id)!;
    const fields = (Object.keys(w.fields) as (keyof WorkFields)[]).filter((f) => w.fields[f] !== before[f]);
    const amountHeaders: string[] = [];
    for (let i = 0; i < slots.length; i++) {
      const to = w.amounts[i]!;
      const k = w.id * slots.length + i;
      if ((shown.get(k) ?? null) === to) continue;
      const { stage, sourceId, header } = slots[i]!;
      amountHeaders.push(header);
      for (const id of exact.get(k) ?? []) plan.deleteIds.push(id);
      if (to !== null)
        plan.inserts.push({
          year,
          workId: w.id,
          sourceId,
          stage,
          amount: to,
          asOf: stage === 'disbursed' ? cutoff : null,
        });
    }
    plan.amountsChanged += amountHeaders.length;
    if (fields.length || amountHeaders.length) plan.changed.push({ work: w, before, fields, amountHeaders });
    else plan.unchanged++;
  }
  for (const w of plan.added) for (const a of w.amounts) if (a !== null) plan.amountsChanged++;
  return plan;
}

/**
 * Per `[workId|]stage|sourceId`: the figure shown at the cut-off (need and allocated as stored,
 * disbursed as the latest snapshot on or before it) and the ids of the rows an import replaces.
 */
function compareBase<K>(rows: StoredFigure[], year: number, cutoff: string, keyOf: (r: StoredFigure) => K) {
  const end = yearEnd(year);
  const shown = new Map<K, ThousandVnd>();
  const exact = new Map<K, number[]>();
  const latest = new Map<K, string>();
  for (const r of rows) {
    const k = keyOf(r);
    const at = r.asOf ?? end;
    if (r.stage !== 'disbursed') shown.set(k, thousandVnd((shown.get(k) ?? 0) + r.amount));
    else if (at <= cutoff && at >= (latest.get(k) ?? '')) {
      latest.set(k, at);
      shown.set(k, r.amount);
    }
    if (r.stage !== 'disbursed' || at === cutoff) {
      const ids = exact.get(k);
      if (ids) ids.push(r.id);
      else exact.set(k, [r.id]);
    }
  }
  return { shown, exact };
}

function applyPlan(ctx: ServiceContext, plan: Plan, fileName: string): void {
  const { year, cutoff } = plan.info;
  const at = ctx.now();
  writeImport(ctx, (tx) => {
    const audit: AuditEntry[] = [];
    // The summaries of the touched works are brought up to date once, set-wise, at the end (not per figure).
    bulkSummaries(
      tx,
      plan.changed.map((c) => c.before.id),
      () => writePlan(tx, plan, audit),
    );
    audit.push({
      entity: 'funding_import',
      entityId: fileName,
      action: 'import',
      newValue: {
        year,
        cutoff,
        added: plan.added.length,
        changed: plan.changed.length,
        province: plan.province.length,
      },
    });
    recordAudit(tx, audit, at);
  });
}

/** The plan's writes (inside the import's transaction); returns the new works' ids. */
function writePlan(tx: ServiceContext['db'], plan: Plan, audit: AuditEntry[]): number[] {
  const { year, cutoff } = plan.info;
  for (const p of plan.province) {
    setAmount(
      tx,
      {
        year,
        holder: { unitId: plan.provinceId },
        sourceId: p.sourceId,
        stage: p.stage,
        asOf: p.stage === 'disbursed' ? cutoff : null,
      },
      p.to,
    );
    audit.push({
      entity: 'funding_amount',
      entityId: `${year}/province/${p.code}/${p.stage}`,
      field: p.stage,
      action: 'import',
      oldValue: p.from,
      newValue: p.to,
    });
  }
  for (const c of plan.changed) {
    if (c.fields.length) updateWork(tx, c.before.id, Object.fromEntries(c.fields.map((f) => [f, c.work.fields[f]])));
    audit.push({
      entity: 'work',
      entityId: c.before.id,
      action: 'import',
      newValue: { fields: c.fields, amounts: c.amountHeaders },
      communeId: c.work.fields.communeId,
    });
  }
  const newIds = insertWorks(
    tx,
    plan.added.map((w) => ({ ...w.fields, source: 'user' })),
  );
  const inserts = [...plan.inserts];
  plan.added.forEach((w, i) => {
    const workId = newIds[i]!;
    audit.push({
      entity: 'work',
      entityId: workId,
      action: 'import',
      newValue: w.fields.name,
      communeId: w.fields.communeId,
    });
    w.amounts.forEach((amount, i) => {
      if (amount === null) return;
      const { stage, sourceId } = plan.slots[i]!;
      inserts.push({ year, workId, sourceId, stage, amount, asOf: stage === 'disbursed' ? cutoff : null });
    });
  });
  deleteAmountIds(tx, plan.deleteIds);
  insertWorkFigures(tx, inserts);

  return newIds;
}

function preview(plan: Plan, sources: Sources, communes: Map<number, { name: string }>): FundingImportPreview {
  const sample: string[] = [];
  for (const p of plan.province.slice(0, 4)) {
    const s = sources.byCode.get(p.code)!;
    sample.push(
      `Số cấp tỉnh, ${STAGE_LABEL[p.stage].toLowerCase()} nguồn «${s.shortName}»: ${formatAmount(p.from) || 'trống'} → ${formatAmount(p.to) || 'trống'} triệu đồng`,
    );
  }
  for (const w of plan.added.slice(0, 3))
    sample.push(`Thêm công trình «${w.fields.name}» (xã ${communes.get(w.fields.communeId)?.name ?? ''})`);
  for (const c of plan.changed.slice(0, 3)) {
    const what = [...c.fields.map((f) => FIELD_HEADER[f]), ...c.amountHeaders];
    sample.push(`Sửa công trình «${c.before.name}»: ${what.slice(0, 4).join(', ')}${what.length > 4 ? '…' : ''}`);
  }
  return {
    year: plan.info.year,
    asOf: plan.info.cutoff,
    provinceChanges: plan.province.length,
    worksAdded: plan.added.length,
    worksChanged: plan.changed.length,
    worksUnchanged: plan.unchanged,
    worksExisting: 0,
    amountsChanged: plan.amountsChanged,
    sample,
  };
}

/** The channel entry points, in the one import shape (io/import-steps.ts). */
export const { importPreview, importApply } = excelImport<
  ParsedInputOf<'funding.importApply'>,
  CheckedFile,
  FundingImportPreview,
  FundingImportResult
>({
  plan: planImport,
  preview: (_ctx, f) => ({ ...preview(f.plan, f.sources, f.communes), worksExisting: f.worksExisting }),
  apply: (ctx, f) => {
    const { plan } = f;
    if (plan.province.length || plan.added.length || plan.changed.length) applyPlan(ctx, plan, f.fileName);
    return { ...preview(plan, f.sources, f.communes), worksExisting: f.worksExisting, applied: true as const };
  },
});
