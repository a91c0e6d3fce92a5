import { build } from 'esbuild';
import { CHANNELS } from '../shared/api/contract';

/**
 * Bundles the desktop shell: main as ESM (dependencies stay in node_modules, Electron is never
 * bundled), preload as CommonJS because a sandboxed preload cannot be an ES module.
 */
await build({
  entryPoints: ['electron/main.ts'],
  outfile: 'dist-electron/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
await build({
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist-electron/preload.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  define: { __NTM_CHANNELS__: JSON.stringify(CHANNELS) },
  logLevel: 'warning',
});
// The Excel reading worker (worker_threads) is self-contained — exceljs and fflate bundled in —
// because it runs from app.asar.unpacked, where node_modules cannot be resolved.
await build({
  entryPoints: ['electron/services/io/xlsx-worker.ts'],
  outfile: 'dist-electron/xlsx-worker.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  logLevel: 'warning',
});
console.log(`dist-electron: main.js, preload.cjs, xlsx-worker.cjs (${CHANNELS.length} kênh)`);
