import crypto from 'node:crypto';

/** A fresh nonce per run: AG Grid's injected <style> tags carry it (styleNonce), nothing else inline is allowed. */
export const makeNonce = (): string => crypto.randomBytes(16).toString('base64');

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Puts the nonce (and, for the web bridge, the session token) where the renderer reads them. */
export function injectMeta(html: string, meta: Record<string, string>): string {
  const tags = Object.entries(meta)
    .map(([name, content]) => `<meta name="${name}" content="${content.replace(/"/g, '&quot;')}">`)
    .join('');
  return html.replace('<head>', `<head>${tags}`);
}
