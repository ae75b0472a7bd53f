import { getDb } from './AppDb';
import { relaxedDurability } from './durability';

const KEY = 'serviceUsage';
type Usage = Record<string, { count: number; lastUsedAt: number }>;

/**
 * Counts a saved session's services for "recent and frequent first", in a relaxed transaction of its own
 * after the save (not in the save's strict one: issue 2's latency budget). A count lost to a crash only
 * reorders the list.
 */
export function recordServiceUse(codes: readonly string[], now: number = Date.now()): Promise<void> {
  const db = getDb();
  return relaxedDurability(() =>
    db.transaction('rw', db.meta, async () => {
      const usage = ((await db.meta.get(KEY))?.value ?? {}) as Usage;
      for (const code of codes) usage[code] = { count: (usage[code]?.count ?? 0) + 1, lastUsedAt: now };
      await db.meta.put({ key: KEY, value: usage });
    }),
  );
}

/** A score per service code: recent use counts most, frequency breaks ties. */
export async function serviceUsageScores(now: number = Date.now()): Promise<Record<string, number>> {
  const usage = ((await getDb().meta.get(KEY))?.value ?? {}) as Usage;
  const scores: Record<string, number> = {};
  for (const [code, u] of Object.entries(usage)) {
    const daysAgo = (now - u.lastUsedAt) / 86_400_000;
    scores[code] = u.count / (1 + daysAgo) + (daysAgo < 1 ? 1000 : 0);
  }
  return scores;
}
