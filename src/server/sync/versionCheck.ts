import { SESSION_SCHEMA_VERSION } from '../../shared/schemas/session';
import { SYNC_PROTOCOL_VERSION, type Mutation } from '../../shared/sync/protocol';
import { HttpError } from '../http/httpError';

/** The oldest sync protocol this server still serves; a device below it must update (426). */
export const OLDEST_SYNC_PROTOCOL = 1;
/** The oldest session payloadVersion upgradeSession still reads. */
export const OLDEST_SESSION_PAYLOAD_VERSION = 1;

/*
 * Who is too old (DESIGN.md §5): 426 means the APP is too old — it speaks a protocol or sends a payload
 * version this server no longer takes, and only an app update helps. A device NEWER than the server is
 * not the device's fault: 422 SERVER_TOO_OLD, nothing applied, the outbox stays and is sent again once
 * the server is updated. Both carry details saying which versions met.
 */

/** Checks the optional protocol header (absent: a v1 device). */
export function assertProtocol(header: string | string[] | undefined): void {
  if (header === undefined) return;
  const text = Array.isArray(header) ? header[0] : header;
  const protocol = Number(text);
  if (!Number.isInteger(protocol) || protocol < 0) {
    throw new HttpError(400, 'BAD_REQUEST', 'The sync protocol header must be a whole number');
  }
  const details = { protocol, oldestProtocol: OLDEST_SYNC_PROTOCOL, serverProtocol: SYNC_PROTOCOL_VERSION };
  if (protocol < OLDEST_SYNC_PROTOCOL) {
    throw new HttpError(426, 'APP_TOO_OLD', 'This app is too old for the server; update the app. Nothing was applied', details);
  }
  if (protocol > SYNC_PROTOCOL_VERSION) {
    throw new HttpError(422, 'SERVER_TOO_OLD', 'The server is older than this app; nothing was applied, try again after the server is updated', details);
  }
}

/** Checks every mutation's payloadVersion before anything is applied (the whole batch or nothing). */
export function assertPayloadVersions(mutations: readonly Mutation[]): void {
  for (const m of mutations) {
    const details = { mutationId: m.mutationId, payloadVersion: m.payloadVersion, oldestPayloadVersion: OLDEST_SESSION_PAYLOAD_VERSION, serverSchemaVersion: SESSION_SCHEMA_VERSION };
    if (m.payloadVersion < OLDEST_SESSION_PAYLOAD_VERSION) {
      throw new HttpError(426, 'APP_TOO_OLD', 'This app sends records in a version the server no longer reads; update the app. Nothing was applied', details);
    }
    if (m.payloadVersion > SESSION_SCHEMA_VERSION) {
      throw new HttpError(422, 'SERVER_TOO_OLD', 'The server is older than the app sending the data; nothing was applied, try again after the server is updated', details);
    }
  }
}
