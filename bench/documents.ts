/**
 * Word output (issue 14 budgets): the default 2022 plan ≤ 150 ms; a national-scale report (10,000
 * communes in the annex tables) ≤ 2 s. Each is printed with its ratio to packing the same XML
 * parts with the zip library alone (unzip the result, time re-zipping it).
 */
import JSZip from 'jszip';
import { documentForCli, renderDocx } from '../electron/services/documents';
import type { ServiceContext } from '../electron/services/context';
import { formatNumber } from '../shared/format/number';
import { seedDefaultData } from '../db/seed/seed';
import { benchContext, count, machineLoad, nationalDb, note, report, time, type Timing } from './util';

async function zipOnly(docx: Buffer): Promise<Timing> {
  const src = await JSZip.loadAsync(docx);
  const parts = await Promise.all(
    Object.keys(src.files).map(async (name) => [name, await src.file(name)!.async('uint8array')] as const),
  );
  const t = await time(
    async () => {
      const z = new JSZip();
      for (const [name, data] of parts) z.file(name, data);
      await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
    5,
    1,
  );
  return t;
}

async function measure(
  ctx: ServiceContext,
  label: string,
  type: 'plan' | 'report',
  key: number | string,
  budget: number,
  runs: number,
) {
  const doc = documentForCli(ctx, type, key, { number: '5', dateIso: '2022-07-11' });
  let bytes: Buffer = Buffer.alloc(0);
  const t = await time(async () => void (bytes = await renderDocx(ctx, doc)), runs, 1);
  const zip = await zipOnly(bytes);
  report({
    name: label,
    value: t.p50,
    budget,
    floor: zip.p50,
    floorName: 'chỉ nén zip cùng các phần XML',
    cpu: t.cpu,
    floorCpu: zip.cpu,
    extra: `${formatNumber(Math.round(bytes.length / 1024))} KB`,
  });
  note(machineLoad());
}

export async function run(): Promise<void> {
  const { ctx } = await benchContext('ntm-bench-doc-', 'd.db');
  // The default data (the app seeds it on first start; a bare context is empty).
  seedDefaultData(ctx.db);
  try {
    await measure(ctx, 'Kế hoạch năm 2022 (dữ liệu mặc định, dựng + đóng gói .docx), p50', 'plan', 2022, 150, 10);
  } finally {
    ctx.close();
  }

  const big = await nationalDb();
  try {
    const sqlite = big.ctx.sqlite;
    const criteria = sqlite
      .prepare(
        "SELECT c.id FROM criteria c JOIN criteria_sets s ON s.id = c.set_id WHERE s.code = 'QD318-NTM' ORDER BY c.no",
      )
      .all() as { id: number }[];
    const ins = sqlite.prepare(
      "INSERT INTO criterion_results (commune_id, criterion_id, year, met, source) VALUES (?, ?, 2022, ?, 'user')",
    );
    sqlite.transaction(() => {
      big.communeIds.forEach((id, i) => criteria.forEach((c, k) => ins.run(id, c.id, k < 19 - (i % 6) ? 1 : 0)));
    })();
    note(
      `Dữ liệu: ${count(big.communeIds.length)} xã của danh sách toàn quốc trước 2025 × ${criteria.length} tiêu chí năm 2022`,
    );
    await measure(
      big.ctx,
      `Báo cáo năm 2022, phụ lục ${count(big.communeIds.length + 51)} xã (dựng + đóng gói .docx), p50`,
      'report',
      '2022-Y',
      2000,
      3,
    );
  } finally {
    big.ctx.close();
  }
}
