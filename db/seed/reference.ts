/**
 * The national reference data every data file needs, whatever the province: the criteria sets
 * (QĐ 318/319 for 2021–2025, QĐ 51/2025 from 2026), the programme's funding sources and the OCOP
 * criteria versions. The demo seeds the same rows along with its sample data.
 */
import * as schema from '../schema';
import { seedCriteria, type Q } from './seed';
import { fundingSources } from './data/funding';
import { ocopVersions } from './data/ocop';

export function seedReferenceData(tx: Q): void {
  seedCriteria(tx);
  for (const s of fundingSources) tx.insert(schema.fundingSources).values(s).run();
  for (const v of ocopVersions) tx.insert(schema.ocopCriteriaVersions).values(v).run();
}
