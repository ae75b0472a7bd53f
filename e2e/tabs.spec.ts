import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SessionFormPage } from './pages/SessionFormPage';
import { TodayPage } from './pages/TodayPage';
import { watchPageProblems } from './support/pageProblems';
import { storedSessions } from './support/deviceSessions';

const badge = (page: Page) => page.locator('a.sync-badge');
/** A sessions row as schema version 1 stored it, not yet synced (so no local window removes it). */
const OLD_ROW = { id: '01900000-0000-7000-8000-00000000b001', centreId: '01900000-0000-7000-8000-000000000001', day: '2026-10-02', updatedAt: 1, version: 0, notes: 'written by version 1' };

async function openForm(page: Page): Promise<SessionFormPage> {
  const form = new SessionFormPage(page);
  await form.open();
  return form;
}

async function fillOne(form: SessionFormPage, notes: string): Promise<SessionFormPage> {
  await form.fill({ services: [{ search: 'birth', name: /birth certificate/i }], minutes: '10 min', gender: 'Man', age: '65 and over', firstVisit: 'Yes', notes });
  return form;
}

/** IndexedDB's version of 'ura' (Dexie stores schema version n as n×10). */
async function idbVersion(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'ura')?.version);
}

test('two tabs log at once and both sessions reach the server', async ({ readyPage: pageA, context }) => {
  const pageB = await context.newPage();
  await pageB.goto('/');
  await pageB.getByRole('heading', { name: 'Today' }).waitFor();
  // Both forms open before either is typed in: the new-session draft is one per tablet, shared by its tabs.
  const [formA, formB] = [await openForm(pageA), await openForm(pageB)];
  await fillOne(formA, 'from tab A');
  await fillOne(formB, 'from tab B');
  await Promise.all([formA.save(), formB.save()]);

  for (const page of [pageA, pageB]) {
    await expect(badge(page)).toHaveText('All synced', { timeout: 30_000 });
    const today = new TodayPage(page);
    await today.open();
    await expect(today.sessions).toHaveCount(2);
    await expect(today.sessions.filter({ hasText: 'not synced yet' })).toHaveCount(0);
  }
});

test('a schema upgrade in another tab closes this one cleanly: a reload screen, never a blank page', async ({ readyPage: pageA, context }) => {
  const problems = watchPageProblems(pageA);
  const before = await idbVersion(pageA);
  expect(before).toBeGreaterThan(0);
  // The other tab runs a newer Ura: it opens the database at a higher version. An API URL runs no app code.
  const pageB = await context.newPage();
  await pageB.goto('/api/health');
  const outcome = await pageB.evaluate(
    (version) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('ura', version);
        let wasBlocked = false;
        request.onblocked = () => (wasBlocked = true);
        request.onsuccess = () => {
          request.result.close();
          resolve(wasBlocked ? 'opened after waiting' : 'opened');
        };
        request.onerror = () => resolve(`failed: ${String(request.error)}`);
        setTimeout(() => resolve('still blocked after 10 s'), 10_000);
      }),
    before! + 10,
  );
  expect(outcome, 'the old tab must let go of the database at once').toBe('opened');

  await expect(pageA.getByRole('heading', { name: 'Ura was updated in another tab' })).toBeVisible();
  await expect(pageA.getByRole('button', { name: 'Reload' })).toBeVisible();
  expect(problems.errors, 'uncaught page errors').toEqual([]);
});

test('a new version waits for a tab still on the old one, says so, and goes on once it closes', async ({ page }) => {
  const problems = watchPageProblems(page);
  const oldTab = await page.context().newPage();
  await oldTab.goto('/api/health');
  await oldTab.evaluate(() => localStorage.setItem('ura.language', 'en'));
  // An older Ura (schema version 1, IndexedDB version 10) that holds its connection and ignores versionchange.
  await oldTab.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ura', 10);
        request.onupgradeneeded = () => request.result.createObjectStore('sessions', { keyPath: 'id' });
        request.onsuccess = () => {
          const db = request.result;
          (window as unknown as { heldDb: IDBDatabase }).heldDb = db;
          const tx = db.transaction('sessions', 'readwrite');
          tx.objectStore('sessions').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      }),
    OLD_ROW,
  );

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Finishing an update of Ura' })).toBeVisible();
  expect(await idbVersion(page)).toBe(10);

  await oldTab.evaluate(() => (window as unknown as { heldDb: IDBDatabase }).heldDb.close());
  await expect(page.getByRole('heading', { name: 'Finishing an update of Ura' })).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(await idbVersion(page)).toBeGreaterThan(10);
  // The upgrade kept what version 1 had written.
  expect(await storedSessions(page)).toEqual([expect.objectContaining({ id: OLD_ROW.id, notes: OLD_ROW.notes })]);
  expect(problems.errors, 'uncaught page errors').toEqual([]);
});
