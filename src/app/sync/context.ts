import { uuidv7 } from '../../shared/ids';
import { SERVER_EPOCH_HEADER } from '../../shared/sync/limits';
import type { AppDb } from '../db/AppDb';
import { SyncStop } from './errors';
import type { Transport, TransportResponse } from './transport';

/** What the engine is built from; the simulator injects each one to drive it deterministically. */
export type SyncDeps = {
  db: AppDb;
  transport: Transport;
  /** Device clock, ms. Used for timestamps and backoff only, never for ordering. */
  now: () => number;
  /** Uniform in [0, 1). */
  random: () => number;
  /** Changes per pull page (server default when left out). */
  pullLimit?: number;
};

export const API = '/api/sync/v1';

export type Credentials = { token: string; epoch?: string };

/** One request; a transport failure (no answer at all) becomes the 'offline' stop. */
export async function call(deps: SyncDeps, path: string, body?: unknown, credentials?: Credentials): Promise<TransportResponse> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (credentials) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials?.epoch !== undefined) headers[SERVER_EPOCH_HEADER] = credentials.epoch;
  try {
    return await deps.transport({ method: body === undefined ? 'GET' : 'POST', path: `${API}${path}`, headers, body });
  } catch (error) {
    throw new SyncStop('offline', error instanceof Error ? error.message : 'No answer from the server');
  }
}

/** A UUIDv7 from the injected clock and random source. */
export function newId(deps: SyncDeps): string {
  const bytes = Uint8Array.from({ length: 10 }, () => Math.floor(deps.random() * 256));
  return uuidv7(deps.now(), bytes);
}
