import { createContext, useContext } from 'react';
import type { SystemInfo } from '../shared/models/units';

export interface AppState {
  info: SystemInfo;
  /** The year the person is working on (defaults to the plan year). */
  year: number;
  setYear(year: number): void;
  /** Reads `system.info` again (after another data file was opened, or units changed). */
  reloadInfo(): void;
}

const AppStateContext = createContext<AppState | null>(null);
export const AppStateProvider = AppStateContext.Provider;

export function useAppState(): AppState {
  const s = useContext(AppStateContext);
  if (!s) throw new Error('AppStateProvider missing');
  return s;
}
