/**
 * Settings proposed for a province made from the national lists: who issues, the place of the date
 * line, the province's wording, who signs and the usual recipients. All editable in Cài đặt.
 */
import type { DefaultSettings } from './data/settings';
import type { NationalProvince } from './national';
import type { ProvinceSetting } from '../../shared/models/setup';

export function proposedSettings(
  p: NationalProvince,
  planYear: number,
  withPre2025: boolean,
): DefaultSettings & { province: ProvinceSetting } {
  const kind = p.kind === 'thành phố' ? 'thành phố' : 'tỉnh';
  const inText = `${kind} ${p.name}`;
  return {
    agency: {
      governingBody: `UBND ${kind.toUpperCase()} ${p.name.toUpperCase()}`,
      issuingBody: 'BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG',
      issuingBodyShort: 'BCĐ',
      issuingBodyName: `Ban Chỉ đạo các chương trình mục tiêu quốc gia ${inText}`,
      office: `Văn phòng Điều phối nông thôn mới ${inText}`,
      place: p.name,
      provinceName: inText,
    },
    signer: {
      authority: ['TM. BAN CHỈ ĐẠO', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', `PHÓ CHỦ TỊCH UBND ${kind.toUpperCase()}`],
      name: '(Họ và tên)',
    },
    recipients: [
      'VPĐP nông thôn mới TW;',
      `TT: TU, HĐND, UBND ${kind};`,
      `UBMTTQVN và các Đoàn thể ${kind};`,
      `Sở, ban ngành ${kind};`,
      `Văn phòng Điều phối nông thôn mới ${kind};`,
      'UBND các xã, phường, đặc khu;',
      'Lưu: VT.',
    ],
    planYear,
    province: { kind: 'province', code: p.code, name: p.name, fullName: p.fullName, withPre2025 },
  };
}
