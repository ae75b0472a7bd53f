import type { EService } from '../../../../shared/schemas/eService';
import { listCatalogue } from '../../../api/admin';
import { useApiQuery, type ApiQuery } from '../useApiQuery';

/** The whole catalogue, retired e-services included, by code. */
export function useCatalogue(): ApiQuery<EService[]> {
  return useApiQuery('catalogue', async () => (await listCatalogue()).sort((a, b) => a.code.localeCompare(b.code)));
}
