import { useSyncExternalStore, type ReactNode } from 'react';

/** What is being printed: a grid view (A4 landscape) or a document (A4, each part its own orientation). */
export interface PrintJob {
  title: string;
  kind: 'grid' | 'document';
  content: ReactNode;
}

let current: PrintJob | null = null;
const listeners = new Set<() => void>();

/** Opens the print view (a preview of the pages, with «In» and «Xuất PDF»). */
export function openPrint(job: PrintJob): void {
  current = job;
  listeners.forEach((l) => l());
}

export function closePrint(): void {
  current = null;
  listeners.forEach((l) => l());
}

export function usePrintJob(): PrintJob | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
