import type { DataSeal } from './sealTree';

/**
 * Groups sealed before the transaction that writes them, so the sealing of a pull page can run while the
 * page before it is still being written (IndexedDB works in the browser process; sealing here). Keyed by
 * the very groups value the row will hold: a value is taken at most once (a nonce is never stored twice),
 * and only with the same key and the same content (a value changed since it was sealed is sealed again).
 */
type Ahead = { seal: DataSeal; json: string; sealed: Uint8Array };
const ahead = new WeakMap<object, Ahead>();

/** Seals `plain` (a groups value about to be written) with `seal`, for takeSealedAhead to hand out later. */
export function sealAhead(plain: unknown, seal: DataSeal): void {
  if (typeof plain !== 'object' || plain === null || ahead.has(plain)) return;
  ahead.set(plain, { seal, json: JSON.stringify(plain), sealed: seal.seal(plain) });
}

/** The bytes sealAhead made for exactly this value, content and seal, once; undefined otherwise. */
export function takeSealedAhead(plain: unknown, seal: DataSeal): Uint8Array | undefined {
  if (typeof plain !== 'object' || plain === null) return undefined;
  const found = ahead.get(plain);
  if (!found) return undefined;
  ahead.delete(plain);
  return found.seal === seal && found.json === JSON.stringify(plain) ? found.sealed : undefined;
}
