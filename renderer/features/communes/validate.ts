import { contract, type Channel, type InputOf } from '../../../shared/api/contract';

/** Field → first Vietnamese message, from the channel's own zod schema (the service checks the same). */
export type FieldErrors = Partial<Record<string, string>>;

export function validateInput<C extends Channel>(channel: C, input: InputOf<C>): FieldErrors | null {
  const r = contract[channel].input.safeParse(input);
  if (r.success) return null;
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
  }
  return errors;
}
