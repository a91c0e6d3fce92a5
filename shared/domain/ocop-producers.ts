/**
 * Main-process only, but kept in shared/: the demo seed (db/seed) uses it as well as the OCOP import, and
 * db/ does not import electron/ (lint), so electron/domain/ is out of its reach.
 */
import type { ProducerKind } from '../models/ocop';

/** Producer kind from the name's legal form (Công ty, HTX, Tổ hợp tác); brand-only names count as households. */
export function producerKind(name: string): ProducerKind {
  if (/^(Công ty|Doanh nghiệp)/i.test(name)) return 'doanh_nghiep';
  if (/^(HTX|Hợp tác xã)/i.test(name)) return 'hop_tac_xa';
  if (/^Tổ hợp tác/i.test(name)) return 'to_hop_tac';
  return 'ho_san_xuat';
}
