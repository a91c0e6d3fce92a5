/**
 * The works import checks sheet "Công trình" while the reading worker is still reading the file
 * (xlsx-reader's SheetFollower): checking 10^4 rows on this thread overlaps reading them on the
 * worker's. Only a head start: its result is taken when it saw every row of the sheet, for the
 * file's year, with the data unchanged since it began; otherwise the import reads the sheet whole.
 */
import { dataVersion } from '../../../db/repositories/overview';
import { criteriaOfYear, workKey, worksByKeys } from '../../../db/repositories/funding';
import type { ServiceContext } from '../context';
import { ImportErrors } from '../io/excel';
import { Row, type Workbook } from '../io/sheet';
import type { SheetFollower } from '../io/xlsx-reader';
import { yearTree, type Sources, type YearTree } from './common';
import { readInfo } from './excel-read';
import { communeFinder, worksRows, type ParsedWork, type WorksRows, type WorksSheetContext } from './excel-read-works';
import { SHEET_INFO, SHEET_WORKS } from './excel-layout';

/** Criterion numbers valid in a year, read once per year asked. */
export function criteriaByYear(ctx: ServiceContext): (year: number) => Set<number> {
  const cache = new Map<number, Set<number>>();
  return (y) => cache.get(y) ?? cache.set(y, new Set(criteriaOfYear(ctx.db, y).map((c) => c.no))).get(y)!;
}

interface Early {
  year: number;
  tree: YearTree;
  reader: WorksRows;
  /** Rows seen, the header row included. */
  rows: number;
  /** The stored works named by the new rows' keys (xã and name), looked up batch by batch. */
  found: Map<string, number[]>;
  version: string;
}

export interface WorksFollower {
  follower: SheetFollower;
  /**
   * The year's tree, the sheet's rows as `readWorksSheet` would give them (its problems added to
   * `errors`) and the stored works their keys name, or null when the head start cannot stand for
   * the whole read.
   */
  take(
    wb: Workbook,
    year: number,
    errors: ImportErrors,
  ): { tree: YearTree; works: ParsedWork[] | null; found: Map<string, number[]> } | null;
}

export function worksFollower(ctx: ServiceContext, sources: Sources): WorksFollower {
  type Ready = Omit<Early, 'reader' | 'rows' | 'found'> & { c: WorksSheetContext };
  let ready: Ready | 'off' | null = null;
  let early: Early | 'off' | null = null;
  // The year comes from sheet "Thông tin", which the export writes first: the year's tree is read
  // (and its xã finder made) while the worker goes on reading. A file that puts "Thông tin" after
  // "Công trình" is read whole at the end.
  const prepare = (sofar: Workbook): Ready | 'off' => {
    const info = readInfo(sofar, new ImportErrors());
    if (!info) return 'off';
    const version = dataVersion(ctx.sqlite);
    const tree = yearTree(ctx, info.year);
    communeFinder(tree);
    const c = { sources, tree, criteriaOf: criteriaByYear(ctx), fileYear: info.year };
    return { year: info.year, tree, c, version };
  };
  const follower: SheetFollower = {
    sheet: SHEET_WORKS,
    sheetRead(sofar) {
      if (!ready && sofar.getWorksheet(SHEET_INFO)) ready = prepare(sofar);
    },
    rows(batch, before) {
      if (early === 'off') return;
      if (!early) {
        ready ??= prepare(before);
        if (ready === 'off') return void (early = 'off');
        // A whole-sheet read takes row 1 as the header even when it is blank.
        const first = batch[0]!;
        const reader = worksRows(first.number === 1 ? first : new Row(1, []), ready.c);
        early = { ...ready, reader, rows: 0, found: new Map() };
      }
      const keys: string[] = [];
      for (const row of batch) {
        early.rows++;
        const work = row.number === 1 ? null : early.reader.add(row);
        if (work?.id === null) keys.push(workKey(work.fields.communeId, work.fields.name)!);
      }
      for (const [key, ids] of worksByKeys(ctx.db, keys)) early.found.set(key, ids);
    },
    reset() {
      early = 'off';
    },
  };
  return {
    follower,
    take(wb, year, errors) {
      if (!early || early === 'off' || early.year !== year || dataVersion(ctx.sqlite) !== early.version) return null;
      if (wb.getWorksheet(SHEET_WORKS)?.rowCount !== early.rows) return null;
      return { tree: early.tree, works: early.reader.finish(errors), found: early.found };
    },
  };
}
