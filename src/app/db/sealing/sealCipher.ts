import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { KEY_BYTES } from './keyBytes';
import type { DataSeal } from './sealTree';

/**
 * Seals small JSON values with the device's data key: XChaCha20-Poly1305 (a random 24-byte nonce per
 * value, so equal values never look equal), synchronous so it can run inside an IndexedDB transaction.
 * The plaintext is padded to a multiple of PAD_BYTES: the stored size does not tell which groups a
 * session has (any three fit in one block).
 *
 * Loaded only once a data key is about to be held (dataKey.ts), never on the way to the PIN prompt.
 */
const NONCE_BYTES = 24;
const PAD_BYTES = 64;
const LENGTH_BYTES = 2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Seals and opens with `key`: what sealTree needs while a key is held. */
export function sealWith(key: Uint8Array): DataSeal {
  if (key.length !== KEY_BYTES) throw new Error(`A data key has ${KEY_BYTES} bytes`);
  return { seal: (value) => sealJson(key, value), open: (sealed) => openJson(key, sealed) };
}

export function sealJson(key: Uint8Array, value: unknown): Uint8Array {
  const json = encoder.encode(JSON.stringify(value));
  const padded = new Uint8Array(Math.ceil((json.length + LENGTH_BYTES) / PAD_BYTES) * PAD_BYTES);
  new DataView(padded.buffer).setUint16(0, json.length);
  padded.set(json, LENGTH_BYTES);
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = xchacha20poly1305(key, nonce).encrypt(padded);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return out;
}

/** Throws when the key is not the one that sealed the value, or the bytes were changed. */
export function openJson(key: Uint8Array, sealed: Uint8Array): unknown {
  const padded = xchacha20poly1305(key, sealed.subarray(0, NONCE_BYTES)).decrypt(sealed.subarray(NONCE_BYTES));
  const length = new DataView(padded.buffer, padded.byteOffset).getUint16(0);
  return JSON.parse(decoder.decode(padded.subarray(LENGTH_BYTES, LENGTH_BYTES + length)));
}
