/**
 * The fault harness's parts, each against a temporary data folder: (a) SIGKILL of an importing
 * process, (b) SIGKILL while a document is written, (c) the malformed-file corpus, (d) a damaged
 * data file at start. Each returns figures and the list of failures (empty = passed).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { createServiceContext } from '../../electron/app-context';
import { isSeeded, seedDefaultData } from '../../db/seed/seed';
import { dispatch } from '../../electron/services/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { applyChannel, buildCorpus, previewChannel, type ImportKind } from './corpus';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const MIGRATIONS = path.join(ROOT, 'db', 'migrations');
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

export interface PartResult {
  part: string;
  figures: [string, string][];
  failures: string[];
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-torture-'));
}

export async function seededContext(dir: string, name = 'ntm-office.db'): Promise<ServiceContext & { close(): void }> {
  const ctx = await createServiceContext({
    dbPath: path.join(dir, name),
    dataDir: dir,
    migrationsDir: MIGRATIONS,
    appVersion: 'torture',
    now: () => new Date('2022-07-11T08:00:00Z'),
  });
  // A new data file stays empty until a province is chosen: the harness works on the demo.
  if (!isSeeded(ctx.db)) seedDefaultData(ctx.db);
  return ctx;
}

/** One hash per table: a refused import must leave every one as it was. */
export function checksums(sqlite: Database.Database): Map<string, string> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((t) => [
      t,
      createHash('sha1')
        .update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all()))
        .digest('hex'),
    ]),
  );
}

const changed = (a: Map<string, string>, b: Map<string, string>) =>
  [...a].filter(([t, h]) => b.get(t) !== h).map(([t]) => t);
const fmt = (n: number) => n.toLocaleString('vi-VN');
const mb = (n: number) => `${fmt(Math.round(n / 1024 / 1024))} MB`;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** (c) Every malformed file: no crash, no hang, a Vietnamese message naming where, nothing changed. */
export async function corpusPart(limit = Infinity): Promise<PartResult> {
  const dir = tempDir();
  const ctx = await seededContext(dir);
  const failures: string[] = [];
  let refused = 0;
  let accepted = 0;
  let worst = { name: '', rss: 0, ms: 0 };
  let slowest = 0;
  try {
    const cases = await buildCorpus(ctx, limit);
    for (const c of cases) {
      const before = checksums(ctx.sqlite);
      const base = process.memoryUsage().rss;
      let peak = base;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const t0 = performance.now();
      const channel = c.refuse ? applyChannel(c.kind) : previewChannel(c.kind);
      let r: Awaited<ReturnType<typeof dispatch>> | 'timeout' | Error;
      try {
        r = await withTimeout(dispatch(ctx, channel, { fileName: `${c.kind}.xlsx`, base64: c.base64 }), 30_000);
      } catch (e) {
        r = e as Error;
      }
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      if (peak - base > worst.rss - 0 || !worst.name)
        if (peak > worst.rss) worst = { name: `${c.kind}: ${c.name}`, rss: peak, ms };
      const label = `${c.kind} / ${c.name}`;
      if (r === 'timeout') failures.push(`${label}: treo quá 30 s`);
      else if (r instanceof Error) failures.push(`${label}: lỗi ngoài dự kiến ${r.message}`);
      else if (r.ok) {
        accepted++;
        if (c.refuse) failures.push(`${label}: lẽ ra phải bị từ chối`);
      } else {
        refused++;
        const m = r.error.message;
        if (r.error.code === 'INTERNAL') failures.push(`${label}: lỗi chung «${m}»`);
        else if (!VIETNAMESE.test(m) || !/(Sheet|Tệp|tệp|sheet) «/.test(m))
          failures.push(`${label}: thông báo không nói rõ chỗ lỗi «${m.slice(0, 120)}»`);
      }
      const diff = changed(before, checksums(ctx.sqlite));
      if (diff.length && (c.refuse || !(r !== 'timeout' && !(r instanceof Error) && r.ok)))
        failures.push(`${label}: bảng thay đổi dù tệp bị từ chối: ${diff.join(', ')}`);
    }
    return {
      part: '(c) Tệp hỏng/độc hại',
      figures: [
        ['số tệp', fmt(cases.length)],
        ['bị từ chối / đọc được (xem trước)', `${fmt(refused)} / ${fmt(accepted)}`],
        ['lâu nhất một tệp', `${fmt(Math.round(slowest))} ms`],
        ['RSS đỉnh, tệp nặng nhất', `${mb(worst.rss)} («${worst.name}», ${fmt(Math.round(worst.ms))} ms)`],
        ['bảng thay đổi khi bị từ chối', fmt(failures.filter((f) => f.includes('bảng thay đổi')).length)],
      ],
      failures,
    };
  } finally {
    ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The child process, bundled once (fast start); the reading worker next to it. */
async function childScript(): Promise<string> {
  const out = path.join(ROOT, 'node_modules', '.cache', 'ntm-torture');
  fs.mkdirSync(out, { recursive: true });
  const common = { bundle: true, platform: 'node' as const, target: 'node22', logLevel: 'error' as const };
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'scripts/torture/child.ts')],
    outfile: path.join(out, 'child.mjs'),
    format: 'esm',
    packages: 'external',
  });
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'electron/services/io/xlsx-worker.ts')],
    outfile: path.join(out, 'xlsx-worker.cjs'),
    format: 'cjs',
  });
  return path.join(out, 'child.mjs');
}

