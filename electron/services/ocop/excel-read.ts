/** Reading OCOP workbook cells the way people fill them in: names of units, kinds, levels, points, dates. */
import type { ServiceContext } from '../context';
import { cellText, type ImportErrors } from '../io/excel';
import type { Row, Sheet } from '../io/sheet';
import type { z } from 'zod';
import { searchKey } from '../../../shared/format/text';
import { parseViDate, yearEnd } from '../../../shared/format/date';
import { parsePoints } from '../../../shared/domain/ocop-scoring';
import {
  OCOP_LEVEL_LABEL,
  OCOP_LEVELS,
  PRODUCER_KINDS,
  PRODUCER_KIND_LABEL,
  type OcopLevel,
  type ProducerKind,
} from '../../../shared/models/ocop';
import { listCommuneLevelUnits } from '../../../db/repositories/ocop';
import { listDistrictUnits } from '../../../db/repositories/units';
import { planYear } from '../data-file';
import { unitName } from '../../../shared/models/units';
import { pointsHundredths, type PointsHundredths } from '../../../shared/models/units-of-measure';

/** One data row of a sheet: cells by header, errors placed on the cell. */
export class RowReader {
  readonly row: number;
  constructor(
    private readonly ws: Sheet,
    private readonly cols: Map<string, number>,
    private readonly errors: ImportErrors,
    private readonly cells: Row,
  ) {
    this.row = cells.number;
  }
  has(header: string): boolean {
    return this.cols.has(header);
  }
  text(header: string): string {
    const col = this.cols.get(header);
    return col === undefined ? '' : cellText(this.cells.getCell(col)).trim();
  }
  error(header: string, message: string): void {
    this.errors.add(this.ws.name, this.row, header, message);
  }
  /** Checks values with the form's schema (lengths, ranges); each problem placed on its column. False if any. */
  valid(schema: z.ZodType, values: object, headerOf: Record<string, string>): boolean {
    const parsed = schema.safeParse(values);
    if (parsed.success) return true;
    for (const issue of parsed.error.issues) {
      const header = headerOf[String(issue.path[0])];
      if (header) this.error(header, `${issue.message}.`);
      else this.errors.add(this.ws.name, this.row, '', `${issue.message}.`);
    }
    return false;
  }
  /** Empty when every listed cell is blank (trailing rows people leave behind). */
  blank(headers: readonly string[]): boolean {
    return headers.every((h) => this.text(h) === '');
  }
  /** A positive whole number (an id), null when blank, undefined (with an error) when not a number. */
  id(header: string): number | null | undefined {
    const t = this.text(header);
    if (!t) return null;
    if (!/^\d+$/.test(t) || Number(t) < 1) {
      this.error(header, `«${t}» không phải mã hợp lệ (để trống khi thêm mới).`);
      return undefined;
    }
    return Number(t);
  }
  date(header: string, required: boolean): string | null | undefined {
    const t = this.text(header);
    if (!t) {
      if (required) this.error(header, 'không được để trống.');
      return required ? undefined : null;
    }
    const iso = parseViDate(t);
    if (!iso) this.error(header, `«${t}» không phải ngày hợp lệ (dạng ngày/tháng/năm, ví dụ 20/07/2021).`);
    return iso ?? undefined;
  }
  points(header: string): PointsHundredths | undefined {
    const col = this.cols.get(header);
    const raw = col === undefined ? null : this.cells.getCell(col).value;
    // A number typed or computed in Excel may carry binary noise (27.150000000000002): hundredths within 1e-6 are exact.
    if (typeof raw === 'number' && raw >= 0 && Math.abs(raw * 100 - Math.round(raw * 100)) < 1e-6)
      return pointsHundredths(Math.round(raw * 100));
    const t = this.text(header);
    if (!t) {
      this.error(header, 'chưa có điểm.');
      return undefined;
    }
    const p = parsePoints(t);
    if (p === null) this.error(header, `«${t}» không phải số điểm hợp lệ (số không âm, tối đa 2 chữ số thập phân).`);
    return p ?? undefined;
  }
}

