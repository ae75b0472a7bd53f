import { KEY_BYTES } from './sealCipher';

/**
 * The device's data key, held in this tab's memory only while a volunteer is signed in: never stored,
 * so a locked tablet's files hold nothing that opens the sealed groups. Tabs of the app share it over a
 * BroadcastChannel (memory to memory): a second tab or a reloaded one opens without a PIN while another
 * tab is unlocked, and a lock in any tab drops the key in all of them.
 */
let key: Uint8Array | null = null;
const listeners = new Set<() => void>();
const CHANNEL = 'ura-data-key';
type Message = { kind: 'ask' } | { kind: 'key'; key: Uint8Array } | { kind: 'drop' };
let channel: BroadcastChannel | null = null;

export function currentDataKey(): Uint8Array | null {
  return key;
}

export function hasDataKey(): boolean {
  return key !== null;
}

/** Holds the key (after a PIN or an online sign-in) and hands it to the app's other open tabs. */
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
    if (message.kind === 'ask' && key) post({ kind: 'key', key });
    else if (message.kind === 'key' && message.key instanceof Uint8Array && message.key.length === KEY_BYTES) set(message.key);
    else if (message.kind === 'drop') set(null);
  };
  post({ kind: 'ask' });
}

function set(next: Uint8Array | null): void {
  if (next === key) return;
  key = next;
  for (const listener of listeners) listener();
}

function post(message: Message): void {
  channel?.postMessage(message);
}
