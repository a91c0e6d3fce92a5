import { useRef, useState } from 'react';
import { readFileBase64 } from '../api/files';

export interface PickedFile {
  fileName: string;
  base64: string;
}

/**
 * The one import flow every Excel import shares: pick a workbook, show the service's preview of
 * what would change, then apply all of it (the service re-checks and writes in one transaction)
 * or cancel. Cannot be double-started while busy.
 */
export function useExcelImport<P, R>(steps: {
  preview: (file: PickedFile) => Promise<P>;
  apply: (file: PickedFile) => Promise<R>;
  onApplied: (result: R, file: PickedFile) => void;
  onError: (error: unknown) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setPreview(null);
  };

  async function pick(f: File | undefined) {
    setPreview(null);
    if (!f || busy) return;
    setBusy(true);
    try {
      const picked = { fileName: f.name, base64: await readFileBase64(f) };
      setFile(picked);
      setPreview(await steps.preview(picked));
    } catch (e) {
      steps.onError(e);
    } finally {
      setBusy(false);
      // Picking the same file again must fire a change event.
      if (input.current) input.current.value = '';
    }
  }

  async function apply() {
    if (!file || busy) return;
    setBusy(true);
    try {
      const result = await steps.apply(file);
      reset();
      steps.onApplied(result, file);
    } catch (e) {
      steps.onError(e);
    } finally {
      setBusy(false);
    }
  }

  return { input, file, preview, busy, pick, apply, reset };
}
