import { AppError } from '../shared/errors';

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
