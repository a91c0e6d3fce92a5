import type { ApiClient } from '../../shared/api/contract';
import { SINCE_HEADER, type WireAnswer } from '../../shared/api/answer-wire';
import { clientFrom, type Invoke } from './client-core';

export { ApiCallError } from './client-core';

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
  return clientFrom(async (channel, input, since) => {
    let res: Response;
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'x-ntm-token': token };
      if (since) headers[SINCE_HEADER] = since;
      res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Mất kết nối tới máy chủ cục bộ của ứng dụng.' } };
    }
    return (await res.json()) as WireAnswer;
  });
}

export const cspNonce = (): string => meta('csp-nonce');
