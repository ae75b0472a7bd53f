import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, prepareTablet, test, VOLUNTEER_PIN, waitForOfflineReady } from './fixtures';
import { TodayPage } from './pages/TodayPage';
import { storedSessions } from './support/deviceSessions';
import { adminAuth, createCentre, createVolunteer, enrolmentCode } from './support/network';
import { OwnServer } from './support/server';
import { logSessions, syncBadge } from './support/sessions';
import { reloadUnlocked } from './support/unlock';

// Sync end to end (DESIGN.md §5, §10): real Chromium tablets, the production build and the real server.

const CENTRE = 'ADISA Shkodër';


async function syncNow(page: Page): Promise<void> {
  await syncBadge(page).click();
  await page.getByRole('heading', { name: 'Sync' }).waitFor();
  await page.getByRole('button', { name: 'Sync now' }).click();
}

/** Session ids the tablet holds (not deleted), straight from IndexedDB. */
async function localSessionIds(page: Page): Promise<string[]> {
  return (await storedSessions(page)).map((s) => s.id);
}

/** Counts in a server's SQLite file, opened read-only next to the running server (WAL). */
function serverCounts(sqlitePath: string, centreId: string): { sessions: number; distinct: number; ledger: number } {
  const db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        'select count(*) as sessions, count(distinct id) as distinct_ids from sessions where centre_id = ? and deleted_at is null',
      )
      .get(centreId) as { sessions: number; distinct_ids: number };
    const ledger = db
      .prepare(
        'select count(*) as n from applied_mutations m join devices d on d.id = m.device_id where d.centre_id = ?',
      )
      .get(centreId) as { n: number };
    return { sessions: row.sessions, distinct: row.distinct_ids, ledger: ledger.n };
  } finally {
    db.close();
  }
}

async function newTablet(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  return { context, page: await context.newPage() };
}

test('two tablets of one centre converge', async ({ readyPage: pageA, context: contextA, browser, baseURL, tablet, request }) => {
  test.setTimeout(180_000);
  const N = 20;
  await expect(syncBadge(pageA)).toHaveText('All synced', { timeout: 30_000 });
  const centreId = tablet.centre.id;

  // Tablet B: enrolled to the same centre with a code of its own, another volunteer signed in on it.
  const { context: contextB, page: pageB } = await newTablet(browser, baseURL!);
  try {
    const blerta = await createVolunteer(request, tablet.adminAuth, centreId, 'Blerta');
    await prepareTablet(pageB, await enrolmentCode(request, tablet.adminAuth, centreId), blerta, '246810');
    await waitForOfflineReady(pageB, '246810');
    await syncNow(pageB);
    await expect(syncBadge(pageB)).toHaveText('All synced', { timeout: 30_000 });
    await expect(pageB.getByRole('alert')).toHaveCount(0);

    // A logs N sessions offline; B sees none of them.
    await contextA.setOffline(true);
    await logSessions(pageA, N);
    await expect(syncBadge(pageA)).toHaveText(`${N} waiting to sync`);
    const todayB = new TodayPage(pageB);
    await syncNow(pageB);
    await expect(pageB.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 30_000 });
    await todayB.open();
    await expect(todayB.count).toHaveText('0');
    await expect(todayB.sessions).toHaveCount(0);

    // A comes back online: the `online` trigger pushes; "Sync now" too, in case the event came first.
    await contextA.setOffline(false);
    await syncNow(pageA);
    await expect(syncBadge(pageA)).toHaveText('All synced', { timeout: 30_000 });
    await expect(pageA.getByRole('alert')).toHaveCount(0);

    const idsA = await localSessionIds(pageA);
    expect(idsA).toHaveLength(N);
    expect(serverCounts(join(process.env.E2E_DATA_DIR!, 'ura.sqlite'), centreId)).toMatchObject({
      sessions: N,
      distinct: N,
    });

    // B pulls them: the same N, no duplicates.
    await syncNow(pageB);
    await todayB.open();
    await expect(todayB.count).toHaveText(String(N), { timeout: 30_000 });
    await expect(todayB.sessions).toHaveCount(N);
    const idsB = await localSessionIds(pageB);
    expect(new Set(idsB).size).toBe(idsB.length);
    expect([...idsB].sort()).toEqual([...idsA].sort());
    await expect(syncBadge(pageB)).toHaveText('All synced');

    // A reload shows the same on both (nothing lives only in memory).
    for (const [page, pin] of [[pageA, VOLUNTEER_PIN], [pageB, '246810']] as const) {
      await reloadUnlocked(page, pin);
      const today = new TodayPage(page);
      await today.open();
      await expect(today.count).toHaveText(String(N));
      await expect(today.sessions).toHaveCount(N);
    }
  } finally {
    await contextB.close();
  }
});