/**
 * Runs the child until it is under way, then kills it at a random moment (`maxDelayMs` after
 * «ready»; null: right after its second finished step, to time the steps). Resolves with its
 * output and how long one step took.
 */
function runAndKill(
  script: string,
  args: string[],
  maxDelayMs: number | null,
): Promise<{ lines: string[]; killed: boolean; firstStepMs: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let killed = false;
    let readyAt = 0;
    let firstStepMs = 0;
    child.stdout.on('data', (d: Buffer) => {
      const now = d.toString().split('\n').filter(Boolean);
      if (!readyAt && now.includes('ready')) {
        readyAt = performance.now();
        if (maxDelayMs !== null) setTimeout(() => (killed = child.kill('SIGKILL')), Math.random() * maxDelayMs);
      }
      lines.push(...now);
      // Two steps timed: with two files in turn, at least one of them writes.
      if (readyAt && !firstStepMs && lines.filter((l) => l !== 'ready' && !l.startsWith('stderr')).length >= 2) {
        firstStepMs = (performance.now() - readyAt) / 2;
        if (maxDelayMs === null) killed = child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => lines.push(`stderr: ${d.toString().trim()}`));
    child.on('exit', () => resolve({ lines, killed, firstStepMs }));
  });
}

async function toggled(kind: ImportKind, ctx: ServiceContext, dir: string): Promise<[string, string]> {
  const channel = { criteria: 'criteria.export', funding: 'funding.export', ocop: 'ocop.export' } as const;
  const input = { criteria: {}, funding: { year: 2022 }, ocop: { asOf: '2022-12-31' } }[kind];
  const r = await dispatch(ctx, channel[kind], input);
  if (!r.ok) throw new Error(r.error.message);
  const files: string[] = [];
  for (const v of ['A', 'B']) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((r.value as { base64: string }).base64, 'base64') as unknown as ExcelJS.Buffer);
    const ws =
      kind === 'criteria'
        ? wb.getWorksheet('Năm 2022')!
        : kind === 'funding'
          ? wb.getWorksheet('Công trình')!
          : wb.getWorksheet('Chủ thể')!;
    const cols: number[] = [];
    ws.getRow(1).eachCell((c, col) => {
      const h = String(c.value);
      if (
        (kind === 'criteria' && /^\d+\./.test(h)) ||
        (kind === 'funding' && h === 'Ghi chú') ||
        (kind === 'ocop' && h === 'Điện thoại')
      )
        cols.push(col);
    });
    if (!cols.length) throw new Error(`không thấy cột để đổi trong tệp ${kind}`);
    for (let row = 2; row <= ws.actualRowCount; row++) {
      for (const col of cols)
        ws.getRow(row).getCell(col).value = kind === 'criteria' ? (v === 'A' ? 'Đạt' : 'Chưa đạt') : `${v} torture`;
    }
    const file = path.join(dir, `${kind}-${v}.xlsx`);
    fs.writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    files.push(file);
  }
  return files as [string, string];
}

