import { Dexie } from 'dexie';
import { getDb } from './AppDb';
import { DB_NAME, LATEST_DB_VERSION } from './schema';

export type DbStatus = 'open' | 'newer' | 'unreadable';

/** Set once another tab has taken the database to a newer schema: this tab must reload, never reopen. */
let wasReplaced = false;

/**
 * Opens the device database and says what happened, so the UI can show a rescue screen
 * instead of a blank page when the database is newer than this app or damaged.
 * `onBlocked`: this tab's upgrade waits for older tabs to close (it resumes by itself when they do).
 */
export async function openDb(onVersionChange: () => void, onBlocked?: () => void): Promise<DbStatus> {
  const db = getDb();
  db.on('versionchange', () => {
    // Another tab opens a newer schema: close now so its upgrade can run, and ask for a reload.
    // Returning false skips Dexie's default, which would reopen this old schema on the next call.
    wasReplaced = true;
    db.close({ disableAutoOpen: true });
    onVersionChange();
    return false;
  });
  if (onBlocked) db.on('blocked', () => onBlocked());
  if (await isNewerOnDisk()) return 'newer';
  try {
    await db.open();
    return 'open';
  } catch (error) {
    return error instanceof Dexie.VersionError || hasName(error, 'VersionError') ? 'newer' : 'unreadable';
  }
}

/**
 * Dexie does not fail on a database of a newer app version: it retries without a version and patches
 * the schema, changing data it does not understand. Look at the version on disk before opening.
 * Dexie stores version n as n×10 (and patched schemas as n×10+k), hence the division.
 */
async function isNewerOnDisk(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return false;
  const found = (await indexedDB.databases()).find((d) => d.name === DB_NAME);
  return Math.floor((found?.version ?? 0) / 10) > LATEST_DB_VERSION;
}

/** Runs a database call, reopening once if another part of the app closed the database meanwhile. */
export async function withReopen<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!hasName(error, 'DatabaseClosedError') || wasReplaced) throw error;
    await getDb().open();
    return call();
  }
}

function hasName(error: unknown, name: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { name?: unknown }).name === name || (error as { inner?: { name?: unknown } }).inner?.name === name)
  );
}
