import { getDb } from '../../db/AppDb';
import { purgeOutsideWindow } from '../../db/localWindow';
import { writeLocalWindowDays } from '../../db/localWindowDays';
import { requestPersistentStorage } from '../../pwa/persist';

/** The diagnostics screen's "ask for protection": resolves to whether the browser agreed. */
export async function askForProtection(): Promise<boolean> {
  return requestPersistentStorage();
}

/** Changes how long synced sessions stay on the tablet; a shorter window applies at once. */
export async function changeLocalWindow(days: number): Promise<boolean> {
  try {
    const db = getDb();
    await writeLocalWindowDays(db, days);
    await purgeOutsideWindow(db, Date.now(), days);
    return true;
  } catch {
    return false;
  }
}
