import { z } from 'zod';
import { channel, noInput } from '../define';

export interface Profile {
  /** The OS account the app runs under (recorded with every change). */
  account: string;
  /** Optional name shown beside the account in histories ('' when not set). */
  displayName: string;
}

export const profileContract = {
  'profile.get': channel(noInput).returns<Profile>(),
  'profile.update': channel(
    z
      .object({
        displayName: z
          .string()
          .trim()
          .max(80, 'Tên hiển thị quá dài (tối đa 80 ký tự)')
          .refine((s) => !/[<>{}[\]\\|^~`$]/.test(s), 'Tên hiển thị có ký tự không hợp lệ'),
      })
      .strict(),
  ).returns<Profile>(),
};
