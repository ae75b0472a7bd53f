import { Dexie } from 'dexie';

/**
 * Dexie's zones (PSD): a zone follows a transaction's work across awaits, so a mark set around a call
 * is still there when a middleware runs for it. Marks are inherited by the zones made inside.
 */
type Zone = Record<string, unknown>;
type ZonedPromise = { PSD: Zone; newPSD: <T>(fn: () => T, props: Zone) => T };

function zones(): ZonedPromise {
  // Dexie.Promise's zone API (PSD / newPSD) is public at runtime but not in its typings.
  return Dexie.Promise as unknown as ZonedPromise;
}

/** Runs `run` in a new zone carrying `props` (read back with zoneValue). */
export function inZoneWith<T>(props: Zone, run: () => Promise<T>): Promise<T> {
  return zones().newPSD(run, props);
}

/** The value of `key` in the current zone (or one it was made in). */
export function zoneValue(key: string): unknown {
  return zones().PSD[key];
}

/** Runs `run` in a new zone carrying `mark`. */
export function inMarkedZone<T>(mark: string, run: () => Promise<T>): Promise<T> {
  return inZoneWith({ [mark]: true }, run);
}

/** Whether the current zone (or one it was made in) carries `mark`. */
export function isZoneMarked(mark: string): boolean {
  return zoneValue(mark) === true;
}
