import { parseRetryAfter } from './backoff';
import { errorOf, type TransportResponse } from './transport';

/** What the UI is told, as a code it translates (the lead owns the words). */
export type SyncErrorCode =
  | 'offline'
  | 'server_unavailable'
  | 'unauthorized'
  | 'device_revoked'
  | 'app_too_old'
  | 'server_too_old'
  | 'centre_not_found'
  | 'not_set_up'
  | 'sync_failed';

/** Codes that stop the automatic retries until "Sync now", an app update or a restart. */
export const FATAL_CODES: readonly SyncErrorCode[] = ['device_revoked', 'app_too_old', 'server_too_old', 'centre_not_found'];

/** Ends a sync run early; the outbox and cursors are untouched, so the next run picks up from here. */
export class SyncStop extends Error {
  override name = 'SyncStop';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
  get isFatal(): boolean {
    return FATAL_CODES.includes(this.code);
  }
}

/** The generic answers shared by every endpoint; callers handle their own statuses first. */
export function stopFor(response: TransportResponse, now: number): SyncStop {
  const { status } = response;
  const error = errorOf(response);
  if (status === 429 || status >= 500) {
    return new SyncStop('server_unavailable', error.message, parseRetryAfter(response.headers['retry-after'], now));
  }
  if (status === 401) return new SyncStop('unauthorized', error.message);
  if (status === 403 && error.code === 'DEVICE_REVOKED') return new SyncStop('device_revoked', error.message);
  if (status === 403) return new SyncStop('unauthorized', error.message);
  if (status === 426) {
    const d = (error.details ?? {}) as { payloadVersion?: number; serverSchemaVersion?: number };
    const isServerOlder = d.serverSchemaVersion !== undefined && d.payloadVersion !== undefined && d.serverSchemaVersion < d.payloadVersion;
    return new SyncStop(isServerOlder ? 'server_too_old' : 'app_too_old', error.message);
  }
  if (status === 404 && error.code === 'CENTRE_NOT_FOUND') return new SyncStop('centre_not_found', error.message);
  return new SyncStop('sync_failed', `${status} ${error.code}: ${error.message}`);
}
