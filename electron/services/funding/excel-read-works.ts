/** Reads sheet "Công trình": each row becomes the fields of a work and its figures of the year. */
import { thousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';
import type { z } from 'zod';
import { ImportErrors, sheetHeader, valueText } from '../io/excel';
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
  /** By slot (see `amountSlots`): the amount, or null for no figure. */
  amounts: (ThousandVnd | null)[];
}

/** One amount column of the sheet: a stage of a source. */
export interface AmountSlot {
  stage: FundingStage;
  sourceId: number;
  header: string;
}

export const slot = (stage: FundingStage, sourceId: number) => `${stage}|${sourceId}`;

/** The sheet's amount columns in a fixed order, the index of a `ParsedWork.amounts` entry. */
export const amountSlots = (sources: Sources): AmountSlot[] =>
  STAGES.flatMap((stage) => sources.list.map((s) => ({ stage, sourceId: s.id, header: WRK.amount(stage, s) })));

// Most names have single plain spaces only: the whitespace regex runs only on those that need it.
const ODD_SPACE = /\s\s|[^\S ]/;
const norm = (s: string) => {
  const t = s.normalize('NFC').toLowerCase();
  return (ODD_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t).trim();
};

/** The finder of a tree's xã, made once per tree (an import may make it before the rows come). */
const finders = new WeakMap<YearTree, ReturnType<typeof makeCommuneFinder>>();
export function communeFinder(tree: YearTree) {
  return finders.get(tree) ?? finders.set(tree, makeCommuneFinder(tree)).get(tree)!;
}

/** Finds an xã by its name and (optionally) its district-level unit, as the export writes them. */
function makeCommuneFinder(tree: YearTree) {
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

const shape = workFieldsSchema.shape;
const FIELD_LIMITS = {
  name: [shape.name.minLength ?? 0, shape.name.maxLength ?? 0],
  criterion: [shape.criterionNo.unwrap().minValue ?? 0, shape.criterionNo.unwrap().maxValue ?? 0],
  year: [shape.startYear.unwrap().minValue ?? 0, shape.startYear.unwrap().maxValue ?? 0],
  amount: [shape.committedValue.unwrap().in.minValue ?? 0, shape.committedValue.unwrap().in.maxValue ?? 0],
  notes: shape.notes.maxLength ?? 0,
} as const;
const STATUS_SET = new Set<string>(WORK_STATUSES);
const inRange = (v: number | null, [min, max]: readonly [number, number]) =>
  v === null || (Number.isSafeInteger(v) && v >= min && v <= max);

/**
 * True when `workFieldsSchema` surely accepts the row's fields and gives them back unchanged (the
 * common case, checked without zod: 10^4 rows). Anything else goes through zod, whose messages
 * the person sees, so a row's messages are zod's whichever path it takes.
 */
export function plainWorkFields(c: WorkFields): boolean {
  return (
    Number.isSafeInteger(c.communeId) &&
    c.communeId > 0 &&
    typeof c.name === 'string' &&
    c.name.length >= FIELD_LIMITS.name[0] &&
    c.name.length <= FIELD_LIMITS.name[1] &&
    c.name.trim() === c.name &&
    inRange(c.criterionNo, FIELD_LIMITS.criterion) &&
    inRange(c.startYear, FIELD_LIMITS.year) &&
    inRange(c.endYear, FIELD_LIMITS.year) &&
    STATUS_SET.has(c.status) &&
    inRange(c.committedValue, FIELD_LIMITS.amount) &&
    typeof c.notes === 'string' &&
    c.notes.length <= FIELD_LIMITS.notes
  );
}

/** The row's fields as zod gives them, or null after adding its messages (one per issue, in zod's order). */
export function checkWorkFields(
  candidate: WorkFields,
  add: (header: string, message: string) => void,
  communeSaid: boolean,
): WorkFields | null {
  if (plainWorkFields(candidate)) return candidate;
  const parsed = workFieldsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof WorkFields;
    if (field === 'communeId' && communeSaid) continue; // already said
    add(FIELD_HEADER[field] ?? WRK.name, issue.message);
  }
  return null;
}

const YEAR_TEXT = /^\d{4}$/;
const CRITERION_TEXT = /^(\d{1,2})(?:\s*[-.:–]\s*.*)?$/;
const ID_TEXT = /^\d+$/;

/** Reads sheet "Công trình" whole (see `worksRows`); null when the workbook has no such sheet. */
export function readWorksSheet(wb: Workbook, c: WorksSheetContext, errors: ImportErrors): ParsedWork[] | null {
  const ws = wb.getWorksheet(SHEET_WORKS);
  if (!ws) return null;
  const reader = worksRows(ws.rowCount ? ws.getRow(1) : null, c);
  ws.eachRow((row, r) => {
    if (r !== 1) reader.add(row);
  });
  return reader.finish(errors);
}

/** Sheet "Công trình" read a row at a time. */
export interface WorksRows {
  /** Checks the next data row (rows come in ascending order, the header row not among them); gives it when accepted. */
  add(row: Row): ParsedWork | null;
  /** Adds the problems found to `errors` and gives the rows read, or null when the header was refused. */
  finish(errors: ImportErrors): ParsedWork[] | null;
}

/**
 * Sheet "Công trình" read a row at a time, from its header row (`header` null: the sheet is empty),
 * so an import can check rows while the file is still being read. The problems are kept apart and
 * `finish` adds them in the order a whole-sheet read finds them: the header's, every cell's, the rows'.
 */
