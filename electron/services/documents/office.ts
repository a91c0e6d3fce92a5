/**
 * Who issues, who signs and to whom, as they stood on a document's date. The office's settings
 * hold today's values; `officeHistory` keeps earlier ones with the day they ended (a province merged
 * on 1/7/2025 issued its 2022 plan under its old name). A 2022 plan is headed as in 2022 and a 2027
 * plan as in 2027, whatever is current.
 */
import type { ServiceContext } from '../context';
import { readSettings } from '../settings';
import { getSetting } from '../../../db/repositories/settings';
import type { OfficeSettings } from '../../../shared/models/settings';
import type { DocumentRecord } from '../../../db/repositories/documents';
import { parsePeriod } from '../../../shared/domain/report-period';

export type Office = Pick<OfficeSettings, 'agency' | 'signer' | 'recipients'>;

/** An earlier state of the office, in force until `until` (exclusive, ISO date). */
export interface OfficeEra extends Office {
  until: string;
}

export const OFFICE_HISTORY_KEY = 'officeHistory';

export function officeAt(ctx: ServiceContext, dateIso: string): Office {
  const eras = getSetting<OfficeEra[]>(ctx.db, OFFICE_HISTORY_KEY, [])
    .slice()
    .sort((a, b) => a.until.localeCompare(b.until));
  const era = eras.find((e) => dateIso < e.until);
  if (era) return { agency: era.agency, signer: era.signer, recipients: era.recipients };
  const s = readSettings(ctx);
  return { agency: s.agency, signer: s.signer, recipients: s.recipients };
}

/** The date a document speaks from: its issue date, else the start of the plan year or the end of the report period. */
export function documentDate(r: Pick<DocumentRecord, 'type' | 'year' | 'period' | 'issuedDate'>): string {
  if (r.issuedDate) return r.issuedDate;
  if (r.type === 'report') return parsePeriod(r.period)?.toIso ?? `${r.year}-12-31`;
  return `${r.year}-01-01`;
}
