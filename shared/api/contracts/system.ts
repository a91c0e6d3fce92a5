import { channel, noInput } from '../define';
import type { SystemInfo } from '../../models/units';

export const systemContract = {
  'system.info': channel(noInput).returns<SystemInfo>(),
};
