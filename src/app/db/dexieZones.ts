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

/** Runs `run` in a new zone carrying `mark`. */
export function inMarkedZone<T>(mark: string, run: () => Promise<T>): Promise<T> {
  return zones().newPSD(run, { [mark]: true });
}

/** Whether the current zone (or one it was made in) carries `mark`. */
export function isZoneMarked(mark: string): boolean {
  return zones().PSD[mark] === true;
}
