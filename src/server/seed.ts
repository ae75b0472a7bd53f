import type { FastifyBaseLogger } from 'fastify';
import { loadStarterCatalogue } from '../shared/catalogue/starterCatalogue';
import type { Store } from './store/types';

/**
 * Fills the `ref:catalogue` scope with the starter catalogue on first start, and adds codes a newer
 * release ships. Existing codes are never overwritten (an admin may have edited them).
 */
export async function seedReferenceData(store: Store, log: FastifyBaseLogger): Promise<void> {
  const added = await store.seedCatalogue(loadStarterCatalogue());
  if (added > 0) log.info({ added }, 'starter e-service catalogue loaded');
}
