import type { ParsedInputOf } from '../../shared/api/contract';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { getSetting, setSetting } from '../../db/repositories/settings';
import { recordAudit } from '../../db/repositories/audit';
import { defaultSettings } from '../../db/seed/data/settings';
import type { OfficeSettings } from '../../shared/models/settings';

const KEYS = ['agency', 'signer', 'recipients', 'planYear'] as const;

/** The office's settings, defaults filled in for keys never saved. */
export function readSettings(ctx: ServiceContext): OfficeSettings {
  return {
    agency: { ...defaultSettings.agency, ...getSetting(ctx.db, 'agency', {}) },
    signer: getSetting(ctx.db, 'signer', defaultSettings.signer),
    recipients: getSetting(ctx.db, 'recipients', defaultSettings.recipients),
    planYear: getSetting(ctx.db, 'planYear', defaultSettings.planYear),
  };
}

export function updateSettings(ctx: ServiceContext, input: ParsedInputOf<'settings.update'>) {
  const before = readSettings(ctx);
  ctx.db.transaction((tx) => {
    for (const k of KEYS) {
      if (JSON.stringify(before[k]) === JSON.stringify(input[k])) continue;
      setSetting(tx, k, input[k]);
      recordAudit(
        tx,
        [{ entity: 'settings', entityId: k, action: 'update', oldValue: before[k], newValue: input[k] }],
        ctx.now(),
      );
    }
  });
  return readSettings(ctx);
}

export const settingsHandlers: HandlersOf<'settings'> = {
  'settings.get': (ctx) => readSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
};
