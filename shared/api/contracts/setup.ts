import { z } from 'zod';
import { channel, noInput } from '../define';
import type { DataFileResult, ProvinceOption, SetupResult } from '../../models/setup';

export const provinceCodeSchema = z.string().regex(/^\d{2}$/, 'Mã tỉnh/thành phố gồm 2 chữ số');

export const setupContract = {
  /** The 34 provinces / centrally-run cities from 1/7/2025 (embedded national list). */
  'setup.provinces': channel(noInput).returns<ProvinceOption[]>(),
  /** Fills an EMPTY data file with a province's 2025 units (and optionally its pre-2025 structure and successions). */
  'setup.createProvince': channel(z.object({ provinceCode: provinceCodeSchema, withPre2025: z.boolean() }).strict()).returns<SetupResult>(),
  /** Fills an EMPTY data file with the Hậu Giang 2022 demo («Dữ liệu mẫu»). */
  'setup.openDemo': channel(noInput).returns<SetupResult>(),
  /** Desktop only: Open dialog for a .db file, then the app works on it (AppContext.reopen). */
  'files.openDataFile': channel(noInput).returns<DataFileResult>(),
  /** Desktop only: Save dialog for a new .db file (refuses an existing file), opened empty → first-start choice. */
  'files.newDataFile': channel(noInput).returns<DataFileResult>(),
};
