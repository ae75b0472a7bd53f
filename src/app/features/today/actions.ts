import { deleteSession, restoreSession } from '../../db/sessionDeletes';
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

export function removeSession(id: string): Promise<boolean> {
  return succeeded(() => deleteSession(id));
}

export function undoRemoveSession(id: string): Promise<boolean> {
  return succeeded(() => restoreSession(id));
}
