// The protocol's constants, apart from its zod schemas (protocol.ts) so the app's first screen can use
// them without loading the validator.

export const SYNC_PROTOCOL_VERSION = 1;
export const MAX_BATCH_MUTATIONS = 200;
export const MAX_BATCH_BYTES = 512 * 1024;
export const MAX_PULL_LIMIT = 1000;
/** A device has a handful of scopes; more cursors than this is not a real client. */
export const MAX_PULL_SCOPES = 64;

/** Sent on push; a server restored from backup answers 409 EPOCH_CHANGED when it differs. */
export const SERVER_EPOCH_HEADER = 'x-ura-server-epoch';

export function centreScope(centreId: string): string {
  return `centre:${centreId}`;
}
export const CATALOGUE_SCOPE = 'ref:catalogue';
export const CENTRES_SCOPE = 'ref:centres';
