import { fromBase64, randomBytes, sameBytes, toBase64, toHex } from './bytes';
import { HandoffError } from './errors';
import { PBKDF2_ITERATIONS, type HandoffEncryption } from './format';

/*
 * WebCrypto only (globalThis.crypto.subtle: browsers and Node 20). A passphrase gives PBKDF2-SHA256 →
 * AES-256-GCM; the network key is ECDH P-256: a one-time key pair per file, HKDF-SHA256 of the shared
 * secret → AES-256-GCM, so only the holder of the network's private key can read the file.
 */

// Types taken from the runtime's own crypto: DOM and Node name them differently.
type Subtle = typeof globalThis.crypto.subtle;
type CryptoKey = Awaited<ReturnType<Subtle['importKey']>>;
type KeyUsage = 'encrypt' | 'decrypt';
/** An EC private key as JWK (the fields this module reads and writes). */
export type NetworkJwk = { kty?: string; crv?: string; x?: string; y?: string; d?: string; ext?: boolean; key_ops?: string[] };

const subtle = (): Subtle => globalThis.crypto.subtle;
const AES = { name: 'AES-GCM', length: 256 } as const;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const HKDF_INFO = new TextEncoder().encode('ura-handoff v1');

export type Sealed = { encryption: HandoffEncryption; ciphertext: Uint8Array };
/** Encrypts the plaintext once the encryption params (bound into the header) are known. */
export type Sealer = { encryption: HandoffEncryption; seal(plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> };

async function aesSeal(key: CryptoKey, iv: Uint8Array<ArrayBuffer>, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  const out = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: copy(aad) }, key, copy(plaintext));
  return new Uint8Array(out);
}

async function aesOpen(key: CryptoKey, iv: Uint8Array<ArrayBuffer>, ciphertext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  try {
    const out = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: copy(aad) }, key, copy(ciphertext));
    return new Uint8Array(out);
  } catch {
    throw new HandoffError('HANDOFF_TAMPERED', 'The file was changed or damaged after it was made');
  }
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/** 512 derived bits: the first half is the AES key, a hash of the second half checks the passphrase. */
async function passphraseBits(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512));
  const key = await subtle().importKey('raw', bits.slice(0, 32), AES, false, ['encrypt', 'decrypt']);
  const check = new Uint8Array(await subtle().digest('SHA-256', bits.slice(32)));
  return { key, check };
}

export async function passphraseSealer(passphrase: string, iterations: number = PBKDF2_ITERATIONS): Promise<Sealer> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = await passphraseBits(passphrase, salt, iterations);
  const encryption: HandoffEncryption = { scheme: 'pbkdf2-sha256-aes-256-gcm', iterations, salt: toBase64(salt), iv: toBase64(iv), check: toBase64(check) };
  return { encryption, seal: (plaintext, aad) => aesSeal(key, iv, plaintext, aad) };
}

async function hkdfKey(shared: ArrayBuffer, salt: Uint8Array<ArrayBuffer>, usage: KeyUsage): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: HKDF_INFO }, material, AES, false, [usage]);
}

/** A file only the server can read: `publicKey` is the network's raw P-256 public key (base64). */
export async function serverKeySealer(publicKeyBase64: string): Promise<Sealer> {
  const raw = fromBase64(publicKeyBase64);
  const networkKey = await subtle().importKey('raw', raw, ECDH, false, []);
  const ephemeral = await subtle().generateKey(ECDH, true, ['deriveBits']);
  const shared = await subtle().deriveBits({ name: 'ECDH', public: networkKey }, ephemeral.privateKey, 256);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await hkdfKey(shared, salt, 'encrypt');
  const ephemeralPublicKey = toBase64(new Uint8Array(await subtle().exportKey('raw', ephemeral.publicKey)));
  const encryption: HandoffEncryption = { scheme: 'ecdh-p256-hkdf-sha256-aes-256-gcm', keyId: await keyIdOf(raw), ephemeralPublicKey, salt: toBase64(salt), iv: toBase64(iv) };
  return { encryption, seal: (plaintext, aad) => aesSeal(key, iv, plaintext, aad) };
}

/** What opens a file: the passphrase, or the network's key pair (server side). */
export type HandoffSecret = { passphrase?: string | undefined; networkKey?: NetworkKey | undefined };
export type NetworkKey = { privateKey: CryptoKey; publicKey: string; keyId: string };

/** Any failure that is not a clear answer (wrong passphrase, wrong key) means the file is not what was made. */
export async function openSealed(encryption: HandoffEncryption, ciphertext: Uint8Array, aad: Uint8Array, secret: HandoffSecret): Promise<Uint8Array> {
  try {
    return await openWith(encryption, ciphertext, aad, secret);
  } catch (error) {
    if (error instanceof HandoffError) throw error;
    throw new HandoffError('HANDOFF_TAMPERED', 'The file was changed or damaged after it was made');
  }
}

async function openWith(encryption: HandoffEncryption, ciphertext: Uint8Array, aad: Uint8Array, secret: HandoffSecret): Promise<Uint8Array> {
  if (encryption.scheme === 'pbkdf2-sha256-aes-256-gcm') {
    if (!secret.passphrase) throw new HandoffError('HANDOFF_PASSPHRASE_REQUIRED', 'This file is protected by a passphrase');
    const { key, check } = await passphraseBits(secret.passphrase, fromBase64(encryption.salt), encryption.iterations);
    if (!sameBytes(check, fromBase64(encryption.check))) throw new HandoffError('HANDOFF_WRONG_PASSPHRASE', 'The passphrase is not the one the file was made with');
    return aesOpen(key, fromBase64(encryption.iv), ciphertext, aad);
  }
  if (!secret.networkKey || secret.networkKey.keyId !== encryption.keyId) {
    throw new HandoffError('HANDOFF_WRONG_KEY', 'This file was made for the server of another network, or for an older network key');
  }
  const ephemeral = await subtle().importKey('raw', fromBase64(encryption.ephemeralPublicKey), ECDH, false, []);
  const shared = await subtle().deriveBits({ name: 'ECDH', public: ephemeral }, secret.networkKey.privateKey, 256);
  const key = await hkdfKey(shared, fromBase64(encryption.salt), 'decrypt');
  return aesOpen(key, fromBase64(encryption.iv), ciphertext, aad);
}

/** The first 8 bytes of SHA-256 of the raw public key, in hex. */
export async function keyIdOf(rawPublicKey: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', copy(rawPublicKey))).slice(0, 8));
}

/** A new network key pair; the private key as JWK for storage. */
export async function generateNetworkKey(): Promise<{ key: NetworkKey; privateJwk: NetworkJwk }> {
  const pair = await subtle().generateKey(ECDH, true, ['deriveBits']);
  const privateJwk = (await subtle().exportKey('jwk', pair.privateKey)) as NetworkJwk;
  return { key: await importNetworkKey(privateJwk), privateJwk };
}

/** The network key from its stored private JWK (which carries the public point x, y). */
export async function importNetworkKey(privateJwk: NetworkJwk): Promise<NetworkKey> {
  const privateKey = await subtle().importKey('jwk', privateJwk, ECDH, false, ['deriveBits']);
  const { d: _d, key_ops: _o, ...publicJwk } = privateJwk;
  const publicCryptoKey = await subtle().importKey('jwk', publicJwk, ECDH, true, []);
  const raw = new Uint8Array(await subtle().exportKey('raw', publicCryptoKey));
  return { privateKey, publicKey: toBase64(raw), keyId: await keyIdOf(raw) };
}
