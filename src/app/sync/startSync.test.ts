// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { LOCAL_CENTRE_ID, setUpTablet } from '../../test/sim/scriptedServer';
import { createSession } from '../db/sessions';
import { notifyLocalWrite, startSync, syncNow, syncState } from './index';

it('starts background sync in a page: state says offline with the pending count, and it retries', async () => {
  const db = freshDb();
  await setUpTablet(db);
  await createSession(aSession({ centreId: LOCAL_CENTRE_ID }));
  const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
  startSync();
  startSync(); // once only
  await vi.waitFor(() => expect(syncState.getSnapshot()).toMatchObject({ error: 'offline', pendingCount: 1, isSyncing: false }));
  expect(syncState.getSnapshot().nextRetryAt).not.toBeNull();
  expect(fetch.mock.calls[0]?.[0]).toBe('/api/sync/v1/centres');
  notifyLocalWrite();
  syncNow();
  await vi.waitFor(() => expect(fetch.mock.calls.length).toBeGreaterThan(1));
  fetch.mockRestore();
});
