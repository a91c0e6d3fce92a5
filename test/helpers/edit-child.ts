/**
 * A process that saves cell edits until it is killed (test/db/wal-keeper.test.ts): `<db>` with the
 * demo data; flips one criterion of one commune, printing `saved N` after each call returned.
 */
import path from 'node:path';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { dispatch } from '../../electron/services/dispatch';

const [dbPath, communeId, criterionId] = process.argv.slice(2);
const ctx = await createServiceContext({
  dbPath: dbPath!,
  dataDir: path.dirname(dbPath!),
  migrationsDir: SOURCE_MIGRATIONS_DIR,
  appVersion: 'test',
});
for (let i = 1; ; i++) {
  const change = { communeId: Number(communeId), criterionId: Number(criterionId), met: i % 2 === 0 };
  const r = await dispatch(ctx, 'criteria.setResults', { year: 2022, changes: [change] });
  if (!r.ok) {
    console.error(r.error.message);
    process.exit(2);
  }
  console.log(`saved ${i}`);
}
