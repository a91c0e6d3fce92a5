/** Clipboard and file hand-overs in the browser, as a person does them, for the e2e tests. */
import fs from 'node:fs';
import type { Download, Locator } from 'playwright-core';

/** What Excel puts on the clipboard, delivered as the browser delivers a paste on this element. */
export async function dispatchPaste(target: Locator, text: string) {
  // Runs in the page; the test's TypeScript has no DOM types, hence the narrow shapes.
  await target.evaluate((el, t) => {
    const w = globalThis as unknown as {
      DataTransfer: new () => { setData(k: string, v: string): void };
      ClipboardEvent: new (type: string, init: object) => object;
    };
    const data = new w.DataTransfer();
    data.setData('text/plain', t);
    (el as unknown as { dispatchEvent(e: object): boolean }).dispatchEvent(
      new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Chooses a downloaded workbook in a file input, under its own name (Playwright keeps it under a random one). */
export async function chooseDownloadedWorkbook(input: Locator, download: Download) {
  await input.setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: fs.readFileSync(await download.path()),
  });
}
