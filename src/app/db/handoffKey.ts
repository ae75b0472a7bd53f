import { getDb } from './AppDb';

/** The network's public hand-off key, kept so a tablet offline for weeks can still make a file only the server reads. */
export type CachedHandoffKey = { publicKey: string; keyId: string; fetchedAt: string };

export const HANDOFF_KEY_META = 'handoffKey';

export async function readHandoffKey(): Promise<CachedHandoffKey | null> {
  return ((await getDb().meta.get(HANDOFF_KEY_META))?.value as CachedHandoffKey | undefined) ?? null;
}

export async function saveHandoffKey(key: CachedHandoffKey): Promise<void> {
  await getDb().meta.put({ key: HANDOFF_KEY_META, value: key });
}
