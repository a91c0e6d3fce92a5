/**
 * `npm run data -- new --province <mã> --db <tệp> [--with-pre2025]`: makes a province's data file
 * from the embedded national lists, for scripts and IT staff. Refuses an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createProvinceData } from './services/setup';
import { listProvinces } from '../db/seed/national';
import { AppError } from '../shared/errors';
import { parseCliArgs, runCli, withCliContext } from './cli-run';
import { formatNumber } from '../shared/format/number';

const USAGE = `Cách dùng:
  npm run data -- new --province <mã tỉnh> --db <tệp> [--with-pre2025]
  npm run data -- provinces          (danh sách 34 tỉnh, thành phố và mã)
Ví dụ:
  npm run data -- new --province 92 --db can-tho.db --with-pre2025
Tùy chọn:
  --with-pre2025    nạp cả đơn vị hành chính trước 01/7/2025 (tỉnh, huyện, xã cũ) và bảng kế thừa`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(argv, {
    province: { type: 'string' },
    db: { type: 'string' },
    'with-pre2025': { type: 'boolean' },
  });
  const cmd = positionals[0];
  if (cmd === 'provinces') {
    for (const p of listProvinces()) console.log(`${p.code}  ${p.fullName}`);
    return 0;
  }
  if (values.help || cmd !== 'new') {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!values.province)
    throw new AppError('VALIDATION', 'Cần --province, ví dụ --province 92 (xem: npm run data -- provinces).');
  const province = listProvinces().find((p) => p.code === values.province!.padStart(2, '0'));
  if (!province)
    throw new AppError(
      'VALIDATION',
      `Không có tỉnh/thành phố mã «${values.province}» (xem: npm run data -- provinces).`,
    );
  if (!values.db) throw new AppError('VALIDATION', 'Cần --db <tệp>, ví dụ --db can-tho.db.');
  const dbPath = path.resolve(values.db);
  if (fs.existsSync(dbPath))
    throw new AppError('CONFLICT', `Tệp «${dbPath}» đã có; lệnh này chỉ tạo tệp mới và không ghi đè.`);
  return withCliContext(dbPath, (ctx) => {
    const r = createProvinceData(ctx, province.code, values['with-pre2025'] === true);
    console.log(
      `Đã tạo dữ liệu ${province.fullName}: ${formatNumber(r.units)} đơn vị cấp xã (${formatNumber(r.xa)} xã, ${formatNumber(r.phuong)} phường, ${formatNumber(r.dacKhu)} đặc khu).`,
    );
    if (values['with-pre2025']) {
      console.log(
        `Cấu trúc trước 01/7/2025: ${formatNumber(r.oldDistricts)} đơn vị cấp huyện, ${formatNumber(r.oldUnits)} đơn vị cấp xã; ${formatNumber(r.successions)} liên kết kế thừa, ${formatNumber(r.pending)} mục cần xác nhận.`,
      );
    }
    console.log(`Tệp: ${dbPath}`);
    return 0;
  });
}

runCli(main);
