import type { AppDb } from '../AppDb';
import { currentDataKey } from './dataKey';

const DONE_KEY = 'sealing.passDone';
/** Tables whose rows may hold groups written before sealing existed (reference data never does). */
const TABLES = ['sessions', 'outbox', 'deadLetters', 'sentLog', 'heldChanges', 'meta'] as const;

/**
 * Once per tablet, at the first unlock after the update that brought sealing: every row is written
 * back, so groups stored in the clear before then are sealed too. Each table in one transaction (a
 * row is never half-rewritten); the mark is set only after all of them.
 */
export async function sealOlderRows(db: AppDb): Promise<void> {
  if (!currentDataKey() || (await db.meta.get(DONE_KEY))) return;
  for (const name of TABLES) {
    const table = db.table(name);
    await db.transaction('rw', table, async () => {
      await table.bulkPut(await table.toArray());
    });
  }
  await db.meta.put({ key: DONE_KEY, value: Date.now() });
}
