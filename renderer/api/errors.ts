import { ApiCallError } from './client';

/** The Vietnamese sentence of anything thrown: a service's message, or the error's own. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The per-row details of a service error (an import's sheet/row/column messages), if it has any. */
export function errorDetails(e: unknown): string[] | undefined {
  return e instanceof ApiCallError ? e.details?.map((d) => d.message) : undefined;
}

/**
 * The one way the renderer shows an API error: message plus details, spread into notify():
 * `notify('error', ...errorNotice(e))`, or with a lead-in: `errorNotice(e, 'Chưa lưu được: ')`.
 */
export function errorNotice(e: unknown, prefix = ''): [string, string[] | undefined] {
  return [prefix + errorMessage(e), errorDetails(e)];
}
