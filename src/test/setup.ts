// Real IndexedDB semantics in Node for the Dexie tests (DESIGN.md §10).
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { holdDataKey } from '../app/db/sealing/dataKey';

/** A fixed data key: tests run as if a volunteer were signed in (a test of the locked tablet drops it). */
export const TEST_DATA_KEY = new Uint8Array(32).fill(7);

beforeEach(() => {
  holdDataKey(TEST_DATA_KEY);
});
