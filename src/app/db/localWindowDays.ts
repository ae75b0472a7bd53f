import type { AppDb } from './AppDb';

/** How many days of synced sessions a tablet keeps; the server keeps everything (DESIGN.md §4). */
export const DEFAULT_LOCAL_WINDOW_DAYS = 30;
export const LOCAL_WINDOW_KEY = 'localWindowDays';
const MIN_DAYS = 7;
const MAX_DAYS = 366;

export async function readLocalWindowDays(db: AppDb): Promise<number> {
  const value = (await db.meta.get(LOCAL_WINDOW_KEY))?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_DAYS && value <= MAX_DAYS ? value : DEFAULT_LOCAL_WINDOW_DAYS;
}

/** Sets the window; out-of-range values are refused so a typo cannot empty the tablet. */
export async function writeLocalWindowDays(db: AppDb, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) throw new RangeError(`local window must be ${MIN_DAYS}–${MAX_DAYS} days`);
  await db.meta.put({ key: LOCAL_WINDOW_KEY, value: days });
}
