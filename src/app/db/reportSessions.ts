import { getDb } from './AppDb';
import type { LocalSession } from './tables';

/** Live sessions of one centre from `start` to `end` (local dates, inclusive), through the [centreId+day] index. */
export async function listSessionsBetween(centreId: string, start: string, end: string): Promise<LocalSession[]> {
  const rows = await getDb().sessions.where('[centreId+day]').between([centreId, start], [centreId, end], true, true).toArray();
  return rows.filter((s) => !s.deletedAt);
}