export function parseKind(text: string): ProducerKind | null {
  const k = searchKey(text);
  for (const kind of PRODUCER_KINDS)
    if (k === kind.replace(/_/g, ' ') || k === searchKey(PRODUCER_KIND_LABEL[kind])) return kind;
  if (/^(htx|hop tac xa|lien hiep)/.test(k)) return 'hop_tac_xa';
  if (/^(doanh nghiep|cong ty|dn)/.test(k)) return 'doanh_nghiep';
  if (/^(to hop tac|tht)/.test(k)) return 'to_hop_tac';
  if (/^(ho san xuat|ho kinh doanh|co so|ho)/.test(k)) return 'ho_san_xuat';
  return null;
}

export function parseLevel(text: string): OcopLevel | null {
  const k = searchKey(text).replace(/^cap /, '');
  return OCOP_LEVELS.find((l) => k === l || k === searchKey(OCOP_LEVEL_LABEL[l]).replace(/^cap /, '')) ?? null;
}

export function parseFlag(text: string): boolean | null {
  const k = searchKey(text);
  if (['', 'khong', '0', 'false'].includes(k)) return false;
  if (['x', 'co', '1', 'true', 'khong dat'].includes(k)) return true;
  return null;
}

interface UnitEntry {
  id: number;
  parentId: number | null;
  full: string;
  bare: string;
}

/** Finds district-level units and communes by their name as typed ("huyện Châu Thành", "Châu Thành A", "xã Vĩnh Trung"). */
export class UnitMatcher {
  private readonly districts: UnitEntry[];
  private readonly communes: UnitEntry[];
  readonly names = new Map<number, string>();
  constructor(ctx: ServiceContext) {
    const at = yearEnd(planYear(ctx));
    this.districts = listDistrictUnits(ctx.db, at).map((d) => ({
      id: d.id,
      parentId: null,
      full: searchKey(unitName(d.kind, d.name)),
      bare: searchKey(d.name),
    }));
    this.communes = listCommuneLevelUnits(ctx.db, at).map((c) => ({
      id: c.id,
      parentId: c.parentId,
      full: searchKey(unitName(c.kind, c.name)),
      bare: searchKey(c.name),
    }));
    for (const d of listDistrictUnits(ctx.db, at)) this.names.set(d.id, unitName(d.kind, d.name));
  }
  private find(list: UnitEntry[], text: string, what: string): { id: number | null; error?: string } {
    const k = searchKey(text);
    if (!k) return { id: null };
    const full = list.filter((u) => u.full === k);
    const hits = full.length ? full : list.filter((u) => u.bare === k);
    if (hits.length === 1) return { id: hits[0]!.id };
    if (!hits.length) return { id: null, error: `không tìm thấy ${what} «${text}».` };
    return {
      id: null,
      error: `«${text}» trùng tên nhiều ${what}; ghi rõ loại đơn vị (ví dụ «thị xã Long Mỹ», «huyện Long Mỹ»).`,
    };
  }
  district(text: string) {
    return this.find(this.districts, text, 'đơn vị cấp huyện');
  }
  commune(text: string, districtId: number | null) {
    const list = districtId === null ? this.communes : this.communes.filter((c) => c.parentId === districtId);
    const r = this.find(
      list,
      text,
      districtId === null
        ? 'xã, phường, thị trấn'
        : `xã, phường, thị trấn thuộc ${this.names.get(districtId) ?? 'đơn vị đã ghi'}`,
    );
    return {
      ...r,
      districtId: r.id === null ? districtId : (this.communes.find((c) => c.id === r.id)?.parentId ?? districtId),
    };
  }
  /** Reads the district and commune cells of a row, with errors on the right cell. */
  read(
    r: RowReader,
    communeHeader: string,
    districtHeader: string,
  ): { communeId: number | null; districtId: number | null } | undefined {
    const d = this.district(r.text(districtHeader));
    if (d.error) r.error(districtHeader, d.error);
    const c = this.commune(r.text(communeHeader), d.id);
    if (c.error) r.error(communeHeader, c.error);
    return d.error || c.error ? undefined : { communeId: c.id, districtId: c.districtId };
  }
}
