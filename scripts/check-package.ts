import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import asar from '@electron/asar';

/**
 * Offline check of the packaging config (no Electron download here): electron-builder packs the
 * app for linux "dir" around a stand-in Electron folder, then we look inside app.asar for what the
 * app needs at run time. The Windows installer itself needs a Windows machine with internet.
 */
const root = process.cwd();
const standIn = path.join(root, '.stand-in-electron');
fs.rmSync(standIn, { recursive: true, force: true });
fs.mkdirSync(path.join(standIn, 'resources'), { recursive: true });
// The stand-in binary carries a fuse wire (sentinel, version 1, 8 fuses at Electron's defaults),
// so electron-builder flips the fuses the config asks for and we can read them back.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'cookieEncryption',
  'nodeOptionsEnv',
  'nodeCliInspect',
  'asarIntegrity',
  'onlyLoadAppFromAsar',
  'v8Snapshot',
  'fileProtocolPrivileges',
];
const binary = Buffer.concat([
  Buffer.from('#!/bin/sh\n'),
  Buffer.from(SENTINEL),
  Buffer.from([1, FUSES.length]),
  Buffer.from('10110001'),
  Buffer.from('\n'),
]);
fs.writeFileSync(path.join(standIn, 'electron'), binary, { mode: 0o755 });
for (const f of ['LICENSE', 'LICENSES.chromium.html', 'version']) fs.writeFileSync(path.join(standIn, f), '');

const out = path.join(root, 'release', 'check');
fs.rmSync(out, { recursive: true, force: true });
execFileSync(
  'npx',
  [
    'electron-builder',
    '--linux',
    'dir',
    '--publish',
    'never',
    `-c.electronDist=${standIn}`,
    `-c.directories.output=${out}`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
);

const resources = path.join(out, 'linux-unpacked', 'resources');
const packedBinary = fs.readFileSync(path.join(out, 'linux-unpacked', 'ntm-office'));
const wireAt = packedBinary.indexOf(SENTINEL) + SENTINEL.length + 2;
const fuse = (name: string) => String.fromCharCode(packedBinary[wireAt + FUSES.indexOf(name)]!);
const wantFuses: Record<string, string> = {
  runAsNode: '0',
  cookieEncryption: '1',
  nodeOptionsEnv: '0',
  nodeCliInspect: '0',
  asarIntegrity: '1',
  onlyLoadAppFromAsar: '1',
  fileProtocolPrivileges: '0',
};
const wrongFuses = Object.entries(wantFuses)
  .filter(([k, v]) => fuse(k) !== v)
  .map(([k]) => k);
const files = new Set(
  asar.listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/')),
);
const migrations = fs.readdirSync(path.join(root, 'db', 'migrations')).filter((f) => f.endsWith('.sql'));
const national = fs
  .readdirSync(path.join(root, 'db', 'seed', 'national'))
  .filter((f) => f.endsWith('.csv.gz') || f.startsWith('LICENSE-'));
const geo = fs
  .readdirSync(path.join(root, 'db', 'geo'))
  .filter((f) => f.endsWith('.topo.json.gz') || f.startsWith('LICENSE-'));
const required = [
  '/package.json',
  '/dist-electron/main.js',
  '/dist-electron/preload.cjs',
  '/dist/renderer/index.html',
  '/db/migrations/meta/_journal.json',
  ...migrations.map((m) => `/db/migrations/${m}`),
  ...national.map((f) => `/db/seed/national/${f}`),
  ...geo.map((f) => `/db/geo/${f}`),
  '/node_modules/drizzle-orm/package.json',
  '/node_modules/docx/package.json',
];
const missing = required.filter((f) => !files.has(f));
const nativeUnpacked = fs.existsSync(path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3'));
const workerUnpacked = fs.existsSync(path.join(resources, 'app.asar.unpacked', 'dist-electron', 'xlsx-worker.cjs'));
const forbidden = [...files]
  .filter((f) => /\/node_modules\/(electron|react|ag-grid-community|vitest|typescript)\//.test(f))
  .slice(0, 3);

if (missing.length || !nativeUnpacked || !workerUnpacked || forbidden.length || wrongFuses.length) {
  if (!workerUnpacked) console.error('  dist-electron/xlsx-worker.cjs (đọc Excel) không nằm trong app.asar.unpacked');
  if (wrongFuses.length) console.error('  cầu chì Electron chưa đúng:', wrongFuses.join(', '));
  console.error('Kiểm tra đóng gói THẤT BẠI');
  if (missing.length) console.error('  thiếu trong app.asar:', missing.join(', '));
  if (!nativeUnpacked) console.error('  better-sqlite3 không nằm trong app.asar.unpacked');
  if (forbidden.length) console.error('  gói chỉ dùng khi phát triển lọt vào app.asar:', forbidden.join(', '));
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
fs.rmSync(standIn, { recursive: true, force: true });
console.log(
  `Kiểm tra đóng gói: đạt (${files.size} tệp trong app.asar, ${migrations.length} migration, ${geo.length - 1} tệp ranh giới, better-sqlite3 được giải nén, cầu chì Electron đã bật).`,
);
