import type { Country } from '../../shared/schemas/vocabulary';
import { getDb } from './AppDb';
import type { EService } from './tables';

/** The bundled starter catalogue is only the first-run fallback; sync replaces it later. */
export async function seedCatalogueIfEmpty(load: () => Promise<readonly EService[]>): Promise<void> {
  const db = getDb();
  if ((await db.catalogue.count()) > 0) return;
  const services = await load(); // outside the transaction: only Dexie calls may be awaited inside
  await db.transaction('rw', [db.catalogue], async () => {
    if ((await db.catalogue.count()) === 0) await db.catalogue.bulkPut([...services]);
  });
}

export async function catalogueFor(country: Country): Promise<EService[]> {
  return getDb().catalogue.where('country').equals(country).toArray();
}
