/**
 * Default settings (key → JSON value): who issues the office's documents, who signs and to whom
 * they go, as in the 2022 plan. All of it is editable in the app.
 */

export interface AgencySetting {
  governingBody: string;
  issuingBody: string;
  issuingBodyShort: string;
  /** The issuing body in running text, as appendix references name it. */
  issuingBodyName: string;
  office: string;
  place: string;
  provinceName: string;
}

export interface SignerSetting {
  /** Authority lines above the signature, top to bottom (TM., KT., titles). */
  authority: string[];
  name: string;
}

export interface DefaultSettings {
  agency: AgencySetting;
  signer: SignerSetting;
  /** "Nơi nhận" lines, without the leading dash. */
  recipients: string[];
  planYear: number;
}

export const defaultSettings: DefaultSettings = {
  agency: {
    governingBody: 'UBND TỈNH HẬU GIANG',
    issuingBody: 'BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG',
    issuingBodyShort: 'BCĐ',
    issuingBodyName: 'Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Hậu Giang',
    office: 'Văn phòng Điều phối nông thôn mới tỉnh Hậu Giang',
    place: 'Hậu Giang',
    provinceName: 'tỉnh Hậu Giang',
  },
  signer: {
    authority: ['TM. BAN CHỈ ĐẠO', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND TỈNH'],
    name: 'Trương Cảnh Tuyên',
  },
  // As in the seed plan; its web copy writes the Đ of "HĐND" as an Icelandic Eth (U+00D0); here it is Đ (U+0110).
  recipients: [
    'VPĐP nông thôn mới TW;',
    'TT: TU, HĐND, UBND tỉnh;',
    'UBMTTQVN và các Đoàn thể tỉnh;',
    'Sở, ban ngành tỉnh;',
    'Văn phòng Điều phối nông thôn mới tỉnh;',
    'UBND huyện, thị xã, thành phố;',
    'Lưu: VT.',
  ],
  planYear: 2022,
};
