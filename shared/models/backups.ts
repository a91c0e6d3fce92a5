/** Why the data file could not be opened at start. */
export type DamageKind = 'empty' | 'not-sqlite' | 'foreign' | 'damaged' | 'newer';

export interface DamageInfo {
  kind: DamageKind;
  /** The data file the app tried to open. */
  file: string;
  /** Vietnamese explanation naming the file. */
  message: string;
  /** Where the damaged file was moved (bytes untouched), or null if it stayed in place. */
  setAsideTo: string | null;
}

export type BackupReason = 'hang-ngay' | 'truoc-nhap' | 'truoc-nang-cap' | 'truoc-khoi-phuc' | 'thu-cong';

export const BACKUP_REASON_LABEL: Record<BackupReason, string> = {
  'hang-ngay': 'Tự động đầu ngày',
  'truoc-nhap': 'Trước khi nhập Excel',
  'truoc-nang-cap': 'Trước khi nâng cấp dữ liệu',
  'truoc-khoi-phuc': 'Tệp đang dùng trước khi khôi phục',
  'thu-cong': 'Sao lưu ngay',
};

export interface BackupEntry {
  /** File name inside the backups folder (the id a restore names). */
  name: string;
  reason: BackupReason;
  /** ISO time the backup was taken. */
  takenAt: string;
  size: number;
  /** Passed quick_check and holds NTM Office data this version can open. */
  usable: boolean;
  /** Why not usable, in Vietnamese. */
  problem: string | null;
  contents: { communes: number; results: number; works: number; products: number; documents: number } | null;
}

export interface BackupList {
  folder: string;
  backups: BackupEntry[];
}

export interface BackupMade {
  /** Path of the new backup, or null if the person cancelled the folder dialog. */
  path: string | null;
}

export interface RestoreResult {
  restored: string;
  /** Where the file in use before the restore was set aside (null if there was none). */
  setAsideTo: string | null;
}
