import type { ParsedInputOf } from '../../shared/api/contract';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { DISPLAY_NAME_KEY, osAccountName, recordAudit } from '../../db/repositories/audit';
import { getSetting, setSetting } from '../../db/repositories/settings';

function readProfile(ctx: ServiceContext) {
  return { account: osAccountName(), displayName: getSetting<string>(ctx.db, DISPLAY_NAME_KEY, '') };
}

export function updateProfile(ctx: ServiceContext, { displayName }: ParsedInputOf<'profile.update'>) {
  const before = readProfile(ctx).displayName;
  if (before !== displayName) {
    ctx.db.transaction((tx) => {
      // Recorded under the name in use before the change.
      recordAudit(
        tx,
        [{ entity: 'settings', entityId: DISPLAY_NAME_KEY, action: 'update', oldValue: before, newValue: displayName }],
        ctx.now(),
      );
      setSetting(tx, DISPLAY_NAME_KEY, displayName);
    });
  }
  return readProfile(ctx);
}

/** Who is working: the OS account (from the main process) and an optional display name. */
export const profileHandlers: HandlersOf<'profile'> = {
  'profile.get': (ctx) => readProfile(ctx),
  'profile.update': (ctx, input) => updateProfile(ctx, input),
};
