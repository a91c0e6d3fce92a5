/**
 * The short fault harness inside `npm test` (the full one: `npm run torture`): a few SIGKILLs of an
 * importing process and of a document write, and a spread sample of the malformed-file corpus.
 */
import { describe, it, expect } from 'vitest';
import { corpusPart, damagedPart, killDocumentsPart, killImportsPart, type PartResult } from '../scripts/torture/run';
import fs from 'node:fs';
import path from 'node:path';

const passed = (r: PartResult) => expect(r.failures, `${r.part}\n${r.failures.join('\n')}`).toEqual([]);

// The Vietnamese message for a damaged file comes with the recovery path of issue 12 (error code
// DB_DAMAGED, branch issue-12a); until that code exists, only «refused and left unchanged» is checked.
const recoveryPathIn = fs
  .readFileSync(path.join(import.meta.dirname, '..', 'shared', 'errors.ts'), 'utf8')
  .includes("'DB_DAMAGED'");

describe('fault harness, short run', () => {
  it(
    'SIGKILL of an importing process leaves a sound file with the import wholly there or wholly absent',
    async () => passed(await killImportsPart(1)),
    240_000,
  );
  it(
    'SIGKILL while writing a document leaves the old target or the complete new one',
    async () => passed(await killDocumentsPart(1)),
    240_000,
  );
  it(
    'malformed files: no crash or hang, a Vietnamese message saying where, nothing changed',
    async () => passed(await corpusPart(12)),
    240_000,
  );
  it('a damaged data file is refused and left unchanged (and, with the recovery path, explained in Vietnamese)', async () => {
    const r = await damagedPart();
    passed({ ...r, failures: r.failures.filter((f) => recoveryPathIn || !f.includes('không phải tiếng Việt')) });
  }, 120_000);
});
