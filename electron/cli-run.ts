import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../shared/errors';
import { createServiceContext, SOURCE_MIGRATIONS_DIR, type AppContext } from './app-context';
import pkg from '../package.json' with { type: 'json' };

/** Runs a command-line entry point: its exit code, or a Vietnamese error line and exit code 1. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof AppError ? `Lỗi: ${e.message}` : `Lỗi ngoài dự kiến: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}

/** A command's options and positionals, with `--help` added to its own options. */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  return parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean' } } });
}

/** Opens the data file at `dbPath` (migrated to this version), runs `fn` with it, and closes it. */
export async function withCliContext<T>(dbPath: string, fn: (ctx: AppContext) => T | Promise<T>): Promise<T> {
  const ctx = await createServiceContext({
    dbPath,
    dataDir: path.dirname(dbPath),
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: pkg.version,
  });
  try {
    return await fn(ctx);
  } finally {
    ctx.close();
  }
}
