import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../services/dispatch';
import type { ServiceContext } from '../services/context';
import { contentSecurityPolicy, injectMeta, makeNonce } from '../csp';
import { mimeOf, resolveStaticFile } from '../static-files';

export interface BridgeOptions {
  ctx: ServiceContext;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 50 * 1024 * 1024; // imports carry whole workbooks

/**
 * The loopback HTTP transport for the same contract (people and tests without an Electron
 * binary). Binds 127.0.0.1 only; every API call needs the per-run token and a Host of this
 * very address, which stops other web pages and DNS-rebinding tricks.
 */
export function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const nonce = makeNonce();
  const csp = contentSecurityPolicy(nonce);
  let host = '';

  const server = http.createServer((req, res) => {
    if (req.headers.host !== host) return send(res, 421, 'text/plain; charset=utf-8', 'Sai địa chỉ máy chủ.');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) return handleApi(req, res, url.slice(5));
    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Không hỗ trợ.');
    const file = resolveStaticFile(opts.rendererDir, url);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
    let body: Buffer | string = fs.readFileSync(file);
    if (file.endsWith('.html')) body = injectMeta(body.toString('utf8'), { 'csp-nonce': nonce, 'ntm-token': token });
    res.setHeader('Content-Security-Policy', csp);
    send(res, 200, mimeOf(file), body);
  });

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channelName: string) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Không hỗ trợ.');
    const given = String(req.headers['x-ntm-token'] ?? '');
    if (given.length !== token.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token))) {
      return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Phiên làm việc không hợp lệ. Hãy tải lại trang.' } });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', async () => {
      let input: unknown;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        input = text ? JSON.parse(text) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không đọc được.' } });
      }
      const result = await dispatch(opts.ctx, decodeURIComponent(channelName), input);
      sendJson(res, 200, result);
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      host = `127.0.0.1:${port}`;
      resolve({
        url: `http://${host}/`,
        token,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