for (const when of ['after the commit (the answer is lost)', 'before the request reaches it'] as const) {
  test(`the server killed with SIGKILL ${when} in the middle of a push loses nothing and duplicates nothing`, async ({
    browser,
    playwright,
  }) => {
    test.setTimeout(180_000);
    const N = 30;
    const server = await OwnServer.start();
    const { context, page } = await newTablet(browser, server.url);
    const api = await playwright.request.newContext({ baseURL: server.url });
    try {
      const auth = await adminAuth(api, server.dataDir);
      const { id: centreId } = await createCentre(api, auth, CENTRE);
      const arta = await createVolunteer(api, auth, centreId, 'Arta');
      await prepareTablet(page, await enrolmentCode(api, auth, centreId), arta, '482913');
      await waitForOfflineReady(page);
      await expect(syncBadge(page)).toHaveText('All synced', { timeout: 30_000 });

      await context.setOffline(true);
      await logSessions(page, N);
      await expect(syncBadge(page)).toHaveText(`${N} waiting to sync`);

      // The first push: forwarded to the server (or not), then the server dies; the tablet gets no answer.
      let intercepted = 0;
      let committed: { status: number; results: { status: string }[] } | null = null;
      let killed!: () => void;
      const serverKilled = new Promise<void>((resolve) => (killed = resolve));
      await page.route('**/api/sync/v1/push', async (route) => {
        if (intercepted++ > 0) return route.continue();
        if (when.startsWith('after')) {
          const response = await route.fetch();
          committed = { status: response.status(), ...((await response.json()) as { results: { status: string }[] }) };
        }
        await server.kill('SIGKILL');
        await route.abort('connectionreset');
        killed();
      });
      await context.setOffline(false);
      await syncNow(page);
      await serverKilled;

      if (when.startsWith('after')) {
        // The server did commit the whole batch before it died.
        expect(committed).not.toBeNull();
        expect(committed!.status).toBe(200);
        expect(committed!.results).toHaveLength(N);
        expect(committed!.results.every((r) => r.status === 'applied')).toBe(true);
        expect(serverCounts(server.sqlitePath, centreId)).toEqual({ sessions: N, distinct: N, ledger: N });
      } else {
        expect(serverCounts(server.sqlitePath, centreId)).toEqual({ sessions: 0, distinct: 0, ledger: 0 });
      }
      // The tablet still holds every change (no answer means nothing was acknowledged).
      await expect(syncBadge(page)).toHaveText(`${N} waiting to sync`);

      await server.restart();
      await syncNow(page);
      await expect(syncBadge(page)).toHaveText('All synced', { timeout: 30_000 });
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(intercepted).toBeGreaterThan(1);

      expect(serverCounts(server.sqlitePath, centreId)).toEqual({ sessions: N, distinct: N, ledger: N });
      const ids = await localSessionIds(page);
      expect(ids).toHaveLength(N);
      expect(new Set(ids).size).toBe(N);
      const today = new TodayPage(page);
      await today.open();
      await expect(today.count).toHaveText(String(N));
      await expect(today.sessions).toHaveCount(N);
      await expect(today.sessions.filter({ hasText: 'not synced yet' })).toHaveCount(0);
    } finally {
      await api.dispose();
      await context.close();
      await server.stop();
    }
  });
}