export function worksRows(header: Row | null, c: WorksSheetContext): WorksRows {
  const cellErrors = new ImportErrors();
  const errors = new ImportErrors();
  const ws = { name: SHEET_WORKS };
  // Keys and columns worked out once: a sheet has 10^4 rows × 18 amounts.
  const slots = amountSlots(c.sources);
  const head = sheetHeader(
    SHEET_WORKS,
    header,
    [...WORK_FIXED_HEADERS, ...slots.map((a) => a.header)],
    cellErrors,
    STAGES.map(WRK.stageTotal),
  );
  if (!head) return { add: () => null, finish: (to) => (to.append(cellErrors), null) };
  const cols = head.columns;
  const slotCols = slots.map((a) => cols.get(a.header)!);
  // Each stage's total column (if the sheet has it) and the slots it sums.
  const totals = STAGES.flatMap((stage) => {
    const header = WRK.stageTotal(stage);
    const col = cols.get(header);
    if (col === undefined) return [];
    return [{ header, col, slots: slots.flatMap((a, i) => (a.stage === stage ? [i] : [])) }];
  });
  const col = (header: string) => cols.get(header) ?? 0; // column 0 never holds a value
  const idCol = col(WRK.id);
  const districtCol = col(WRK.district);
  const communeCol = col(WRK.commune);
  const nameCol = col(WRK.name);
  const criterionCol = col(WRK.criterion);
  const startCol = col(WRK.startYear);
  const endCol = col(WRK.endYear);
  const statusCol = col(WRK.status);
  const committedCol = col(WRK.committed);
  const notesCol = col(WRK.notes);
  const findCommune = communeFinder(c.tree);
  const out: ParsedWork[] = [];
  const seenIds = new Map<number, number>();
  let row: Row;
  let r = 0;
  const at = (column: number) => (column ? valueText(row.value(column)).trim() : '');
  const err = (header: string, message: string) => errors.add(ws.name, r, header, message);
  // A sheet repeats a few status texts on every row: each is normalised once.
  const statusSeen = new Map<string, WorkStatus | undefined>();
  const statusOf = (text: string) => {
    if (!statusSeen.has(text)) statusSeen.set(text, statusByText.get(norm(text)));
    return statusSeen.get(text);
  };
  const year = (column: number, header: string): number | null => {
    const t = at(column);
    if (!t) return null;
    if (YEAR_TEXT.test(t)) return Number(t);
    err(header, `«${t}» không phải năm.`);
    return null;
  };

  const add = (current: Row): ParsedWork | null => {
    head.check(current, cellErrors);
    if (isEmptyRow(current)) return null;
    row = current;
    r = current.number;
    const before = errors.count;
    const idText = at(idCol);
    let id: number | null = null;
    if (idText) {
      if (!ID_TEXT.test(idText)) err(WRK.id, `«${idText}» không phải mã công trình (để trống nếu là công trình mới).`);
      else {
        id = Number(idText);
        if (seenIds.has(id)) err(WRK.id, `mã ${id} đã có ở dòng ${seenIds.get(id)}.`);
        seenIds.set(id, r);
      }
    }
    const communeText = at(communeCol);
    const commune = communeText ? findCommune(at(districtCol), communeText) : 'chưa ghi xã.';
    if (typeof commune === 'string') err(WRK.commune, commune);
    const startYear = year(startCol, WRK.startYear);
    const endYear = year(endCol, WRK.endYear);
    const criterionText = at(criterionCol);
    let criterionNo: number | null = null;
    if (criterionText) {
      const m = CRITERION_TEXT.exec(criterionText);
      const validYear = startYear ?? c.fileYear;
      if (!m) err(WRK.criterion, `«${criterionText}» không phải số tiêu chí (ví dụ «2» hoặc «2 - Giao thông»).`);
      else if (!c.criteriaOf(validYear).has(Number(m[1])))
        err(WRK.criterion, `tiêu chí số ${m[1]} không có trong bộ tiêu chí áp dụng năm ${validYear}.`);
      else criterionNo = Number(m[1]);
    }
    const statusText = at(statusCol);
    const status = statusText ? statusOf(statusText) : 'planned';
    if (!status)
      err(
        WRK.status,
        `«${statusText}» không phải tình trạng (${WORK_STATUSES.map((s) => WORK_STATUS_LABEL[s]).join(', ')}).`,
      );
    const committed =
      row.value(committedCol) === null ? null : amountAt(errors, ws, row, committedCol, WRK.committed).value;

    // Most amount cells are empty: no parse, no result object for them (nor for empty totals below).
    const amounts = slotCols.map((column, i) =>
      row.value(column) === null ? null : amountAt(errors, ws, row, column, slots[i]!.header).value,
    );
    for (const t of totals) {
      const total = row.value(t.col) === null ? null : totalAt(errors, ws, row, t.col, t.header);
      let sum = 0;
      for (const i of t.slots) sum += amounts[i] ?? 0;
      if (total !== null && total !== sum)
        err(
          t.header,
          `ghi ${formatAmount(total)} nhưng tổng các nguồn là ${formatAmount(thousandVnd(sum))} triệu đồng.`,
        );
    }

    const fields = checkWorkFields(
      {
        communeId: typeof commune === 'number' ? commune : 0,
        name: at(nameCol),
        criterionNo,
        startYear,
        endYear,
        status: status ?? 'planned',
        committedValue: committed,
        notes: at(notesCol),
      },
      err,
      typeof commune === 'string',
    );
    if (startYear !== null && endYear !== null && endYear < startYear)
      err(WRK.endYear, 'năm kết thúc trước năm bắt đầu.');
    if (!fields || errors.count !== before) return null;
    const work = { row: r, id, fields, amounts };
    out.push(work);
    return work;
  };
  return {
    add,
    finish(to) {
      to.append(cellErrors);
      to.append(errors);
      return out;
    },
  };
}
