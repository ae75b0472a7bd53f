// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import { LOCAL_CENTRE_ID, setUpTablet } from '../../test/sim/scriptedServer';
import { createSession } from '../db/sessions';
import { syncNow, syncState } from './index';

// Its own file: the engine is started once per page (module), and here nothing has started it yet.
it('"Sync now" tapped before the engine has started (it loads when the first screen is idle) starts it', async () => {
  const db = freshDb();
  await setUpTablet(db);
  await createSession(aSession({ centreId: LOCAL_CENTRE_ID }));
  const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
  syncNow();
  await vi.waitFor(() => expect(syncState.getSnapshot()).toMatchObject({ error: 'offline', pendingCount: 1 }));
  expect(fetch).toHaveBeenCalled();
  fetch.mockRestore();
});
