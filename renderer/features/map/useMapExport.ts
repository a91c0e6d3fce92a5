import { errorNotice } from '../../api/errors';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/context';
import { saveFile } from '../../api/files';
import { useNotice } from '../../components/Notice';
import { formatShortDate } from '../../../shared/format/date';
import { searchKey } from '../../../shared/format/text';
import type { MapShapes, MapView } from '../../../shared/models/map';
import { buildMapDocument, svgDataUrl, utf8Base64, type MapDocument } from './map-document';

/** Rasterises the document at `pixelRatio` and returns the PNG as base64. */
async function documentPngBase64(doc: MapDocument, pixelRatio = 2): Promise<string> {
  const img = new Image();
  img.src = svgDataUrl(doc.svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(doc.width * pixelRatio);
  canvas.height = Math.round(doc.height * pixelRatio);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('Trình duyệt không vẽ được ảnh PNG.');
  g.scale(pixelRatio, pixelRatio);
  g.drawImage(img, 0, 0, doc.width, doc.height);
  return canvas.toDataURL('image/png').split(',')[1] ?? '';
}

const today = () => {
  const d = new Date();
  return formatShortDate(
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  );
};

/** "ban-do-ntm-status-thanh-pho-can-tho-2022". */
const baseName = (v: MapView) =>
  `ban-do-${v.layer}-${v.layer === 'ntm' ? v.metric : v.layer === 'funding' ? v.stage : 'san-pham'}-${searchKey(v.provinceName).replace(/[^a-z0-9]+/g, '-')}-${v.year}`;

/**
 * Print (A4, the same document as the files, shown only to the printer), and PNG / SVG files saved
 * through the desktop Save dialog or downloaded in the browser.
 */
export function useMapExport(view: MapView | null, shapes: MapShapes | null) {
  const api = useApi();
  const notify = useNotice();
  const [printUrl, setPrintUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!printUrl) return;
    const done = () => {
      document.body.classList.remove('print-map');
      setPrintUrl(null);
    };
    window.addEventListener('afterprint', done, { once: true });
    document.body.classList.add('print-map');
    // Let the image decode before the print dialog takes its snapshot.
    const img = document.querySelector<HTMLImageElement>('img.map-print-img');
    void (img ? img.decode().catch(() => undefined) : Promise.resolve()).then(() => window.print());
    return () => window.removeEventListener('afterprint', done);
  }, [printUrl]);

  const print = useCallback(() => {
    if (view) setPrintUrl(svgDataUrl(buildMapDocument(view, shapes, today()).svg));
  }, [view, shapes]);

  const save = useCallback(
    async (kind: 'svg' | 'png') => {
      if (!view) return;
      try {
        const doc = buildMapDocument(view, shapes, today());
        const base64 = kind === 'svg' ? utf8Base64(doc.svg) : await documentPngBase64(doc);
        const message = await saveFile(api, {
          fileName: `${baseName(view)}.${kind}`,
          mime: kind === 'svg' ? 'image/svg+xml' : 'image/png',
          base64,
        });
        if (message) notify('success', message);
      } catch (e) {
        notify('error', ...errorNotice(e, 'Không xuất được bản đồ: '));
      }
    },
    [api, notify, view, shapes],
  );
  return { print, save, printUrl };
}
