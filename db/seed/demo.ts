/** Who the demo is: Hậu Giang in 2022, whose units belong to the new thành phố Cần Thơ from 1/7/2025. */
import type { ProvinceSetting } from '../../shared/models/setup';

export const DEMO_PROVINCE: ProvinceSetting = {
  kind: 'demo',
  code: '92',
  name: 'Cần Thơ',
  fullName: 'Thành phố Cần Thơ',
  withPre2025: true,
};

/** The demo's name in the first-start choice and messages. */
export const DEMO_LABEL = 'Hậu Giang 2022';

/** How the first-start choice names the demo: «Mở dữ liệu mẫu Hậu Giang 2022». */
export const DEMO_INFO = { provinceName: 'Hậu Giang', year: 2022 };
