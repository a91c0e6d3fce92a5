import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../../db/schema';
import { isSeeded, seedDefaultData } from '../../db/seed/seed';
import { DEFAULT_SOURCE_CODES } from '../helpers/funding';

// A user folder with Vietnamese diacritics and spaces, as on the office's Windows machines.
let root: string;
let sqlite: Database.Database;
let db: ReturnType<typeof drizzle<typeof schema>>;

const one = <T>(query: string, ...params: unknown[]): T => sqlite.prepare(query).get(...params) as T;
const all = <T>(query: string, ...params: unknown[]): T[] => sqlite.prepare(query).all(...params) as T[];
const count = (query: string, ...params: unknown[]): number => one<{ n: number }>(query, ...params).n;

/** The 51 xã (pre-2025), the NTM denominator. */
const XA = `SELECT id FROM admin_units WHERE kind = 'xa' AND level = 'commune' AND valid_to = '2025-07-01'`;

/** Communes holding a level at the end of a year: recognised that year or before, not revoked by then. */
const holding = (level: string, year: number): number =>
  count(
    `SELECT COUNT(DISTINCT commune_id) AS n FROM recognitions
     WHERE level = ? AND year <= ? AND (revoked_date IS NULL OR revoked_date > ?) AND commune_id IN (${XA})`,
    level,
    year,
    `${year}-12-31`,
  );

/** Criteria met per xã in a year. */
const metPerCommune = (year: number): number[] =>
  all<{ n: number }>(
    `SELECT u.id, COALESCE(SUM(r.met), 0) AS n FROM (${XA}) u
     LEFT JOIN criterion_results r ON r.commune_id = u.id AND r.year = ?
     GROUP BY u.id`,
    year,
  ).map((r) => r.n);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-seed-'));
  const dataDir = path.join(root, 'Nguyễn Văn Á', 'Dữ liệu');
  fs.mkdirSync(dataDir, { recursive: true });
  sqlite = new Database(path.join(dataDir, 'ntm.sqlite'));
  sqlite.pragma('foreign_keys = ON');
  db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.resolve('db/migrations') });
  expect(isSeeded(db)).toBe(false);
  seedDefaultData(db);
});