/** How many different versions of the toggled values the file holds: 1 = the last import wholly there. */
const SIGNATURE: Record<ImportKind, string> = {
  criteria: 'SELECT COUNT(DISTINCT met) FROM criterion_results WHERE year = 2022',
  funding: 'SELECT COUNT(DISTINCT notes) FROM works WHERE commune_id IS NOT NULL',
  ocop: 'SELECT COUNT(DISTINCT phone) FROM ocop_producers',
};

function inspect(dbPath: string, kind: ImportKind): string | null {
  const db = new Database(dbPath, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) return `${fk.length} vi phạm khóa ngoại`;
    const versions = db.prepare(SIGNATURE[kind]).pluck().get() as number;
    return versions === 1 ? null : `nhập dở dang: ${versions} phiên bản giá trị cùng lúc`;
  } finally {
    db.close();
  }
}

/** (a) SIGKILL of an importing child at random moments; after each: integrity ok, import all or nothing. */
export async function killImportsPart(runs: number): Promise<PartResult> {
  const dir = tempDir();
  const failures: string[] = [];
  const script = await childScript();
  const ctx = await seededContext(dir, 'kill.db');
  const kinds = (['funding', 'criteria', 'ocop'] as ImportKind[]).slice(0, Math.max(1, Math.min(3, runs)));
  const files = new Map<ImportKind, [string, string]>();
  try {
    for (const k of kinds) {
      files.set(k, await toggled(k, ctx, dir));
      const first = await dispatch(ctx, applyChannel(k), {
        fileName: 'A.xlsx',
        base64: fs.readFileSync(files.get(k)![0]).toString('base64'),
      });
      if (!first.ok) throw new Error(`${k}: ${first.error.message}`);
    }
  } finally {
    ctx.close();
  }
  const dbPath = path.join(dir, 'kill.db');
  for (const k of kinds) {
    const bad = inspect(dbPath, k);
    if (bad) throw new Error(`chuẩn bị ${k} chưa đúng: ${bad}`);
  }
  // One timed step per kind: kills then fall anywhere in reading, checking or writing.
  const stepMs = new Map<ImportKind, number>();
  for (const k of kinds) {
    const [a, b] = files.get(k)!;
    const r = await runAndKill(script, ['import', dbPath, MIGRATIONS, applyChannel(k), a, b], null);
    stepMs.set(k, Math.max(200, r.firstStepMs));
  }
  let killedDuring = 0;
  let applied = 0;
  for (let i = 0; i < runs; i++) {
    const k = kinds[i % kinds.length]!;
    const [a, b] = files.get(k)!;
    const { lines, killed } = await runAndKill(
      script,
      ['import', dbPath, MIGRATIONS, applyChannel(k), a, b],
      2.5 * stepMs.get(k)!,
    );
    const err = lines.find((l) => l.startsWith('stderr:'));
    if (err) failures.push(`lần ${i + 1} (${k}): tiến trình báo lỗi ${err.slice(0, 200)}`);
    if (!killed) failures.push(`lần ${i + 1} (${k}): tiến trình tự thoát trước khi bị giết`);
    killedDuring++;
    applied += lines.filter((l) => l.startsWith('applied')).length;
    const bad = inspect(dbPath, k);
    if (bad) failures.push(`lần ${i + 1} (${k}): ${bad}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    part: '(a) SIGKILL khi đang nhập',
    figures: [
      ['số lần giết', fmt(killedDuring)],
      [
        'thời gian một lần nhập (tiêu chí / vốn / OCOP)',
        kinds.map((k) => `${fmt(Math.round(stepMs.get(k)!))} ms`).join(' / '),
      ],
      ['lần nhập xong trước các lần giết', fmt(applied)],
      ['nhập dở dang / tệp hỏng', fmt(failures.length)],
    ],
    failures,
  };
}

const isCompleteDocx = (bytes: Buffer): boolean => {
  try {
    return 'word/document.xml' in unzipSync(bytes);
  } catch {
    return false;
  }
};

/** (b) SIGKILL while the plan is written to a target: the target is the old file or the complete new one. */
export async function killDocumentsPart(runs: number): Promise<PartResult> {
  const dir = tempDir();
  const failures: string[] = [];
  const script = await childScript();
  (await seededContext(dir, 'doc.db')).close();
  const outDir = path.join(dir, 'văn bản');
  fs.mkdirSync(outDir);
  const target = path.join(outDir, 'ke-hoach.docx');
  const old = Buffer.from('tệp cũ, chưa phải docx');
  fs.writeFileSync(target, old);
  let replaced = 0;
  const timed = await runAndKill(script, ['doc', path.join(dir, 'doc.db'), MIGRATIONS, target], null);
  const stepMs = Math.max(200, timed.firstStepMs);
  fs.writeFileSync(target, old);
  for (let i = 0; i < runs; i++) {
    const before = fs.readFileSync(target);
    const { killed } = await runAndKill(script, ['doc', path.join(dir, 'doc.db'), MIGRATIONS, target], 2.5 * stepMs);
    if (!killed) failures.push(`lần ${i + 1}: tiến trình tự thoát trước khi bị giết`);
    const after = fs.readFileSync(target);
    if (after.equals(before)) continue;
    if (isCompleteDocx(after)) replaced++;
    else failures.push(`lần ${i + 1}: tệp đích bị cắt dở (${fmt(after.length)} byte)`);
  }
  const leftovers = fs.readdirSync(outDir).filter((f) => f !== 'ke-hoach.docx').length;
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    part: '(b) SIGKILL khi đang ghi văn bản',
    figures: [
      ['số lần giết', fmt(runs)],
      ['thời gian ghi một văn bản', `${fmt(Math.round(stepMs))} ms`],
      ['tệp đích được thay trọn vẹn', fmt(replaced)],
      ['tệp đích bị cắt dở', fmt(failures.filter((f) => f.includes('cắt dở')).length)],
      ['tệp tạm còn sót (dọn khi mở lại ứng dụng)', fmt(leftovers)],
    ],
    failures,
  };
}

/** (d) A damaged data file at start: refused in Vietnamese, the file left exactly as it was. */
export async function damagedPart(): Promise<PartResult> {
  const dir = tempDir();
  const failures: string[] = [];
  (await seededContext(dir, 'good.db')).close();
  const good = fs.readFileSync(path.join(dir, 'good.db'));
  const variants: [string, Buffer][] = [
    ['tiêu đề bị ghi đè', Buffer.concat([Buffer.alloc(100, 0x41), good.subarray(100)])],
    ['bị cắt còn một nửa', good.subarray(0, Math.floor(good.length / 2 / 4096) * 4096 + 1000)],
    [
      'các trang giữa bị ghi đè',
      Buffer.concat([
        good.subarray(0, 8192),
        Buffer.alloc(Math.max(0, good.length - 16384), 0x5a),
        good.subarray(good.length - 8192),
      ]),
    ],
  ];
  for (const [name, bytes] of variants) {
    const file = path.join(dir, `${name}.db`);
    fs.writeFileSync(file, bytes);
    const hash = createHash('sha1').update(bytes).digest('hex');
    try {
      const ctx = await createServiceContext({
        dbPath: file,
        dataDir: dir,
        migrationsDir: MIGRATIONS,
        appVersion: 'torture',
      });
      ctx.close();
      failures.push(`${name}: tệp hỏng vẫn được mở`);
    } catch (e) {
      const message = (e as Error).message;
      if (!VIETNAMESE.test(message) || /file is not a database|SQLITE|malformed/i.test(message))
        failures.push(`${name}: thông báo không phải tiếng Việt «${message.slice(0, 120)}»`);
    }
    const now = fs.existsSync(file) ? createHash('sha1').update(fs.readFileSync(file)).digest('hex') : 'mất tệp';
    // The file may be set aside under another name, but never changed.
    const setAside = fs.readdirSync(dir).some(
      (f) =>
        f !== path.basename(file) &&
        f.startsWith(name) &&
        createHash('sha1')
          .update(fs.readFileSync(path.join(dir, f)))
          .digest('hex') === hash,
    );
    if (now !== hash && !setAside) failures.push(`${name}: tệp hỏng đã bị thay đổi`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    part: '(d) Tệp dữ liệu hỏng khi mở',
    figures: [
      ['số kiểu hỏng', fmt(variants.length)],
      ['mở nhầm / không báo tiếng Việt / bị sửa', fmt(failures.length)],
    ],
    failures,
  };
}
