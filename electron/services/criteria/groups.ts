/** Commune groups (QĐ 51/2025: nhóm 1, 2, 3) with validity dates and the deciding document; grid and Excel. */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import type { AppDb } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import { formatShortDate, parseViDate, yearEnd } from '../../../shared/format/date';
import { MIME_XLSX, type FilePayload } from '../../../shared/models/files';
import type { CommuneGroupRow, GroupChange, SimpleImportPreview } from '../../../shared/models/indicators';
import { deleteGroup, groupPeriodsFrom, groupsAt, insertGroup, setGroupValidTo } from '../../../db/repositories/criteria-values';
import { recordAudit, type AuditEntry } from '../../../db/repositories/audit';
import { addSheet, cellText, headerColumns, ImportErrors, loadWorkbook, workbookBase64 } from '../io/excel';
import { communesOfYear } from './common';
import { communeFinder } from './matrix-excel-import';
import { getCriteriaSet } from '../../../db/repositories/criteria';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { loadSetModel, syncCriterionResults } from './set-model';

export function listGroups(ctx: ServiceContext, year: number): CommuneGroupRow[] {
  const communes = communesOfYear(ctx, year);
  const groups = groupsAt(ctx.db, yearEnd(year));
  return communes.map((c) => {
    const g = groups.get(c.id);
    return { communeId: c.id, code: c.code, name: c.name, label: c.label, groupNo: g?.groupNo ?? null, validFrom: g?.validFrom ?? null, decision: g?.decision ?? '' };
  });
}

interface CheckedGroup extends GroupChange {
  label: string;
  validFrom: string;
  decision: string;
}

/** Ends the periods open at `validFrom` and starts the new group (null: no group from that date). */
function writeGroups(tx: AppDb, changes: CheckedGroup[], at: Date, imported: boolean): number {
  const audit: AuditEntry[] = [];
  for (const ch of changes) {
    const periods = groupPeriodsFrom(tx, ch.communeId, ch.validFrom);
    const current = periods.find((p) => p.validFrom <= ch.validFrom);
    if (current && current.groupNo === ch.groupNo && current.decision === ch.decision) continue;
    for (const p of periods) {
      if (p.validFrom >= ch.validFrom) deleteGroup(tx, p.id);
      else setGroupValidTo(tx, p.id, ch.validFrom);
    }
    if (ch.groupNo !== null) insertGroup(tx, { communeId: ch.communeId, groupNo: ch.groupNo, validFrom: ch.validFrom, decision: ch.decision });
    audit.push({
      entity: 'commune_group',
      entityId: ch.communeId,
      field: 'group',
      action: imported ? 'import' : current ? 'update' : 'insert',
      oldValue: current ? `Nhóm ${current.groupNo} từ ${formatShortDate(current.validFrom)}` : null,
      newValue: ch.groupNo === null ? null : `Nhóm ${ch.groupNo} từ ${formatShortDate(ch.validFrom)} (${ch.decision})`,
      communeId: ch.communeId,
    });
  }
  recordAudit(tx, audit, at);
  return audit.length;
}

/** Thresholds follow the group: recompute the criteria of the communes whose group changed, for years from the change on. */
function resync(tx: AppDb, changes: CheckedGroup[], at: Date) {
  const years = new Set<number>();
  for (const ch of changes) years.add(Number(ch.validFrom.slice(0, 4)));
  const from = Math.min(...years);
  for (let y = from; y <= from + 5; y++) {
    const set = criteriaSetForYear(tx, y);
    if (!set || set.thresholdBy !== 'group' || !getCriteriaSet(tx, set.id)) continue;
    syncCriterionResults(tx, loadSetModel(tx, set.id), y, [...new Set(changes.map((c) => c.communeId))], at);
  }
}

function apply(ctx: ServiceContext, changes: CheckedGroup[], imported: boolean): number {
  return ctx.db.transaction((tx) => {
    const n = writeGroups(tx, changes, ctx.now(), imported);
    if (n) resync(tx, changes, ctx.now());
    return n;
  });
}

export function saveGroups(ctx: ServiceContext, input: { year: number; validFrom: string; decision: string; changes: GroupChange[] }): { changed: number } {
  const communes = new Map(communesOfYear(ctx, input.year, input.changes.map((c) => c.communeId)).map((c) => [c.id, c]));
  const seen = new Set<number>();
  const checked = input.changes.map((ch) => {
    const c = communes.get(ch.communeId);
    if (!c) throw new AppError('NOT_FOUND', `Không tìm thấy xã (mã ${ch.communeId}) trong danh sách xã năm ${input.year}.`);
    if (seen.has(ch.communeId)) throw new AppError('VALIDATION', `Xã ${c.label} có hai thay đổi trong cùng một lần lưu.`);
    seen.add(ch.communeId);
    return { ...ch, label: c.label, validFrom: input.validFrom, decision: input.decision };
  });
  return { changed: apply(ctx, checked, false) };
}

