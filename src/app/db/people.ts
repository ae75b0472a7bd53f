import type { Role } from '../../shared/auth/roles';
import { getDb } from './AppDb';

/**
 * A person's PIN record: the device's data key locked with a key derived from the PIN (PBKDF2-SHA-256,
 * a salt of this person's own; features/auth/pinHash.ts). `hash` alone is the older form (a PIN hash,
 * no key): such a person signs in online once and sets the PIN again.
 */
export type PinHash = { salt: string; iterations: number; wrappedKey?: string; hash?: string };

/**
 * A person who has signed in online on this tablet. Kept in meta rows `person:<user id>` so the lock
 * screen can list them offline. The tokens are the server's short-lived pair; the PIN never leaves the tablet.
 */
export type LocalPerson = {
  id: string;
  displayName: string;
  login: string;
  role: Role;
  /** ms, device clock: the 7-day offline allowance counts from here. */
  lastOnlineSignInAt: number;
  /** The server's pinResetAt when last seen (ISO); a reset newer than pinSetAt asks for a new PIN. */
  pinResetAt: string | null;
  pin?: PinHash;
  /** ms, device clock. */
  pinSetAt?: number;
  /** Wrong PINs in a row; at the limit only an online sign-in unlocks. */
  failedPins: number;
  /** The server ended this person's sign-in (PIN reset, disabled, revoked, expired): only a new one unlocks. */
  needsSignIn?: boolean;
  accessToken?: string;
  accessExpiresAt?: string;
  refreshToken?: string;
  refreshExpiresAt?: string;
};

const PREFIX = 'person:';
const keyOf = (id: string) => `${PREFIX}${id}`;

export async function listPeople(): Promise<LocalPerson[]> {
  const rows = await getDb().meta.where('key').startsWith(PREFIX).toArray();
  return rows.map((r) => r.value as LocalPerson).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export async function getPerson(id: string): Promise<LocalPerson | undefined> {
  return (await getDb().meta.get(keyOf(id)))?.value as LocalPerson | undefined;
}

export async function putPerson(person: LocalPerson): Promise<void> {
  await getDb().meta.put({ key: keyOf(person.id), value: person });
}

/** Read-modify-write of one person in one transaction; undefined when the person is not on this tablet. */
export async function updatePerson(id: string, change: (person: LocalPerson) => LocalPerson): Promise<LocalPerson | undefined> {
  const db = getDb();
  return db.transaction('rw', [db.meta], async () => {
    const person = await getPerson(id);
    if (!person) return undefined;
    const next = change(person);
    await putPerson(next);
    return next;
  });
}
