import type Database from 'better-sqlite3';
import type { AppDb } from '../../db/open';

/** What the desktop shell can do that a browser cannot (save dialogs); absent in the web bridge. */
export interface PlatformHooks {
  /** Asks where to save; returns the chosen path or null if the person cancelled. */
  chooseSavePath?(defaultName: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  /** Asks for files to open (e.g. dossier attachments); returns paths. */
  chooseOpenPaths?(filters: { name: string; extensions: string[] }[]): Promise<string[]>;
  /** Opens a file with the system's default program (Word for .docx). */
  openPath?(filePath: string): Promise<void>;
}

/** Everything a service may touch; the shell and the bridge build one each. */
export interface ServiceContext {
  db: AppDb;
  sqlite: Database.Database;
  dbPath: string;
  /** The app's data folder (attachments, exports, backups live below it). */
  dataDir: string;
  appVersion: string;
  schemaVersion: number;
  /** Folder of the province boundary files (db/geo); absent = the source tree's. */
  geoDir?: string;
  platform: PlatformHooks;
  now(): Date;
}
