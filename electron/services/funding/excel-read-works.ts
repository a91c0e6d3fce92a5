/** Reads sheet "Công trình": each row becomes the fields of a work and its figures of the year. */
import { thousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import type { z } from 'zod';
import { cellText, headerColumns, type ImportErrors } from '../io/excel';
import type { Row, Workbook } from '../io/sheet';
import { formatAmount } from '../../../shared/domain/amount';
import { workFieldsSchema } from '../../../shared/api/contracts/works';
import {
  STAGES,
  WORK_STATUSES,
  WORK_STATUS_LABEL,
  type FundingStage,
  type WorkStatus,
} from '../../../shared/models/funding';
import type { Sources, YearTree } from './common';
import { amountAt, isEmptyRow, totalAt } from './excel-read';
import { SHEET_WORKS, WORK_FIXED_HEADERS, WRK } from './excel-layout';

export type WorkFields = z.output<typeof workFieldsSchema>;

export interface ParsedWork {
  row: number;
  id: number | null;
  fields: WorkFields;
  /** `${stage}|${sourceId}` → amount (null: no figure). */
  amounts: Map<string, ThousandVnd | null>;
}

export const slot = (stage: FundingStage, sourceId: number) => `${stage}|${sourceId}`;

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Finds an xã by its name and (optionally) its district-level unit, as the export writes them. */
function communeFinder(tree: YearTree) {
  // District-level name → xã name → id (maps in maps: no key string made per xã and per row).
  const byPair = new Map<string, Map<string, number>>();
  const byName = new Map<string, number[]>();
  // "Xã Phú Hữu" and "Phú Hữu" name the same xã.
  const bare = (s: string) => norm(s).replace(/^xã /, '');
  // Each district-level unit's two spellings normalised once (10,000 xã share a few hundred).
  const districts = new Map(tree.districts.map((d) => [d.id, [norm(d.fullName), norm(d.name)]]));
  for (const c of tree.communes) {
    const name = bare(c.name);
    const same = byName.get(name);
    if (same) same.push(c.id);
    else byName.set(name, [c.id]);
    for (const dn of districts.get(c.districtId ?? -1) ?? []) {
      const inDistrict = byPair.get(dn);
      if (inDistrict) inDistrict.set(name, c.id);
      else byPair.set(dn, new Map([[name, c.id]]));
    }
  }
  // A sheet names the same district-level unit on many rows.
  const normDistrict = new Map<string, string>();
  return (district: string, commune: string): number | string => {
    const name = bare(commune);
    if (district) {
      let d = normDistrict.get(district);
      if (d === undefined) normDistrict.set(district, (d = norm(district)));
      return byPair.get(d)?.get(name) ?? `không có xã «${commune}» thuộc «${district}» trong năm của tệp.`;
    }
    const ids = byName.get(name) ?? [];
    if (ids.length === 1) return ids[0]!;
    return ids.length
      ? `có nhiều xã tên «${commune}»: hãy ghi cột «${WRK.district}».`
      : `không có xã «${commune}» trong năm của tệp.`;
  };
}

const statusByText = new Map<string, WorkStatus>(
  WORK_STATUSES.flatMap((s) => [[norm(WORK_STATUS_LABEL[s]), s] as const, [s, s] as const]),
);

/** The header a schema field is read from, to place a schema error. */
export const FIELD_HEADER: Record<keyof WorkFields, string> = {
  communeId: WRK.commune,
  name: WRK.name,
  criterionNo: WRK.criterion,
  startYear: WRK.startYear,
  endYear: WRK.endYear,
  status: WRK.status,
  committedValue: WRK.committed,
  notes: WRK.notes,
};

export interface WorksSheetContext {
  sources: Sources;
  tree: YearTree;
  /** Criterion numbers valid in a year. */
  criteriaOf: (year: number) => Set<number>;
  fileYear: number;
}

export function readWorksSheet(wb: Workbook, c: WorksSheetContext, errors: ImportErrors): ParsedWork[] | null {
  const ws = wb.getWorksheet(SHEET_WORKS);
  if (!ws) return null;
  // Keys and columns worked out once: a sheet has 10^4 rows × 18 amounts.
  const amountHeaders = STAGES.flatMap((stage) =>
    c.sources.list.map((s) => ({ stage, source: s, header: WRK.amount(stage, s), key: slot(stage, s.id), col: 0 })),
  );
  const cols = headerColumns(
    ws,
    [...WORK_FIXED_HEADERS, ...amountHeaders.map((a) => a.header)],
    errors,
    STAGES.map(WRK.stageTotal),
  );
  if (!cols) return null;
  for (const a of amountHeaders) a.col = cols.get(a.header)!;
  const findCommune = communeFinder(c.tree);
  const out: ParsedWork[] = [];
  const seenIds = new Map<number, number>();
  const at = (row: Row, header: string) => (cols.has(header) ? cellText(row.getCell(cols.get(header)!)).trim() : '');
  const err = (r: number, header: string, message: string) => errors.add(ws.name, r, header, message);
  // A sheet repeats a few status texts on every row: each is normalised once.
  const statusSeen = new Map<string, WorkStatus | undefined>();
  const statusOf = (text: string) => {
    if (!statusSeen.has(text)) statusSeen.set(text, statusByText.get(norm(text)));
    return statusSeen.get(text);
  };

  ws.eachRow((row, r) => {
    if (r === 1 || isEmptyRow(row)) return;
    const before = errors.issues.length;
    const idText = at(row, WRK.id);
    let id: number | null = null;
    if (idText) {
      if (!/^\d+$/.test(idText))
        err(r, WRK.id, `«${idText}» không phải mã công trình (để trống nếu là công trình mới).`);
      else {
        id = Number(idText);
        if (seenIds.has(id)) err(r, WRK.id, `mã ${id} đã có ở dòng ${seenIds.get(id)}.`);
        seenIds.set(id, r);
      }
    }
    const communeText = at(row, WRK.commune);
    const commune = communeText ? findCommune(at(row, WRK.district), communeText) : 'chưa ghi xã.';
    if (typeof commune === 'string') err(r, WRK.commune, commune);
    const year = (header: string): number | null => {
      const t = at(row, header);
      if (!t) return null;
      if (/^\d{4}$/.test(t)) return Number(t);
      err(r, header, `«${t}» không phải năm.`);
      return null;
    };
    const startYear = year(WRK.startYear);
    const endYear = year(WRK.endYear);
    const criterionText = at(row, WRK.criterion);
    let criterionNo: number | null = null;
    if (criterionText) {
      const m = /^(\d{1,2})(?:\s*[-.:–]\s*.*)?$/.exec(criterionText);
      const validYear = startYear ?? c.fileYear;
      if (!m) err(r, WRK.criterion, `«${criterionText}» không phải số tiêu chí (ví dụ «2» hoặc «2 - Giao thông»).`);
      else if (!c.criteriaOf(validYear).has(Number(m[1])))
        err(r, WRK.criterion, `tiêu chí số ${m[1]} không có trong bộ tiêu chí áp dụng năm ${validYear}.`);
      else criterionNo = Number(m[1]);
    }
    const statusText = at(row, WRK.status);
    const status = statusText ? statusOf(statusText) : 'planned';
    if (!status)
      err(
        r,
        WRK.status,
        `«${statusText}» không phải tình trạng (${WORK_STATUSES.map((s) => WORK_STATUS_LABEL[s]).join(', ')}).`,
      );
    const committed = amountAt(errors, ws, row, cols.get(WRK.committed)!, WRK.committed).value;

    const amounts = new Map<string, ThousandVnd | null>();
    for (const a of amountHeaders) amounts.set(a.key, amountAt(errors, ws, row, a.col, a.header).value);
    for (const stage of STAGES) {
      const header = WRK.stageTotal(stage);
      if (!cols.has(header)) continue;
      const total = totalAt(errors, ws, row, cols.get(header)!, header);
      const sum = thousandVnd(
        amountHeaders.reduce((s, a) => s + (a.stage === stage ? (amounts.get(a.key) ?? 0) : 0), 0),
      );
      if (total !== null && total !== sum)
        err(r, header, `ghi ${formatAmount(total)} nhưng tổng các nguồn là ${formatAmount(sum)} triệu đồng.`);
    }

    const candidate = {
      communeId: typeof commune === 'number' ? commune : 0,
      name: at(row, WRK.name),
      criterionNo,
      startYear,
      endYear,
      status: status ?? 'planned',
      committedValue: committed,
      notes: at(row, WRK.notes),
    };
    const parsed = workFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof WorkFields;
        if (field === 'communeId' && typeof commune === 'string') continue; // already said
        err(r, FIELD_HEADER[field] ?? WRK.name, issue.message);
      }
    }
    if (startYear !== null && endYear !== null && endYear < startYear)
      err(r, WRK.endYear, 'năm kết thúc trước năm bắt đầu.');
    if (parsed.success && errors.issues.length === before) out.push({ row: r, id, fields: parsed.data, amounts });
  });
  return out;
}
