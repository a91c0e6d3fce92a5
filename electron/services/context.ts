import type { AppDb, Sqlite } from '../../db/open';
import type { DamageInfo } from '../../shared/models/backups';

/** What the desktop shell can do that a browser cannot (save dialogs); absent in the web bridge. */
export interface PlatformHooks {
  /** Asks where to save; returns the chosen path or null if the person cancelled. */
  chooseSavePath?(defaultName: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  /** Asks for files to open (e.g. dossier attachments); returns paths. */
  chooseOpenPaths?(filters: { name: string; extensions: string[] }[]): Promise<string[]>;
  /** Opens a file with the system's default program (Word for .docx). */
  openPath?(filePath: string): Promise<void>;
  /** Asks for a folder (e.g. a USB stick for «Sao lưu ngay»); returns its path or null if cancelled. */
  chooseFolder?(title: string): Promise<string | null>;
  /**
   * Prints the app window's rendered page (A4; each section's size comes from the print CSS):
   * 'print' opens the system print dialog and returns null; 'pdf' asks where to save and returns
   * the saved path (null if cancelled).
   */
  printPage?(mode: 'print' | 'pdf', defaultName: string): Promise<string | null>;
}

/** Everything a service may touch; the shell and the bridge build one each. */
export interface ServiceContext {
  db: AppDb;
  sqlite: Sqlite;
  dbPath: string;
  /** The app's data folder (attachments, exports, backups live below it). */
  dataDir: string;
  appVersion: string;
  schemaVersion: number;
  /** Folder of the province boundary files (db/geo); absent = the source tree's. */
  geoDir?: string;
  platform: PlatformHooks;
  now(): Date;
  /** Set when the data file could not be opened at start (damaged, foreign, newer): only recovery works. */
  damage?: DamageInfo | null;
  /** Folder of the embedded national unit lists (db/seed/national in the source tree or the app). */
  nationalDir?: string;
  /** Swaps the open data file in place (the app's context has it; absent in plain test contexts). */
  reopen?(dbPath: string): Promise<void>;
}
