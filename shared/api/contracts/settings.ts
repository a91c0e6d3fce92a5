import { channel, noInput } from '../define';
import { officeSettingsSchema, type OfficeSettings } from '../../models/settings';

export const settingsContract = {
  'settings.get': channel(noInput).returns<OfficeSettings>(),
  'settings.update': channel(officeSettingsSchema).returns<OfficeSettings>(),
};
