import { afterEach, describe, expect, it, vi } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { recordServiceUse, serviceUsageScores } from './serviceUsage';
import { createSession } from './sessions';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');

describe('service usage ("recent and frequent first")', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ranks what was used today first, then by use per day since', async () => {
    freshDb();
    await recordServiceUse(['AL-TAX-INCOME'], NOW - 10 * DAY);
    await recordServiceUse(['AL-TAX-INCOME'], NOW - 10 * DAY);
    await recordServiceUse(['AL-CIVIL-BIRTH-CERT'], NOW - 2 * DAY);
    await recordServiceUse(['AL-PENSION'], NOW - 60_000);
    const scores = await serviceUsageScores(NOW);
    const ranked = Object.keys(scores).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    expect(ranked).toEqual(['AL-PENSION', 'AL-CIVIL-BIRTH-CERT', 'AL-TAX-INCOME']);
  });

  it('loses no count when two saves note their services at once', async () => {
    freshDb();
    await Promise.all([recordServiceUse(['AL-PENSION'], NOW), recordServiceUse(['AL-PENSION', 'AL-TAX-INCOME'], NOW)]);
    const scores = await serviceUsageScores(NOW + DAY);
    // Read, counted and written in one transaction each: 2 uses a day ago, and 1.
    expect(scores['AL-PENSION']).toBeCloseTo(2 / 2);
    expect(scores['AL-TAX-INCOME']).toBeCloseTo(1 / 2);
  });

  it('is counted in a relaxed transaction of its own, never inside the strict save', async () => {
    const db = freshDb();
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await createSession(aSession());
    expect(await db.meta.get('serviceUsage')).toBeUndefined();
    await recordServiceUse(['AL-CIVIL-BIRTH-CERT']);
    const written = spy.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(written.map(([stores, , options]) => [[...stores].includes('sessions'), options?.durability])).toEqual([
      [true, 'strict'],
      [false, 'relaxed'],
    ]);
    expect(await db.meta.get('serviceUsage')).toMatchObject({ value: { 'AL-CIVIL-BIRTH-CERT': { count: 1 } } });
  });
});
