import { afterEach } from 'vitest';

/** Wraps an opener so that whatever it opens during a test is closed after that test. */
export function closedAfterEach<A extends unknown[], T extends { close(): void }>(open: (...args: A) => Promise<T>) {
  const opened: T[] = [];
  afterEach(() => opened.splice(0).forEach((c) => c.close()));
  return async (...args: A): Promise<T> => {
    const c = await open(...args);
    opened.push(c);
    return c;
  };
}
