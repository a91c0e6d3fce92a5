/**
 * The process the harness kills: `import <db> <migrations> <channel> <fileA> <fileB>` applies two
 * files in turn forever; `doc <db> <migrations> <out>` writes the 2022 plan to <out> forever.
 * It prints a line after each step so the harness knows it is under way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createServiceContext } from '../../electron/app-context';
import { dispatch } from '../../electron/services/dispatch';
import { documentForCli, renderDocx } from '../../electron/services/documents';
import { writeFileAtomic } from '../../electron/services/io/atomic';

const [mode, dbPath, migrationsDir, ...rest] = process.argv.slice(2);
const ctx = await createServiceContext({
  dbPath: dbPath!,
  dataDir: path.dirname(dbPath!),
  migrationsDir: migrationsDir!,
  appVersion: 'torture',
});
console.log('ready');
if (mode === 'import') {
  const [channel, a, b] = rest as [string, string, string];
  const files = [a, b].map((f) => ({ fileName: path.basename(f), base64: fs.readFileSync(f).toString('base64') }));
  for (let i = 0; ; i++) {
    const r = await dispatch(ctx, channel, files[i % 2]);
    if (!r.ok) {
      console.error(r.error.message);
      process.exit(2);
    }
    console.log(`applied ${i % 2}`);
  }
} else {
  const out = rest[0]!;
  for (;;) {
    const doc = documentForCli(ctx, 'plan', '2022', {});
    await writeFileAtomic(out, await renderDocx(ctx, doc));
    console.log('written');
  }
}
