import { describe, it, expect, afterEach } from 'vitest';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { startBridge, tokenMatches, type Bridge } from '../../electron/bridge/server';
import type { ServiceContext } from '../../electron/services/context';
import { tempContexts } from '../helpers/dispatch';
import { tempDataDir } from '../helpers/temp';

const newContext = tempContexts();
const running: Bridge[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((b) => b.close()));
});

async function bridgeOver(ctx: ServiceContext, maxBody?: number): Promise<Bridge> {
  const rendererDir = tempDataDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const b = await startBridge({ ctx, rendererDir, maxBody });
  running.push(b);
  return b;
}

/** A raw HTTP/1.1 exchange, so headers can carry bytes a normal client refuses to send. */
function raw(
  bridge: Bridge,
  head: Buffer | string,
  body: Buffer | string = '',
): Promise<{ status: number; text: string }> {
  const { port, hostname } = new URL(bridge.url);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    sock.on('data', (c) => chunks.push(c));
    sock.on('error', reject);
    sock.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    sock.write(Buffer.concat([Buffer.isBuffer(head) ? head : Buffer.from(head, 'latin1'), Buffer.from(body)]));
  });
}

const api = (bridge: Bridge, channel: string, body: unknown, token = bridge.token) =>
  fetch(`${bridge.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ntm-token': token },
    body: JSON.stringify(body),
  });

const post = (bridge: Bridge, pathPart: string, extra: string[], body: string) => {
  const host = new URL(bridge.url).host;
  return `POST /api/${pathPart} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${extra.map((h) => `${h}\r\n`).join('')}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
};

describe('the loopback bridge never dies on a malformed request', () => {
  it('compares tokens in constant time on bytes; a non-ASCII header of the same length is just refused', async () => {
    const b = await bridgeOver(await newContext());
    expect(tokenMatches(b.token, b.token)).toBe(true);
    expect(tokenMatches('é'.repeat(b.token.length), b.token)).toBe(false);
    expect(tokenMatches(undefined, b.token)).toBe(false);
    expect(tokenMatches(['a', 'b'], b.token)).toBe(false);
    // 48 header bytes, the token's length, with bytes above 0x7f (latin1 on the wire).
    const r = await raw(b, post(b, 'system.info', [`x-ntm-token: ${'\u00e9'.repeat(b.token.length)}`], '{}'), '{}');
    expect(r.status).toBe(403);
    expect((await api(b, 'system.info', {})).status).toBe(200);
  });

  it('a bad percent-escape in the path is a 400, and the server keeps serving', async () => {
    const b = await bridgeOver(await newContext());
    const r = await raw(b, post(b, '%E0%A4%A', [`x-ntm-token: ${b.token}`], '{}'), '{}');
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/Địa chỉ yêu cầu không hợp lệ/);
    const page = await raw(b, `GET /%E0%A4%A HTTP/1.1\r\nHost: ${new URL(b.url).host}\r\nConnection: close\r\n\r\n`);
    expect(page.status).toBe(404);
    expect((await api(b, 'system.info', {})).status).toBe(200);
  });

  it('an oversized body is a 413 (declared or streamed), and the server keeps serving', async () => {
    const b = await bridgeOver(await newContext(), 1024);
    const declared = await fetch(`${b.url}api/system.info`, {
      method: 'POST',
      headers: { 'x-ntm-token': b.token },
      body: 'x'.repeat(5000),
    });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { message: string } }).error.message).toMatch(
      /Dữ liệu gửi lên quá lớn \(tối đa/,
    );
    // Chunked: no length announced, the limit is found while reading.
    const big = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('y'.repeat(512)));
        c.close();
      },
    });
    const streamed = await fetch(`${b.url}api/system.info`, {
      method: 'POST',
      headers: { 'x-ntm-token': b.token },
      body: big,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await api(b, 'system.info', {})).status).toBe(200);
  });

  it('an error nobody caught is a 500 with a Vietnamese message, and the next request is served', async () => {
    const ctx = await newContext();
    let fail = true;
    // A context whose state cannot be read, once: the failure escapes every service.
    const flaky = new Proxy(ctx, {
      get(target, prop, receiver) {
        if (prop === 'damage' && fail) {
          fail = false;
          throw new Error('boom');
        }
        return Reflect.get(target, prop, receiver);
      },
    });
    const b = await bridgeOver(flaky);
    const r = await api(b, 'system.info', {});
    expect(r.status).toBe(500);
    expect(((await r.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/Đã có lỗi ngoài dự kiến/),
    });
    expect((await api(b, 'system.info', {})).status).toBe(200);
  });

  it('malformed HTTP gets a 400 and does not stop the server', async () => {
    const b = await bridgeOver(await newContext());
    const r = await raw(b, 'NOT HTTP AT ALL\r\n\r\n');
    expect(r.status).toBe(400);
    expect((await api(b, 'system.info', {})).status).toBe(200);
  });
});
