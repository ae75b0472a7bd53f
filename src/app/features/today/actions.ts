import { deleteSession, restoreSession } from '../../db/sessionDeletes';
import { withReopen } from '../../db/lifecycle';

export async function removeSession(id: string): Promise<boolean> {
  try {
    await withReopen(() => deleteSession(id));
    return true;
  } catch {
    return false;
  }
}

export async function undoRemoveSession(id: string): Promise<boolean> {
  try {
    await withReopen(() => restoreSession(id));
    return true;
  } catch {
    return false;
  }
}
