import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchPageProblems } from './support/pageProblems';

/** A sessions row as a newer version of Ura might have written it, recognizable in the export. */
const ROW = { id: 'rescue-me-7f3a', notes: 'written by Ura from the future', services: [{ serviceCode: 'AL-FUTURE', outcome: 'completed' }] };

type StoreSpec = { name: string; keyPath: string; rows: unknown[] };

/** Writes a raw IndexedDB 'ura' database before the app opens it, as another version of the app would have. */
async function createRawDb(page: Page, version: number, stores: StoreSpec[]): Promise<void> {
  await page.evaluate(
    ({ version, stores }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ura', version);
        request.onupgradeneeded = () => {
          for (const store of stores) request.result.createObjectStore(store.name, { keyPath: store.keyPath });
        };
        request.onsuccess = () => {
          const db = request.result;
          const withRows = stores.filter((s) => s.rows.length > 0);
          if (withRows.length === 0) {
            db.close();
            return resolve();
          }
          const tx = db.transaction(withRows.map((s) => s.name), 'readwrite');
          for (const store of withRows) for (const row of store.rows) tx.objectStore(store.name).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onblocked = () => reject(new Error('open blocked'));
      }),
    { version, stores },
  );
}

/** The app on a blank origin, with nothing of its own stored yet: a page we can write IndexedDB from. */
async function openBlankOrigin(page: Page): Promise<void> {
  // An API URL is on the app's origin but never runs the app, so the app cannot create 'ura' first.
  await page.goto('/api/health');
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names).not.toContain('ura');
  // The volunteer had chosen English on this tablet (kept outside the database, read before it opens).
  await page.evaluate(() => localStorage.setItem('ura.language', 'en'));
}

async function rawDbState(page: Page): Promise<{ version: number; stores: string[] } | null> {
  return page.evaluate(async () => {
    const info = (await indexedDB.databases()).find((d) => d.name === 'ura');
    if (!info) return null;
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('ura');
      request.onsuccess = () => {
        const db = request.result;
        const state = { version: db.version, stores: Array.from(db.objectStoreNames).sort() };
        db.close();
        resolve(state);
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  });
}

async function saveRescueCopy(page: Page): Promise<{ exportedAt: string; data: Record<string, unknown[]> }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of the data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ura-rescue-\d+\.json$/);
  expect(await download.failure()).toBeNull();
  return JSON.parse(await readFile(await download.path(), 'utf8')) as { exportedAt: string; data: Record<string, unknown[]> };
}

test('a newer database shows a rescue screen, never a blank page', async ({ page }) => {
  const problems = watchPageProblems(page);
  await openBlankOrigin(page);
  // Dexie multiplies version numbers by 10: this app's schema version 1 is IndexedDB version 10.
  await createRawDb(page, 1000, [{ name: 'sessions', keyPath: 'id', rows: [ROW] }]);

  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'This tablet has data from a newer version of Ura' }),
    'the rescue screen, not the app running on (and upgrading) the newer database',
  ).toBeVisible();
  await expect(page.getByText('This copy of Ura is older than the data on this tablet. Nothing has been deleted.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();

  const copy = await saveRescueCopy(page);
  expect(copy.data.sessions).toContainEqual(ROW);
  expect(new Date(copy.exportedAt).getTime()).not.toBeNaN();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The older app must leave the newer database as it found it.
  expect(await rawDbState(page)).toEqual({ version: 1000, stores: ['sessions'] });
  expect(problems.errors, 'uncaught page errors').toEqual([]);
});

test('a database the app cannot open shows a rescue screen with what it holds', async ({ page }) => {
  const problems = watchPageProblems(page);
  await openBlankOrigin(page);
  // An older, incompatible layout: 'sessions' keyed by 'key' instead of 'id'. Dexie cannot change a
  // primary key in an upgrade, so opening it fails (UpgradeError) and the upgrade is rolled back.
  // (A database at this app's own version 10 that merely lacks tables or indexes is no test of this:
  // Dexie adds what is missing, bumps the version and opens it.)
  const oldRow = { key: 'rescue-me-too-91c2', notes: 'written by an incompatible layout' };
  await createRawDb(page, 5, [{ name: 'sessions', keyPath: 'key', rows: [oldRow] }]);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Ura cannot open its data on this tablet' })).toBeVisible();
  await expect(page.getByText('The data on this tablet could not be opened. Nothing has been deleted.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();

  const copy = await saveRescueCopy(page);
  expect(copy.data.sessions).toContainEqual(oldRow);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Nothing was changed: the failed upgrade left the database as it was.
  expect(await rawDbState(page)).toEqual({ version: 5, stores: ['sessions'] });
  expect(problems.errors, 'uncaught page errors').toEqual([]);
});
