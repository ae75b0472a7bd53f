import { getDb } from './AppDb';

const KEY = 'serviceUsage';
type Usage = Record<string, { count: number; lastUsedAt: number }>;

/** Called inside a session write transaction: counts feed "recent and frequent first". */
export async function recordServiceUse(codes: readonly string[]): Promise<void> {
  const db = getDb();
  const usage = ((await db.meta.get(KEY))?.value ?? {}) as Usage;
  const now = Date.now();
  for (const code of codes) usage[code] = { count: (usage[code]?.count ?? 0) + 1, lastUsedAt: now };
  await db.meta.put({ key: KEY, value: usage });
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
