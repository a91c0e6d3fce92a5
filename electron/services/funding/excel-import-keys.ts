/** Rows of sheet «Công trình» without a work id, matched to stored works by their stable key. */
import type { ServiceContext } from '../context';
import type { ImportErrors } from '../io/excel';
import { workKey, worksByKeys } from '../../../db/repositories/funding';
import type { ParsedWork } from './excel-read-works';
import { SHEET_WORKS, WRK } from './excel-layout';

/**
 * Rows without a work id: one that names a work already there (its stable key: xã and name) is
 * that work, so a file applied twice adds nothing the second time. Two such rows are refused.
 * Returns how many rows matched. `known`: the stored works of every key, when already looked up.
 */
export function matchByKey(
  ctx: ServiceContext,
  works: ParsedWork[],
  errors: ImportErrors,
  known?: Map<string, number[]>,
): number {
  const rowOfKey = new Map<string, number>();
  const fresh = works.filter((w) => w.id === null);
  for (const w of fresh) {
    const key = workKey(w.fields.communeId, w.fields.name)!;
    const first = rowOfKey.get(key);
    if (first !== undefined)
      errors.add(
        SHEET_WORKS,
        w.row,
        WRK.name,
        `công trình «${w.fields.name}» của xã này đã có ở dòng ${first} (hai dòng trùng nhau).`,
      );
    else rowOfKey.set(key, w.row);
  }
  const found = known ?? worksByKeys(ctx.db, [...rowOfKey.keys()]);
  const rowOfId = new Map(works.flatMap((w) => (w.id === null ? [] : [[w.id, w.row] as const])));
  let matched = 0;
  for (const w of fresh) {
    const ids = found.get(workKey(w.fields.communeId, w.fields.name)!);
    if (!ids) continue;
    if (ids.length > 1) {
      errors.add(
        SHEET_WORKS,
        w.row,
        WRK.id,
        `xã này có ${ids.length} công trình tên «${w.fields.name}» (mã ${ids.join(', ')}); ghi mã công trình để chọn đúng.`,
      );
      continue;
    }
    if (rowOfId.has(ids[0]!)) {
      errors.add(SHEET_WORKS, w.row, WRK.name, `đây là công trình mã ${ids[0]}, đã có ở dòng ${rowOfId.get(ids[0]!)}.`);
      continue;
    }
    w.id = ids[0]!;
    matched++;
  }
  return matched;
}
