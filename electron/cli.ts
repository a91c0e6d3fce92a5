import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir, defaultDbPath } from './data-dir';
import { checksOf, documentForCli, fileNameOf, renderDocx } from './services/documents';
import { writeFileAtomic } from './services/io/atomic';
import { isSeeded, seedDefaultData } from '../db/seed/seed';
import { AppError } from '../shared/errors';
import { parseCliArgs, runCli, withCliContext } from './cli-run';
import { parseViDate } from '../shared/format/date';

const USAGE = `Cách dùng:
  npm run doc -- plan --year 2022 --out ke-hoach-2022.docx
  npm run doc -- report --period 2022-H1 --out bao-cao-6-thang-2022.docx
Tùy chọn:
  --db <tệp>        cơ sở dữ liệu khác (mặc định: tệp của ứng dụng)
  --number <số>     số văn bản, ví dụ 05
  --date <ngày>     ngày ban hành, ví dụ 11/07/2022
Kỳ báo cáo: <năm>-Q1…Q4 (quý), <năm>-H1 (6 tháng), <năm>-9M (9 tháng), <năm>-Y (cả năm).`;

/** `npm run doc`: the plan or report as a Word file, headless, from the default database or another. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(argv, {
    year: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string' },
    number: { type: 'string' },
    date: { type: 'string' },
  });
  const kind = positionals[0];
  if (values.help || (kind !== 'plan' && kind !== 'report')) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  let key: number | string;
  if (kind === 'plan') {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new AppError('VALIDATION', 'Cần --year, ví dụ --year 2022.');
    key = year;
  } else {
    if (!values.period) throw new AppError('VALIDATION', 'Cần --period, ví dụ --period 2022-H1.');
    key = values.period;
  }
  const dateIso = values.date ? parseViDate(values.date) : undefined;
  if (values.date && !dateIso)
    throw new AppError('VALIDATION', `Ngày «${values.date}» không hợp lệ (ví dụ 11/07/2022).`);
  if (values.number && !/^\d{1,6}$/.test(values.number))
    throw new AppError('VALIDATION', `Số văn bản «${values.number}» chỉ gồm chữ số.`);

  const dbPath = values.db ? path.resolve(values.db) : defaultDbPath(defaultDataDir());
  if (values.db && !fs.existsSync(dbPath)) throw new AppError('NOT_FOUND', `Không tìm thấy tệp dữ liệu «${dbPath}».`);
  return withCliContext(dbPath, async (ctx) => {
    // A fresh machine has an empty data folder: the README's command then works on the demo.
    if (!isSeeded(ctx.db)) {
      seedDefaultData(ctx.db);
      console.log('Tệp dữ liệu còn trống: đã nạp dữ liệu mẫu để lập văn bản.');
    }
    const doc = documentForCli(ctx, kind, key, { number: values.number, dateIso: dateIso ?? undefined });
    const out = path.resolve(values.out ?? fileNameOf(doc));
    await writeFileAtomic(out, await renderDocx(ctx, doc));
    console.log(`Đã ghi ${out}`);
    console.log(`Dữ liệu: ${dbPath}`);
    // A draft is written anyway, but the person learns what it still lacks before it can be signed.
    if (doc.status !== 'issued') {
      const { blocking, warnings } = checksOf(ctx, doc);
      for (const b of blocking) console.warn(`Chưa đủ để ban hành: ${b}`);
      for (const w of warnings) console.warn(`Lưu ý: ${w}`);
    }
    return 0;
  });
}

runCli(main);
