// Real IndexedDB semantics in Node for the Dexie tests (DESIGN.md §10).
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { holdDataKey, loadSealCipher } from '../app/db/sealing/dataKey';

/** A fixed data key: tests run as if a volunteer were signed in (a test of the locked tablet drops it). */
export const TEST_DATA_KEY = new Uint8Array(32).fill(7);

beforeEach(async () => {
  await loadSealCipher(); // as the app does before it holds a key (the cipher is not on the first route)
  holdDataKey(TEST_DATA_KEY);
});
