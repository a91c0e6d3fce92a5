/** works.*: the works (công trình) of the funding domain; the rules live in funding/edit.ts. */
import type { HandlersOf } from './handler';
import { createWork, editWork, removeWork } from './funding/edit';

export const worksHandlers: HandlersOf<'works'> = {
  'works.create': (ctx, input) => createWork(ctx, input),
  'works.update': (ctx, input) => editWork(ctx, input),
  'works.delete': (ctx, { id }) => removeWork(ctx, id),
};
