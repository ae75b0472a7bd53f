import type { Centre } from '../../shared/schemas/centre';
import { managesCentre, requireRole, type Who } from '../auth/scope';
import { HttpError } from '../http/httpError';
import type { Store } from '../store/types';

/** The operator of the command line: everything, like an admin. */
export const CLI_OPERATOR: Who = { userId: 'cli', role: 'admin', centreIds: [] };

/**
 * The centres a report covers. Coordinators: their own, or those of them they name; admins: all, or the
 * ones they name. Volunteers get 403. A named centre outside the person's scope answers 404 exactly like
 * one that does not exist, whatever else is asked, so ids of other centres are never confirmed.
 */
export async function reportCentres(
  store: Store,
  who: Who,
  requested: readonly string[] | undefined,
): Promise<Centre[]> {
  requireRole(who, 'admin', 'coordinator');
  if (requested === undefined || requested.length === 0) {
    return store.admin.listCentres(who.role === 'admin' ? undefined : who.centreIds);
  }
  const ids = [...new Set(requested)];
  const outside = ids.filter((id) => !managesCentre(who, id));
  const found = outside.length > 0 ? [] : await store.admin.listCentres(ids);
  if (outside.length > 0 || found.length !== ids.length) {
    const unknown = who.role === 'admin' ? { unknown: ids.filter((id) => !found.some((c) => c.id === id)) } : undefined;
    throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No such centre', unknown);
  }
  return ids.map((id) => found.find((c) => c.id === id) as Centre);
}
