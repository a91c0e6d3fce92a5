import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { registerApi } from '../../electron/ipc/register';
import type { ServiceContext } from '../../electron/services/context';
import { clientFrom } from '../../renderer/api/client-core';
import { SINCE_HEADER, type WireAnswer } from '../../shared/api/answer-wire';
import type { BackupList } from '../../shared/models/backups';
import type { ApiClient } from '../../shared/api/contract';
import { call, tempContexts } from '../helpers/dispatch';
import { tempDataDir, tempEmptyContext, withDemo } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';

/**
 * Answer deltas over the real transports (shared/api/answer-delta.ts): the renderer's client over
 * the loopback bridge and over the IPC handlers, with real data files and real writes.
 */
const newContext = tempContexts();
const running: Bridge[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((b) => b.close()));
});

async function bridgeOver(ctx: ServiceContext): Promise<Bridge> {
  const rendererDir = tempDataDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const b = await startBridge({ ctx, rendererDir });
  running.push(b);
  return b;
}

/** What crossed, per call: the channel, the token sent, and the answer's kind and size on the wire. */
type Seen = { channel: string; since?: string; kind: 'value' | 'delta' | 'error'; bytes: number };

/** One API call over the bridge, naming the held answer's token when given: the answer's text. */
async function post(b: Bridge, channel: string, input: unknown, since?: string): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ntm-token': b.token };
  if (since !== undefined) headers[SINCE_HEADER] = since;
  const res = await fetch(`${b.url}api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
  return res.text();
}

/** The renderer's client over the bridge (as createApiClient builds it in a browser), recording the wire. */
function bridgeClient(b: Bridge, seen: Seen[]): ApiClient {
  return clientFrom(async (channel, input, since) => {
    const text = await post(b, channel, input, since);
    const answer = JSON.parse(text) as WireAnswer;
    seen.push({
      channel,
      since,
      kind: !answer.ok ? 'error' : 'delta' in answer ? 'delta' : 'value',
      bytes: text.length,
    });
    return answer;
  });
}

/** A whole read as a page that holds nothing would get it. */
async function fresh(b: Bridge, channel: string, input: unknown): Promise<unknown> {
  const answer = JSON.parse(await post(b, channel, input)) as WireAnswer;
  if (!answer.ok || !('value' in answer)) throw new Error('no whole answer');
  return answer.value;
}

describe('answer deltas over the loopback bridge', () => {
  it('after a real write only the changed row crosses, and the page ends with exactly a fresh read', async () => {
    const ctx = await newContext();
    const b = await bridgeOver(ctx);
    const seen: Seen[] = [];
    const api = bridgeClient(b, seen);
    const first = await api.invoke('units.list', { year: 2022 });
    const unit = first.units.filter((u) => u.kind === 'xa')[3]!;
    await call(ctx, 'communes.update', { id: unit.id, notes: 'Ghi chú sau khi đọc' });
    const second = await api.invoke('units.list', { year: 2022 });

    expect(seen.map((s) => s.kind)).toEqual(['value', 'delta']);
    expect(seen[1]!.since).toBeTruthy();
    expect(seen[1]!.bytes * 10).toBeLessThan(seen[0]!.bytes);
    expect(second).toEqual(await fresh(b, 'units.list', { year: 2022 }));
    expect(second.units.find((u) => u.id === unit.id)!.notes).toBe('Ghi chú sau khi đọc');
    // Unchanged rows are the objects the page already holds.
    second.units.forEach((u, i) =>
      u.id === unit.id ? expect(u).not.toBe(first.units[i]) : expect(u).toBe(first.units[i]),
    );
    expect(second.counts).toBe(first.counts);
  });

  it('criteria.matrix after a cell edit: a delta, equal to a fresh read', async () => {
    const ctx = await newContext();
    const b = await bridgeOver(ctx);
    const seen: Seen[] = [];
    const api = bridgeClient(b, seen);
    const m1 = await api.invoke('criteria.matrix', { year: 2022 });
    const row = m1.rows[0]!;
    const criterionId = m1.criteria[0]!.id;
    await call(ctx, 'criteria.setResults', {
      year: 2022,
      changes: [{ communeId: row.id, criterionId, met: row.results[0] !== '1' }],
    });
    const m2 = await api.invoke('criteria.matrix', { year: 2022 });
    expect(seen.map((s) => s.kind)).toEqual(['value', 'delta']);
    expect(seen[1]!.bytes * 10).toBeLessThan(seen[0]!.bytes);
    expect(m2).toEqual(await fresh(b, 'criteria.matrix', { year: 2022 }));
    expect(m2.rows[0]!.results).not.toBe(row.results);
    expect(m2.criteria).toBe(m1.criteria);
  });

  it('an unknown, foreign or malformed token gets the whole answer; writes and errors never carry a token', async () => {
    const ctx = await newContext();
    const b = await bridgeOver(ctx);
    const raw = async (channel: string, body: unknown, since?: string) =>
      JSON.parse(await post(b, channel, body, since)) as Record<string, unknown>;
    const a = await raw('units.list', {});
    expect(typeof a.token).toBe('string');
    for (const since of ['', 'khong phai', 'x'.repeat(500), '../../etc', 'abc123']) {
      const r = await raw('units.list', {}, since);
      expect(r.ok).toBe(true);
      expect(r).toHaveProperty('value');
      expect(r).not.toHaveProperty('delta');
    }
    // A token of another call (another input) is not this call's.
    const other = await raw('units.list', { year: 2021 });
    const r = await raw('units.list', {}, other.token as string);
    expect(r).toHaveProperty('value');
    const write = await raw('communes.update', { id: 999_999, notes: 'x' }, a.token as string);
    expect(write).toMatchObject({ ok: false });
    expect(write).not.toHaveProperty('token');
    const invalid = await raw('units.list', { year: 'năm' }, a.token as string);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await raw('communes.list', {}, a.token as string)).not.toHaveProperty('token');
  });

  it('identical reads at once, and a read after the data file was replaced by a backup, end equal to a fresh read', async () => {
    const dir = tempDataDir();
    const open = (when: string) => tempEmptyContext(dir, new Date(when)).then(withDemo);
    (await open('2026-11-30T08:00:00Z')).close();
    const ctx = await closedAfterEach(() => open('2026-12-01T08:00:00Z'))(); // takes today's backup
    const b = await bridgeOver(ctx);
    const seen: Seen[] = [];
    const api = bridgeClient(b, seen);
    const before = await api.invoke('units.list', {});
    const unit = before.units.find((u) => u.kind === 'xa')!;
    await call(ctx, 'communes.update', { id: unit.id, notes: 'Sửa sau khi sao lưu' });
    const [x, y] = await Promise.all([api.invoke('units.list', {}), api.invoke('units.list', {})]);
    const edited = await fresh(b, 'units.list', {});
    expect(x).toEqual(edited);
    expect(y).toEqual(edited);
    // One of the two got the delta, the other the whole answer (main had moved on).
    expect(
      seen
        .slice(1)
        .map((s) => s.kind)
        .sort(),
    ).toEqual(['delta', 'value']);
    // Which of the two answers the page keeps depends on their arrival; a delta or the whole answer follows, never a wrong one.
    expect(await api.invoke('units.list', {})).toEqual(edited);
    const { backups } = await call(ctx, 'backups.list', {});
    await call(ctx, 'backups.restore', { name: (backups as BackupList['backups'])[0]!.name });
    const restored = await api.invoke('units.list', {});
    expect(seen.at(-1)!.kind).toBe('delta');
    expect(restored).toEqual(await fresh(b, 'units.list', {}));
    expect(restored.units.find((u) => u.id === unit.id)!.notes).toBe(unit.notes);
  });
});

describe('answer deltas over the IPC handlers', () => {
  it('per sender: the client gets a delta after a write; another window never gets a delta against it', async () => {
    const ctx = await newContext();
    const handlers = new Map<string, (event: unknown, input: unknown, since?: unknown) => Promise<WireAnswer>>();
    registerApi({ handle: (name, fn) => void handlers.set(name, fn as never) }, ctx);
    const destroyed: (() => void)[] = [];
    const sender = (id: number) => ({
      senderFrame: { url: 'app://ntm/index.html' },
      sender: { id, once: (_: string, fn: () => void) => destroyed.push(fn) },
    });
    const seen: string[] = [];
    const tokens: string[] = [];
    const windowClient = (id: number) =>
      clientFrom(async (channel, input, since) => {
        // The IPC carries a structured clone of each side's objects.
        const answer = structuredClone(await handlers.get(channel)!(sender(id), structuredClone(input), since));
        seen.push(`${id}:${!answer.ok ? 'error' : 'delta' in answer ? 'delta' : 'value'}`);
        if (answer.ok && answer.token) tokens.push(answer.token);
        return answer;
      });
    const one = windowClient(1);
    const two = windowClient(2);
    const m1 = await one.invoke('units.list', {});
    await two.invoke('units.list', {});
    await call(ctx, 'communes.update', { id: m1.units.find((u) => u.kind === 'xa')!.id, notes: 'Qua IPC' });
    const m2 = await one.invoke('units.list', {});
    const m3 = await two.invoke('units.list', {});
    expect(seen).toEqual(['1:value', '2:value', '1:delta', '2:delta']);
    expect(m2).toEqual(m3);
    expect(m2).toEqual(await call(ctx, 'units.list', {}));
    expect(m2.units[0]).toBe(m1.units[0]);
    // A closed window's memory goes with it: its last token names nothing any more.
    expect(destroyed).toHaveLength(2);
    destroyed.forEach((fn) => fn());
    const again = await handlers.get('units.list')!(sender(2), {}, tokens.at(-1));
    expect(again).toHaveProperty('value');
  });
});

describe("the renderer's client never guesses", () => {
  it('a delta against another answer, or one that does not fit, makes it read the whole answer again', async () => {
    const whole = { date: '2022-12-31', units: [{ id: 1, notes: 'a' }], counts: { xa: 1 } };
    const sent: (string | undefined)[] = [];
    const replies: WireAnswer[] = [
      { ok: true, value: whole, token: 't1' },
      {
        ok: true,
        delta: { k: { units: { a: { c: [[0, { k: { notes: { v: 'b' } } }]] } } } },
        since: 'khác',
        token: 't2',
      },
      { ok: true, value: { ...whole, units: [{ id: 1, notes: 'b' }] }, token: 't3' },
      { ok: true, delta: { k: { units: { a: { c: [[7, { v: {} }]] } } } }, since: 't3', token: 't4' },
      { ok: true, value: { ...whole, units: [{ id: 1, notes: 'c' }] }, token: 't5' },
      { ok: false, error: { code: 'DB_BUSY', message: 'Tệp dữ liệu đang bận.' } },
      { ok: true, delta: { k: {} }, since: 't5', token: 't6' },
    ];
    const api = clientFrom(async (_channel, _input, since) => (sent.push(since), replies.shift()!));
    expect(await api.invoke('units.list', {})).toEqual(whole);
    expect((await api.invoke('units.list', {})).units[0]!.notes).toBe('b');
    expect((await api.invoke('units.list', {})).units[0]!.notes).toBe('c');
    await expect(api.invoke('units.list', {})).rejects.toThrow('Tệp dữ liệu đang bận.');
    // After a failed call the client still holds, and names, the answer it had.
    expect((await api.invoke('units.list', {})).units[0]!.notes).toBe('c');
    expect(sent).toEqual([undefined, 't1', undefined, 't3', undefined, 't5', 't5']);
  });
});
