import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../services/dispatch';
import type { ServiceContext } from '../services/context';
import { contentSecurityPolicy, injectMeta, makeNonce } from '../csp';
import { mimeOf, resolveStaticFile } from '../static-files';
import { GENERIC_ERROR_MESSAGE } from '../../shared/errors';
import { SINCE_HEADER } from '../../shared/api/answer-wire';
import { AnswerMemory } from '../answer-memory';

export interface BridgeOptions {
  ctx: ServiceContext;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted (bytes); larger ones get 413. */
  maxBody?: number;
}

export interface Bridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Imports carry whole workbooks as base64 (up to 70,000,000 characters, see shared/api/zod-blocks.ts). */
const MAX_BODY = 72 * 1024 * 1024;

/**
 * The loopback HTTP transport for the same contract (people and tests without an Electron
 * binary). Binds 127.0.0.1 only; every API call needs the per-run token and a Host of this
 * very address, which stops other web pages and DNS-rebinding tricks.
 */
export function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const nonce = makeNonce();
  const csp = contentSecurityPolicy(nonce);
  const maxBody = opts.maxBody ?? MAX_BODY;
  // The answers this server sent (the page asks for what changed since the one it holds).
  const answers = new AnswerMemory();
  let host = '';

  const server = http.createServer((req, res) => {
    // Whatever a request carries, the server answers it and keeps serving: an unexpected error is a 500.
    handleRequest(req, res).catch((e: unknown) => {
      console.error('[bridge]', e);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: GENERIC_ERROR_MESSAGE } });
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
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
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, rawChannel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Không hỗ trợ.');
    if (!tokenMatches(req.headers['x-ntm-token'], token)) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Phiên làm việc không hợp lệ. Hãy tải lại trang.' },
      });
    }
    let channelName: string;
    try {
      channelName = decodeURIComponent(rawChannel);
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Địa chỉ yêu cầu không hợp lệ.' },
      });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) return tooLarge(req, res, maxBody);
    const body = await readBody(req, maxBody);
    if (body === null) return tooLarge(req, res, maxBody);
    let input: unknown;
    try {
      const text = body.toString('utf8');
      input = text ? JSON.parse(text) : {};
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không đọc được.' },
      });
    }
    const result = await answers.answer(channelName, input, req.headers[SINCE_HEADER], () =>
      dispatch(opts.ctx, channelName, input),
    );
    sendJson(res, 200, result);
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

/** Constant-time comparison of the bytes; a header of another length or encoding is simply wrong. */
export function tokenMatches(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The request body, or null once it exceeds `max` (the rest is not kept in memory). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > max) {
        over = true;
        chunks.length = 0;
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tooLarge(req: http.IncomingMessage, res: http.ServerResponse, max: number) {
  const mb = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(max / 1024 / 1024);
  sendJson(res, 413, {
    ok: false,
    error: { code: 'VALIDATION', message: `Dữ liệu gửi lên quá lớn (tối đa ${mb} MB).` },
  });
  req.resume();
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
