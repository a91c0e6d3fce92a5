import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import { cspNonce } from '../api/client';
import { compareVi } from '../../shared/format/text';

// Community modules only; registered once before the first grid renders.
ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: '"Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  fontSize: 14,
  headerFontWeight: 600,
  accentColor: '#0f6b3e',
  rowHeight: 34,
  headerHeight: 38,
});

/** Props every grid shares: Vietnamese texts, the CSP nonce for injected styles, Vietnamese sorting. */
export const commonGridProps = {
  theme: gridTheme,
  localeText: AG_GRID_LOCALE_VN,
  styleNonce: cspNonce(),
  // Rows jumping around while a person filters or edits is noise in a data-entry grid.
  animateRows: false,
  defaultColDef: { sortable: true, resizable: true, comparator: (a: unknown, b: unknown) => compareAny(a, b) },
} as const;

function compareAny(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareVi(a, b);
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return (a as number) < (b as number) ? -1 : 1;
}
