import { getDb } from './AppDb';
import { draftKey } from './drafts';
import { relaxedDurability } from './durability';
import { setCurrentActor } from './peopleActor';
import { dropDataKey } from './sealing/dataKey';

/**
 * Who is working on the tablet (meta 'auth'): the current person and whether the screens are locked.
 * `lastActiveAt` (ms) lets a reload notice that the idle time ran out while the app was closed.
 */
export type TabletAuth = { personId: string | null; isLocked: boolean; lastActiveAt: number; draftsOwner?: string };

export const AUTH_KEY = 'auth';
/** Test builds only ever write this (through IndexedDB): the idle lock in ms instead of 30 minutes. */
export const IDLE_LOCK_MS_KEY = 'auth.idleLockMs';

const EMPTY: TabletAuth = { personId: null, isLocked: true, lastActiveAt: 0 };
const DRAFTS = draftKey('');
const PARKED = 'parked:';

export async function readTabletAuth(): Promise<TabletAuth> {
  return { ...EMPTY, ...((await getDb().meta.get(AUTH_KEY))?.value as Partial<TabletAuth> | undefined) };
}

/** The idle lock override a test wrote, if any (a positive number of ms). */
export async function readIdleLockOverride(): Promise<number | undefined> {
  const value = (await getDb().meta.get(IDLE_LOCK_MS_KEY))?.value;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/**
 * Unlocks the tablet for a person. Unsaved form input belongs to whoever typed it: another person's
 * drafts are parked under their id and this person's come back, in the same transaction.
 */
export async function unlockFor(personId: string, now: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.meta], async () => {
    const auth = await readTabletAuth();
    const owner = auth.draftsOwner;
    if (owner !== undefined && owner !== personId) {
      await moveDrafts(DRAFTS, `${PARKED}${owner}:`);
      await moveDrafts(`${PARKED}${personId}:`, DRAFTS);
    }
    await db.meta.put({ key: AUTH_KEY, value: { personId, isLocked: false, lastActiveAt: now, draftsOwner: personId } satisfies TabletAuth });
  });
  setCurrentActor(personId);
}

/** Locks the screens of every tab and forgets the data key in all of them: sealed groups stay sealed. */
export async function lockTablet(): Promise<void> {
  const db = getDb();
  try {
    await db.transaction('rw', [db.meta], async () => {
      await db.meta.put({ key: AUTH_KEY, value: { ...(await readTabletAuth()), isLocked: true } });
    });
  } finally {
    dropDataKey();
    setCurrentActor(undefined);
  }
}

/**
 * Notes activity for the idle lock. Relaxed: it runs on a tap now and then, often the tap on Save, whose strict
 * transaction would otherwise wait for this one's disk sync; an OS crash that loses it leaves an older
 * `lastActiveAt`, which only locks sooner.
 */
export async function touchTabletAuth(now: number): Promise<void> {
  const db = getDb();
  await relaxedDurability(() =>
    db.transaction('rw', [db.meta], async () => {
      const auth = await readTabletAuth();
      if (!auth.isLocked) await db.meta.put({ key: AUTH_KEY, value: { ...auth, lastActiveAt: now } });
    }),
  );
}

async function moveDrafts(fromPrefix: string, toPrefix: string): Promise<void> {
  const db = getDb();
  const rows = await db.meta.where('key').startsWith(fromPrefix).toArray();
  await db.meta.bulkDelete(rows.map((r) => r.key));
  await db.meta.bulkPut(rows.map((r) => ({ key: `${toPrefix}${r.key.slice(fromPrefix.length)}`, value: r.value })));
}