const G = { code: 'Mã xã', name: 'Tên xã', group: 'Nhóm', from: 'Áp dụng từ ngày', decision: 'Văn bản quyết định' } as const;
const SHEET = 'Nhóm xã';

export async function exportGroups(ctx: ServiceContext, year: number): Promise<FilePayload> {
  const wb = new ExcelJS.Workbook();
  addSheet<CommuneGroupRow>(
    wb,
    SHEET,
    [
      { header: G.code, width: 10, value: (r) => r.code },
      { header: G.name, width: 36, value: (r) => r.label },
      { header: G.group, width: 8, value: (r) => r.groupNo },
      { header: G.from, width: 16, value: (r) => (r.validFrom ? formatShortDate(r.validFrom) : '') },
      { header: G.decision, width: 40, value: (r) => r.decision },
    ],
    listGroups(ctx, year),
  );
  return { fileName: `nhom-xa-${year}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}

async function parseGroups(ctx: ServiceContext, year: number, fileName: string, base64: string) {
  const wb = await loadWorkbook(base64, fileName);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» không có sheet «${SHEET}».`);
  const errors = new ImportErrors();
  const h = headerColumns(ws, [G.name, G.group, G.from, G.decision], errors);
  errors.throwIfAny();
  const communes = communesOfYear(ctx, year);
  const find = communeFinder(communes);
  const out: CheckedGroup[] = [];
  const seen = new Map<number, number>();
  // Only rows holding values exist in the sheet read by the worker.
  ws.eachRow((row, r) => {
    if (r < 2) return;
    const t = (k: string) => (h!.get(k) ? cellText(row.getCell(h!.get(k)!)).trim() : '');
    const groupText = t(G.group);
    if (!groupText) return;
    // Exported labels read "Tên (đơn vị cấp huyện)": match on the part before the bracket.
    const commune = find(t(G.code), '', t(G.name).replace(/\s*\(.*\)\s*$/, ''));
    if (typeof commune === 'string') {
      errors.add(ws.name, r, t(G.code) ? G.code : G.name, `${commune}.`);
      return;
    }
    if (seen.has(commune.id)) {
      errors.add(ws.name, r, G.name, `xã ${commune.label} trùng với dòng ${seen.get(commune.id)}.`);
      return;
    }
    seen.set(commune.id, r);
    const g = Number(groupText);
    if (![1, 2, 3].includes(g)) errors.add(ws.name, r, G.group, `«${groupText}» không hợp lệ: nhóm xã là 1, 2 hoặc 3.`);
    const from = parseViDate(t(G.from));
    if (!from) errors.add(ws.name, r, G.from, `«${t(G.from)}» không phải ngày (dạng 15/02/2026).`);
    const decision = t(G.decision);
    if (!decision) errors.add(ws.name, r, G.decision, `ghi số văn bản quyết định nhóm của xã ${commune.label}.`);
    if ([1, 2, 3].includes(g) && from && decision) out.push({ communeId: commune.id, groupNo: g, label: commune.label, validFrom: from, decision });
  });
  if (!out.length && !errors.any) errors.addSheet(ws.name, 'không có dòng nào ghi nhóm xã.');
  errors.throwIfAny();
  return out;
}

function previewOf(ctx: ServiceContext, year: number, rows: CheckedGroup[]): SimpleImportPreview {
  const current = groupsAt(ctx.db, yearEnd(year));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  const sample: SimpleImportPreview['sample'] = [];
  for (const r of rows) {
    const cur = current.get(r.communeId);
    if (cur && cur.groupNo === r.groupNo && cur.validFrom === r.validFrom) {
      unchanged++;
      continue;
    }
    if (cur) changed++;
    else added++;
    if (sample.length < 50) sample.push({ sheet: SHEET, row: 0, what: r.label, oldValue: cur ? `Nhóm ${cur.groupNo}` : '', newValue: `Nhóm ${r.groupNo}` });
  }
  return { rows: rows.length, added, changed, unchanged, sample };
}

export async function groupsImportPreview(ctx: ServiceContext, year: number, fileName: string, base64: string) {
  return previewOf(ctx, year, await parseGroups(ctx, year, fileName, base64));
}

export async function groupsImportApply(ctx: ServiceContext, year: number, fileName: string, base64: string) {
  const rows = await parseGroups(ctx, year, fileName, base64);
  const preview = previewOf(ctx, year, rows);
  apply(ctx, rows, true);
  return preview;
}