afterAll(() => {
  sqlite?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('seedDefaultData', () => {
  it('stores the database under a Vietnamese user folder', () => {
    expect(fs.existsSync(path.join(root, 'Nguyễn Văn Á', 'Dữ liệu', 'ntm.sqlite'))).toBe(true);
  });

  it('loads 51 xã under 8 district-level units with the per-district counts of 2022', () => {
    expect(count(`SELECT COUNT(*) AS n FROM (${XA})`)).toBe(51);
    const perDistrict = all<{ code: string; kind: string; n: number }>(
      `SELECT d.code, d.kind, COUNT(c.id) AS n FROM admin_units d
       JOIN admin_units c ON c.parent_id = d.id AND c.kind = 'xa'
       WHERE d.level = 'district' GROUP BY d.id ORDER BY d.code`,
    );
    expect(perDistrict).toEqual([
      { code: '930', kind: 'thanh_pho', n: 4 },
      { code: '931', kind: 'thanh_pho', n: 2 },
      { code: '932', kind: 'huyen', n: 6 },
      { code: '933', kind: 'huyen', n: 6 },
      { code: '934', kind: 'huyen', n: 12 },
      { code: '935', kind: 'huyen', n: 9 },
      { code: '936', kind: 'huyen', n: 7 },
      { code: '937', kind: 'thi_xa', n: 5 },
    ]);
    const province = one<{ id: number; name: string; kind: string }>(
      `SELECT id, name, kind FROM admin_units WHERE code = '93'`,
    );
    expect(province).toMatchObject({ name: 'Hậu Giang', kind: 'tinh' });
    expect(count(`SELECT COUNT(*) AS n FROM admin_units WHERE level = 'district' AND parent_id = ?`, province.id)).toBe(
      8,
    );
    expect(count(`SELECT COUNT(*) AS n FROM admin_units WHERE kind = 'phuong' AND valid_to = '2025-07-01'`)).toBe(13);
    expect(count(`SELECT COUNT(*) AS n FROM admin_units WHERE kind = 'thi_tran'`)).toBe(11);
    expect(
      count(`SELECT COUNT(*) AS n FROM (${XA}) x JOIN admin_units u ON u.id = x.id WHERE u.region = 'DBSCL'`),
    ).toBe(51);
    // kind = 'xa' also holds the 72 xã of the new Cần Thơ (2025), so NTM figures filter by validity on the date too.
    const xaOn = (date: string): number =>
      count(
        `SELECT COUNT(*) AS n FROM admin_units WHERE kind = 'xa'
         AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)`,
        date,
        date,
      );
    expect(xaOn('2022-12-31')).toBe(51);
    expect(xaOn('2026-01-01')).toBe(72);
  });

  it('keeps colliding names apart by district and fills a diacritics-free search key', () => {
    const named = (name: string) =>
      all<{ kind: string; district: string | null }>(
        `SELECT u.kind, d.code AS district FROM admin_units u LEFT JOIN admin_units d ON d.id = u.parent_id
         WHERE u.name = ? AND (u.valid_to IS NOT NULL OR u.valid_from IS NULL) ORDER BY u.kind, d.code`,
        name,
      );
    expect(named('Vị Thanh')).toEqual([
      { kind: 'thanh_pho', district: '93' },
      { kind: 'xa', district: '935' },
    ]);
    expect(named('Vĩnh Tường')).toEqual([
      { kind: 'phuong', district: '937' },
      { kind: 'xa', district: '935' },
    ]);
    expect(named('Long Mỹ').map((u) => u.kind)).toEqual(['huyen', 'thi_xa']);
    expect(one<{ search_key: string }>(`SELECT search_key FROM admin_units WHERE code = '31378'`).search_key).toBe(
      'xa phu huu',
    );
  });

  it('records the 2025 reorganisation into Cần Thơ', () => {
    const canTho = one<{ id: number; kind: string; valid_from: string }>(
      `SELECT id, kind, valid_from FROM admin_units WHERE code = '92'`,
    );
    expect(canTho).toMatchObject({ kind: 'thanh_pho_tw', valid_from: '2025-07-01' });
    expect(
      all<{ kind: string; n: number }>(
        `SELECT kind, COUNT(*) AS n FROM admin_units WHERE parent_id = ? AND valid_from = '2025-07-01' GROUP BY kind ORDER BY kind`,
        canTho.id,
      ),
    ).toEqual([
      { kind: 'phuong', n: 31 },
      { kind: 'xa', n: 72 },
    ]);
    // Every one of the 75 old commune-level units has exactly one successor, plus the province itself.
    expect(
      count(
        `SELECT COUNT(*) AS n FROM unit_successions WHERE decision = 'NQ 1668/NQ-UBTVQH15' AND effective_date = '2025-07-01'`,
      ),
    ).toBe(75);
    expect(count(`SELECT COUNT(DISTINCT from_unit_id) AS n FROM unit_successions`)).toBe(76);
    const phuHuu = all<{ name: string }>(
      `SELECT o.name FROM unit_successions s JOIN admin_units o ON o.id = s.from_unit_id JOIN admin_units n ON n.id = s.to_unit_id
       WHERE n.name = 'Phú Hữu' AND n.valid_from = '2025-07-01' ORDER BY o.code`,
    ).map((r) => r.name);
    expect(phuHuu).toEqual(['Phú Hữu', 'Phú Tân', 'Đông Phước']);
    expect(
      count(
        `SELECT COUNT(*) AS n FROM admin_units WHERE level <> 'province' AND valid_to IS NULL AND valid_from IS NULL`,
      ),
    ).toBe(0);
  });

  it('loads QĐ 318 with 19 criteria in 5 groups, and QĐ 51 with 10', () => {
    const set = one<{ id: number; required_count: number }>(
      `SELECT id, required_count FROM criteria_sets WHERE code = 'QD318-NTM'`,
    );
    expect(set.required_count).toBe(19);
    expect(count(`SELECT COUNT(*) AS n FROM criteria WHERE set_id = ?`, set.id)).toBe(19);
    expect(
      all<{ group_no: number; group_name: string; n: number }>(
        `SELECT group_no, group_name, COUNT(*) AS n FROM criteria WHERE set_id = ? GROUP BY group_no, group_name ORDER BY group_no`,
        set.id,
      ),
    ).toEqual([
      { group_no: 1, group_name: 'Quy hoạch', n: 1 },
      { group_no: 2, group_name: 'Hạ tầng kinh tế - xã hội', n: 8 },
      { group_no: 3, group_name: 'Kinh tế và tổ chức sản xuất', n: 4 },
      { group_no: 4, group_name: 'Văn hóa - Xã hội - Môi trường', n: 4 },
      { group_no: 5, group_name: 'Hệ thống chính trị', n: 2 },
    ]);
    const stunting = one<{ value: string; verified: number; comparator: string }>(
      `SELECT t.value, t.verified, i.comparator FROM indicator_thresholds t JOIN indicators i ON i.id = t.indicator_id
       JOIN criteria c ON c.id = i.criterion_id WHERE c.set_id = ? AND i.code = '15.3' AND t.region = 'DBSCL'`,
      set.id,
    );
    expect(stunting).toEqual({ value: '19', verified: 1, comparator: '<=' });
    expect(
      count(`SELECT COUNT(*) AS n FROM criteria c JOIN criteria_sets s ON s.id = c.set_id WHERE s.code = 'QD51-NTM'`),
    ).toBe(10);
  });

  it('gives 35 NTM and 5 nâng cao at end-2021; 38 NTM (74,5%), 9 nâng cao and 1 kiểu mẫu at end-2022', () => {
    expect(holding('ntm', 2021)).toBe(35);
    expect(holding('nang_cao', 2021)).toBe(5);
    expect(holding('kieu_mau', 2021)).toBe(0);
    expect(holding('ntm', 2022)).toBe(38);
    expect(((holding('ntm', 2022) / 51) * 100).toFixed(1)).toBe('74.5');
    expect(holding('nang_cao', 2022)).toBe(9);
    expect(holding('kieu_mau', 2022)).toBe(1);
    // Sample rows carry source 'sample' and a visibly fake decision number; Thuận Hòa 2020 is real.
    expect(
      count(`SELECT COUNT(*) AS n FROM recognitions WHERE source = 'sample' AND decision_no NOT LIKE 'Mẫu-%'`),
    ).toBe(0);
    expect(
      one<{ year: number; source: string }>(
        `SELECT r.year, r.source FROM recognitions r JOIN admin_units u ON u.id = r.commune_id WHERE u.code = '31484' AND r.level = 'ntm'`,
      ),
    ).toEqual({ year: 2020, source: 'public' });
  });

  it('makes every NTM commune 19/19 and reproduces the plan averages', () => {
    for (const year of [2021, 2022]) {
      expect(count(`SELECT COUNT(*) AS n FROM criterion_results WHERE year = ? AND source <> 'sample'`, year)).toBe(0);
      const ntmNotFull = count(
        `SELECT COUNT(*) AS n FROM recognitions r WHERE r.level = 'ntm' AND r.year <= ?
         AND (SELECT SUM(met) FROM criterion_results c WHERE c.commune_id = r.commune_id AND c.year = ?) <> 19`,
        year,
        year,
      );
      expect(ntmNotFull).toBe(0);
    }
    const y2022 = metPerCommune(2022);
    expect(y2022).toHaveLength(51);
    expect((y2022.reduce((a, b) => a + b, 0) / 51).toFixed(1)).toBe('18.2');
    expect(Math.min(...y2022)).toBe(14);
    expect(y2022.filter((n) => n === 19)).toHaveLength(38);
    const y2021 = metPerCommune(2021);
    expect((y2021.reduce((a, b) => a + b, 0) / 51).toFixed(1)).toBe('17.9');
    expect(Math.min(...y2021)).toBeGreaterThanOrEqual(12);
    const stretch = all<{ n: number }>(
      `SELECT SUM(r.met) AS n FROM criterion_results r JOIN admin_units u ON u.id = r.commune_id
       WHERE r.year = 2022 AND u.code IN ('31379', '31468') GROUP BY u.id`,
    );
    expect(stretch).toEqual([{ n: 18 }, { n: 18 }]);
  });

  it('stores the 2022 commune and province targets', () => {
    expect(
      all<{ level: string; kind: string; n: number }>(
        `SELECT level, kind, COUNT(*) AS n FROM commune_targets WHERE year = 2022 GROUP BY level, kind ORDER BY level, kind`,
      ),
    ).toEqual([
      { level: 'kieu_mau', kind: 'official', n: 1 },
      { level: 'kieu_mau', kind: 'stretch', n: 1 },
      { level: 'nang_cao', kind: 'official', n: 4 },
      { level: 'nang_cao', kind: 'stretch', n: 3 },
      { level: 'ntm', kind: 'official', n: 3 },
      { level: 'ntm', kind: 'stretch', n: 2 },
    ]);
    // Targets above NTM are on communes already NTM at end-2021; NTM targets are not.
    const misplaced = count(
      `SELECT COUNT(*) AS n FROM commune_targets t WHERE t.year = 2022 AND (
         (t.level = 'ntm') = EXISTS (SELECT 1 FROM recognitions r WHERE r.commune_id = t.commune_id AND r.level = 'ntm' AND r.year <= 2021))`,
    );
    expect(misplaced).toBe(0);
    const targets = Object.fromEntries(
      all<{ key: string; value: string }>(`SELECT key, value FROM province_targets WHERE year = 2022`).map((r) => [
        r.key,
        r.value,
      ]),
    );
    expect(targets).toEqual({
      avg_criteria: '18.2',
      min_criteria: '14',
      ntm_cumulative: '38',
      nang_cao_cumulative: '9',
    });
  });

  it('loads the six funding sources and the 2022 need of 6.259.605 triệu đồng', () => {
    expect(all<{ code: string }>(`SELECT code FROM funding_sources ORDER BY sort_order`).map((r) => r.code)).toEqual([
      ...DEFAULT_SOURCE_CODES,
    ]);
    const province = one<{ id: number }>(`SELECT id FROM admin_units WHERE code = '93'`).id;
    const need = count(
      `SELECT SUM(amount) AS n FROM funding_amounts WHERE year = 2022 AND stage = 'need' AND unit_id = ?`,
      province,
    );
    expect(need).toBe(6_259_605_000); // nghìn đồng
    // Sample works are part of the province totals, source by source.
    const over = count(
      `SELECT COUNT(*) AS n FROM funding_sources s WHERE
         (SELECT COALESCE(SUM(amount), 0) FROM funding_amounts a WHERE a.source_id = s.id AND a.stage = 'need' AND a.work_id IS NOT NULL)
       > (SELECT SUM(amount) FROM funding_amounts a WHERE a.source_id = s.id AND a.stage = 'need' AND a.unit_id = ?)`,
      province,
    );
    expect(over).toBe(0);
    expect(count(`SELECT COUNT(*) AS n FROM works WHERE source = 'sample'`)).toBeGreaterThanOrEqual(15);
    const byStage = all<{ source_id: number; need: number; allocated: number; disbursed: number }>(
      `SELECT source_id,
         SUM(CASE stage WHEN 'need' THEN amount END) AS need,
         SUM(CASE stage WHEN 'allocated' THEN amount END) AS allocated,
         SUM(CASE stage WHEN 'disbursed' THEN amount END) AS disbursed
       FROM funding_amounts WHERE unit_id = ? AND year = 2022 GROUP BY source_id`,
      province,
    );
    expect(byStage).toHaveLength(6);
    for (const s of byStage) {
      expect(s.allocated).toBeLessThan(s.need);
      expect(s.disbursed).toBeLessThanOrEqual(s.allocated);
    }
  });

  it('loads the public OCOP products with one consistent evaluation each, and the 2022 OCOP targets', () => {
    expect(count(`SELECT COUNT(*) AS n FROM ocop_products`)).toBe(36);
    expect(count(`SELECT COUNT(*) AS n FROM ocop_evaluations`)).toBe(36);
    const bad = count(
      `SELECT COUNT(*) AS n FROM ocop_evaluations e JOIN ocop_criteria_versions v ON v.id = e.version_id
       WHERE e.total <> e.points_a + e.points_b + e.points_c
          OR e.points_a > v.max_a * 100 OR e.points_b > v.max_b * 100 OR e.points_c > v.max_c * 100
          OR NOT ((e.stars = 3 AND e.total BETWEEN 5000 AND 6999) OR (e.stars = 4 AND e.total BETWEEN 7000 AND 8999))`,
    );
    expect(bad).toBe(0);
    expect(
      one<{ total: number; stars: number }>(
        `SELECT e.total, e.stars FROM ocop_evaluations e JOIN ocop_products p ON p.id = e.product_id
         JOIN ocop_producers c ON c.id = p.producer_id WHERE p.name = 'Bưởi da xanh' AND c.name = 'Hợp tác xã Trái cây sinh học OCOP'`,
      ),
    ).toEqual({ total: 8500, stars: 4 });
    expect(
      all<{ stars: number; n: number; expiry: string }>(
        `SELECT stars, COUNT(*) AS n, MAX(expiry_date) AS expiry FROM ocop_evaluations
         WHERE decision_no = 'QĐ 1358/QĐ-UBND' AND decision_date = '2021-07-20' GROUP BY stars ORDER BY stars`,
      ),
    ).toEqual([
      { stars: 3, n: 11, expiry: '2024-07-20' },
      { stars: 4, n: 6, expiry: '2024-07-20' },
    ]);
    expect(one<{ kind: string }>(`SELECT kind FROM ocop_producers WHERE name = 'Công ty TNHH Liên Hưng'`).kind).toBe(
      'doanh_nghiep',
    );
    expect(one<{ kind: string }>(`SELECT kind FROM ocop_producers WHERE name = 'Hợp tác xã Kỳ Như'`).kind).toBe(
      'hop_tac_xa',
    );
    expect(
      one<{ kind: string }>(`SELECT kind FROM ocop_producers WHERE name = 'Cơ sở sản xuất lạp xưởng Mỹ Yến'`).kind,
    ).toBe('ho_san_xuat');
    expect(
      all<{ kind: string; n: number; min: number; max: number | null }>(
        `SELECT kind, COUNT(*) AS n, MIN(min_count) AS min, MAX(max_count) AS max FROM ocop_targets WHERE year = 2022 GROUP BY kind ORDER BY kind`,
      ),
    ).toEqual([
      { kind: 'district_3_4', n: 8, min: 5, max: 7 },
      { kind: 'national_dossiers', n: 1, min: 5, max: null },
      { kind: 'province_3_4', n: 1, min: 40, max: null },
      { kind: 'upgrade_3_4', n: 1, min: 1, max: null },
    ]);
  });

  it('stores the default settings as JSON', () => {
    const settings = Object.fromEntries(
      all<{ key: string; value: string }>(`SELECT key, value FROM settings`).map((r) => [
        r.key,
        JSON.parse(r.value) as unknown,
      ]),
    );
    expect(settings.planYear).toBe(2022);
    // Today's office is the merged city's; documents dated before 1/7/2025 use the Hậu Giang era.
    expect(settings.agency).toMatchObject({ governingBody: 'UBND THÀNH PHỐ CẦN THƠ', issuingBodyShort: 'BCĐ' });
    const [era] = settings.officeHistory as { until: string; agency: unknown; signer: unknown; recipients: string[] }[];
    expect(era!.until).toBe('2025-07-01');
    expect(era!.signer).toMatchObject({ name: 'Trương Cảnh Tuyên' });
    expect(era!.recipients).toHaveLength(7);
    expect(era!.recipients.at(-1)).toBe('Lưu: VT.');
    expect(era!.agency).toMatchObject({ governingBody: 'UBND TỈNH HẬU GIANG', issuingBodyShort: 'BCĐ' });
  });

  it('passes SQLite integrity and foreign-key checks', () => {
    expect(all(`PRAGMA foreign_key_check`)).toEqual([]);
    expect(one<{ integrity_check: string }>(`PRAGMA integrity_check`).integrity_check).toBe('ok');
  });

  it('does nothing when seeded a second time', () => {
    const before =
      count(`SELECT COUNT(*) AS n FROM admin_units`) + count(`SELECT COUNT(*) AS n FROM criterion_results`);
    expect(isSeeded(db)).toBe(true);
    seedDefaultData(db);
    expect(count(`SELECT COUNT(*) AS n FROM admin_units`) + count(`SELECT COUNT(*) AS n FROM criterion_results`)).toBe(
      before,
    );
  });
});
