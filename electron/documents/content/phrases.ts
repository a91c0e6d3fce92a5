import { formatPercent, pad2 } from '../../../shared/format/number';
import type { NamedCommune } from '../../domain/document-facts';
import { communeWithDistrict } from '../../../shared/models/units';
import type { ThousandVnd } from '../../../shared/models/units-of-measure';
import { formatAmount } from '../../../shared/domain/amount';
import { NO_DATA } from '../../../shared/format/text';
export { NO_DATA };

/** "Phú Hữu (huyện Châu Thành), Tân Phú (thị xã Long Mỹ)" — as the seed plan names communes. */
export function communeList(communes: NamedCommune[]): string {
  // Within a city (thành phố), made mostly of phường, plans name a commune «xã …» explicitly.
  return communes
    .map(
      (c) =>
        `${/^thành phố /i.test(c.districtFullName) ? 'xã ' : ''}${communeWithDistrict(c.name, c.districtFullName)}`,
    )
    .join(', ');
}

/** Counts as plans write them: "03 xã", "38/51". */
export const count2 = pad2;

/** Stored nghìn đồng → printed triệu đồng, exact (up to three decimals): 170914000 → "170.914" (the one money formatter). */
export const trieu = (amount: ThousandVnd): string => formatAmount(amount);

/** An amount cell: "170.914", or «chưa có số liệu» without a figure. */
export const trieuOrNoData = (amount: ThousandVnd | null): string => (amount === null ? NO_DATA : trieu(amount));

/** Shares in a document's tables keep one decimal beside each other («2,0%» next to «74,5%»); 0% and 100% stay whole. */
export function docPercent(part: number, whole: number): string {
  const p = formatPercent(part, whole);
  return p === '0%' || p === '100%' || p.includes(',') ? p : p.replace('%', ',0%');
}
