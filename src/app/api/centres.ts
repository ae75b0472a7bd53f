import type { Centre } from '../../shared/schemas/centre';
import type { CentreListResponse } from '../../shared/sync/protocol';
import { request } from './http';

/** The centres the server knows, for device setup while open registration exists (sign-in replaces it). */
export async function listServerCentres(): Promise<Centre[]> {
  const answer = await request<CentreListResponse>('GET', '/api/sync/v1/centres');
  return answer.body.centres;
}
