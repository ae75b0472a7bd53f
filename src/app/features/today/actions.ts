import { withReopen } from '../../db/lifecycle';

/** True when the change is on disk; false tells the screen to show a translated error. */
async function succeeded(write: () => Promise<void>): Promise<boolean> {
  try {
    await withReopen(write);
    return true;
  } catch {
    return false;
  }
}

// Delete and undo load on first use (precached, so offline too): they are not needed to show the day.
const deletes = () => import('../../db/sessionDeletes');

export function removeSession(id: string): Promise<boolean> {
  return succeeded(async () => (await deletes()).deleteSession(id));
}

export function undoRemoveSession(id: string): Promise<boolean> {
  return succeeded(async () => (await deletes()).restoreSession(id));
}
