/**
 * OCOP evaluation levels and the highest star each may award. Until 30/6/2025 (QĐ 148/2023):
 * district 3★, province 4★, centre 5★. From 1/7/2025 (QĐ 148 as amended by QĐ 1489/2025, two-tier
 * government): the commune only checks the dossier first (no stars), the province awards 3★ and 4★,
 * the centre (Bộ NN&MT) 5★ — a product scoring ≥ 90 goes up to it.
 */
import type { OcopLevel } from '../models/ocop';

export const TWO_TIER_FROM = '2025-07-01';

export const OCOP_LEVEL_CEILING: Record<OcopLevel, number> = { commune: 0, district: 3, province: 4, central: 5 };

/** The levels that exist on a date, lowest first. */
export function ocopLevelsAt(date: string): OcopLevel[] {
  return date >= TWO_TIER_FROM ? ['commune', 'province', 'central'] : ['district', 'province', 'central'];
}

/** Why a level may not evaluate on a date, or null. */
export function levelProblem(level: OcopLevel, date: string): string | null {
  if (ocopLevelsAt(date).includes(level)) return null;
  return level === 'district'
    ? 'Từ 01/7/2025 không còn cấp huyện (QĐ 1489/QĐ-TTg sửa QĐ 148/QĐ-TTg): cấp xã kiểm tra sơ bộ, cấp tỉnh đánh giá 3–4 sao, cấp trung ương 5 sao.'
    : 'Trước 01/7/2025 chưa có bước kiểm tra sơ bộ cấp xã: đánh giá ở cấp huyện, cấp tỉnh hoặc cấp trung ương.';
}

/** Why a level may not award these stars (its ceiling), or null. */
export function ceilingProblem(level: OcopLevel, stars: number): string | null {
  const max = OCOP_LEVEL_CEILING[level];
  if (stars <= max) return null;
  if (level === 'commune') return 'Cấp xã chỉ kiểm tra sơ bộ hồ sơ và đề xuất sản phẩm, không công nhận hạng sao.';
  const label = level === 'district' ? 'Cấp huyện' : level === 'province' ? 'Cấp tỉnh' : 'Cấp trung ương';
  return `${label} chỉ công nhận tối đa ${max} sao; kết quả ${stars} sao phải do ${level === 'district' ? 'cấp tỉnh' : 'cấp trung ương (Bộ Nông nghiệp và Môi trường)'} đánh giá, công nhận.`;
}
