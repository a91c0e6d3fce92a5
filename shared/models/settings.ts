import { z } from 'zod';
import { signatureSchema } from './document-content';

const line = (what: string, max: number) =>
  z.string().trim().min(1, `${what} không được để trống`).max(max, `${what} quá dài (tối đa ${max} ký tự)`);

/** What the office sets once and every document uses: who issues, who signs, to whom. */
export const officeSettingsSchema = z
  .object({
    agency: z
      .object({
        governingBody: z.string().trim().max(120, 'Cơ quan chủ quản quá dài'),
        issuingBody: line('Cơ quan ban hành', 120),
        issuingBodyShort: line('Chữ viết tắt cơ quan ban hành', 20).regex(
          /^[\p{Lu}\d]+$/u,
          'Chữ viết tắt viết hoa, không dấu cách (ví dụ BCĐ)',
        ),
        issuingBodyName: line('Tên cơ quan ban hành (trong câu)', 200),
        office: line('Tên văn phòng', 200),
        place: line('Địa danh', 60),
        provinceName: line('Tên tỉnh (trong câu)', 60),
      })
      .strict(),
    signer: signatureSchema,
    recipients: z.array(z.string().trim().max(300, 'Nơi nhận quá dài')).max(40, 'Tối đa 40 nơi nhận'),
    planYear: z.number().int().min(2000, 'Năm kế hoạch không hợp lệ').max(2100, 'Năm kế hoạch không hợp lệ'),
  })
  .strict();

export type OfficeSettings = z.infer<typeof officeSettingsSchema>;
