import { KEY_BYTES } from './keyBytes';
import type * as SealCipher from './sealCipher';
import type { DataSeal } from './sealTree';

/**
 * The device's data key, held in this tab's memory only while a volunteer is signed in: never stored,
 * so a locked tablet's files hold nothing that opens the sealed groups. Tabs of the app share it over a
 * BroadcastChannel (memory to memory): a second tab or a reloaded one opens without a PIN while another
 * tab is unlocked, and a lock in any tab drops the key in all of them.
 *
 * The cipher (sealCipher.ts, @noble/ciphers) is not on the way to the PIN prompt: it loads once a key is
 * about to be held (loadSealCipher), and a key is only ever held — hasDataKey() true — with it loaded, so
 * a write with the key never finds no cipher.
 */
type Held = { key: Uint8Array; seal: DataSeal };
let held: Held | null = null;
const listeners = new Set<() => void>();
const CHANNEL = 'ura-data-key';
type Message = { kind: 'ask' } | { kind: 'key'; key: Uint8Array } | { kind: 'drop' };
let channel: BroadcastChannel | null = null;

type Cipher = typeof SealCipher;
let cipher: Cipher | null = null;
let cipherLoad: Promise<Cipher> | null = null;
/** Counts every hold and drop here: a key that arrives while the cipher loads must not undo a newer lock. */
let changes = 0;

/** Loads the cipher (once; a failed load is tried again at the next call). Resolves when holdDataKey may be called. */
export async function loadSealCipher(): Promise<void> {
  cipherLoad ??= import('./sealCipher').catch((error: unknown) => {
    cipherLoad = null;
    throw error;
  });
  cipher = await cipherLoad;
}

export function currentDataKey(): Uint8Array | null {
  return held?.key ?? null;
}

export function hasDataKey(): boolean {
  return held !== null;
}

/** Seals and opens with the key held; null while locked. */
export function currentSeal(): DataSeal | null {
  return held?.seal ?? null;
}

/**
 * Holds the key (after a PIN or an online sign-in) and hands it to the app's other open tabs. The cipher
 * must have loaded first (`await loadSealCipher()`): a key is never held without it.
 */
export function holdDataKey(next: Uint8Array): void {
  if (next.length !== KEY_BYTES) throw new Error(`A data key has ${KEY_BYTES} bytes`);
  set(next);
  post({ kind: 'key', key: next });
}

/** Forgets the key here and in every other tab (the tablet was locked). */
export function dropDataKey(): void {
  set(null);
  post({ kind: 'drop' });
}

export function watchDataKey(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Joins the tabs' channel and asks whether an open tab holds the key; called once at start. */
export function joinDataKeyChannel(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'ask' && held) post({ kind: 'key', key: held.key });
    else if (message.kind === 'key' && message.key instanceof Uint8Array && message.key.length === KEY_BYTES) void receive(message.key);
    else if (message.kind === 'drop') set(null);
  };
  post({ kind: 'ask' });
}

/** A key from another tab: held once the cipher has loaded, unless the key changed here meanwhile (a lock). */
async function receive(next: Uint8Array): Promise<void> {
  const before = changes;
  try {
    await loadSealCipher();
  } catch {
    return; // no cipher (the app's files could not load): this tab stays locked and asks for the PIN
  }
  if (changes === before) set(next);
}

function set(next: Uint8Array | null): void {
  if (next && !cipher) throw new Error('The seal cipher is not loaded: await loadSealCipher() before holding a key');
  changes++;
  if (next === (held?.key ?? null)) return;
  held = next && cipher ? { key: next, seal: cipher.sealWith(next) } : null;
  for (const listener of listeners) listener();
}

function post(message: Message): void {
  channel?.postMessage(message);
}
