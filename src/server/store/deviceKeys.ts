import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A device's data key: 32 random bytes as base64 (44 characters). */
export const DATA_KEY_BYTES = 32;

export function newDataKey(): string {
  return randomBytes(DATA_KEY_BYTES).toString('base64');
}

/**
 * The escrow of devices' data keys (issue 6, at rest). A key is made when a device is created; a device made
 * before migration 0004 gets one at its first online sign-in. Only sign-in reads it: no list or admin view.
 */
export type DeviceKeysStore = {
  /**
   * The key of a live (not revoked) device, made now if it has none; undefined for a revoked or unknown
   * device. Two first sign-ins at once get the same key: only one conditional UPDATE can fill the column.
   */
  escrowedKey(deviceId: string): Promise<string | undefined>;
};

export function createDeviceKeysStore(db: Kysely<Database>): DeviceKeysStore {
  const read = async (deviceId: string) =>
    db.selectFrom('devices').select('data_key').where('id', '=', deviceId).where('revoked_at', 'is', null).executeTakeFirst();
  return {
    async escrowedKey(deviceId) {
      const row = await read(deviceId);
      if (!row) return undefined;
      if (row.data_key !== null) return row.data_key;
      await db.updateTable('devices').set({ data_key: newDataKey() }).where('id', '=', deviceId).where('data_key', 'is', null).execute();
      return (await read(deviceId))?.data_key ?? undefined;
    },
  };
}
