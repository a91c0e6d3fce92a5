import type { ApiClient, Channel, InputOf, OutputOf } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/errors';

/** An error from a service, carrying its Vietnamese message (and import details, if any). */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly details: ApiError['details'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
}

type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

function clientFrom(invoke: Invoke): ApiClient {
  return {
    async invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
      const result = await invoke(channel, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as OutputOf<C>;
    },
  };
}

declare global {
  interface Window {
    api?: { invoke: Invoke };
  }
}

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';

/** Desktop: the preload's allow-listed invoke. Browser: the loopback bridge with its per-run token. */
export function createApiClient(): ApiClient {
  if (window.api) return clientFrom(window.api.invoke);
  const token = meta('ntm-token');
  return clientFrom(async (channel, input) => {
    let res: Response;
    try {
      res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-ntm-token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Mất kết nối tới máy chủ cục bộ của ứng dụng.' } };
    }
    return (await res.json()) as Result<unknown>;
  });
}

export const cspNonce = (): string => meta('csp-nonce');
