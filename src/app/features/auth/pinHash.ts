import type { PinHash } from '../../db/people';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; stored with each PIN record so it can be raised later. */
export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,8}$/;
const IV_BYTES = 12;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The key a PIN stands for: PBKDF2 with this person's own salt, slow on purpose. */
async function pinKey(pin: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * Locks the device's data key with a PIN (AES-256-GCM under the PIN's key): what the tablet stores
 * for a person. Neither the PIN nor anything that checks it quickly is stored; a wrong PIN simply
 * fails to open the key (the GCM tag does not match).
 */
export async function lockKeyWithPin(pin: string, dataKey: Uint8Array, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await pinKey(pin, salt, iterations), dataKey as BufferSource));
  const wrapped = new Uint8Array(IV_BYTES + sealed.length);
  wrapped.set(iv);
  wrapped.set(sealed, IV_BYTES);
  return { salt: toBase64(salt), iterations, wrappedKey: toBase64(wrapped) };
}

/** The data key when the PIN is right, null when it is wrong (or the record predates data keys). */
export async function openKeyWithPin(pin: string, stored: PinHash): Promise<Uint8Array | null> {
  if (!stored.wrappedKey) return null;
  const wrapped = fromBase64(stored.wrappedKey);
  try {
    const key = await pinKey(pin, fromBase64(stored.salt), stored.iterations);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.subarray(0, IV_BYTES) }, key, wrapped.subarray(IV_BYTES)));
  } catch {
    return null;
  }
}

export { fromBase64 };
