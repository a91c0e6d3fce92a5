import { z } from 'zod';
import { channel, noInput } from '../define';
import type { DemoInfo, ProvinceOption, SetupResult } from '../../models/setup';
import type { OfficeSettings } from '../../models/settings';

export const provinceCodeSchema = z.string().regex(/^\d{2}$/, 'Mã tỉnh/thành phố gồm 2 chữ số');

export const setupContract = {
  /** The 34 provinces / centrally-run cities from 1/7/2025 (embedded national list). */
  'setup.provinces': channel(noInput).returns<ProvinceOption[]>(),
  /** Fills an EMPTY data file with a province's 2025 units (and optionally its pre-2025 structure and successions). */
  'setup.createProvince': channel(
    z.object({ provinceCode: provinceCodeSchema, withPre2025: z.boolean() }).strict(),
  ).returns<SetupResult>(),
  /** What the demo is, for the first-start card: «Mở dữ liệu mẫu {provinceName} {year}». */
  'setup.demo': channel(noInput).returns<DemoInfo>(),
  /** The agency wording proposed for the open file's province (what createProvince wrote), to re-apply in Cài đặt. */
  'setup.proposedSettings': channel(noInput).returns<OfficeSettings['agency']>(),
  /** Fills an EMPTY data file with the embedded demo data («Dữ liệu mẫu»). */
  'setup.openDemo': channel(noInput).returns<SetupResult>(),
};
