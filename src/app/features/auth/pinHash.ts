import type { PinHash } from '../../db/people';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; stored with each hash so it can be raised later. */
export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,8}$/;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** A fresh random salt per person and PIN; only this leaves memory. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { hash: toBase64(await derive(pin, salt, iterations)), salt: toBase64(salt), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  // Compare every byte: the time does not depend on where the first difference is.
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) diff |= actual[i]! ^ expected[i]!;
  return diff === 0;
}
