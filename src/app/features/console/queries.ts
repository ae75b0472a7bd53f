import type { UserView } from '../../../shared/auth/api';
import type { Centre } from '../../../shared/schemas/centre';
import { listCentres, listUsers } from '../../api/admin';
import { useApiQuery, type ApiQuery } from './useApiQuery';

/** The centres in the signed-in person's scope (admins: all), by country and name. */
export function useCentres(): ApiQuery<Centre[]> {
  return useApiQuery('centres', async () => (await listCentres()).sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name)));
}

/** The people in scope (coordinators: those who share one of their centres), by name. */
export function usePeople(): ApiQuery<UserView[]> {
  return useApiQuery('people', async () => (await listUsers()).sort((a, b) => a.displayName.localeCompare(b.displayName)));
}
