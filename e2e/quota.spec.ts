import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SessionFormPage } from './pages/SessionFormPage';
import { seriousViolations, smallTouchTargets } from './support/axe';
import { reloadUnlocked } from './support/unlock';

const STORAGE_FULL = "This tablet's storage is full. Your input is still here.";
const NOT_SAVED_NOTICE = "The tablet's storage is full: the session was not saved.";

/** Session ids in the sessions table and record ids in the outbox, read straight from IndexedDB. */
async function stored(page: Page): Promise<{ sessions: string[]; pending: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ sessions: string[]; pending: string[] }>((resolve, reject) => {
        const open = indexedDB.open('ura');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sessions', 'outbox']);
          const sessions = tx.objectStore('sessions').getAll();
          const outbox = tx.objectStore('outbox').getAll();
          tx.oncomplete = () => {
            db.close();
            const ids = (sessions.result as { id: string }[]).map((s) => s.id).sort();
            const pending = [...new Set((outbox.result as { recordId: string }[]).map((r) => r.recordId))].sort();
            resolve({ sessions: ids, pending });
          };
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
        };
      }),
  );
}

async function logSession(form: SessionFormPage, notes: string): Promise<void> {
  // The form clears itself after a save; filling before it has would lose the input.
  await expect(form.page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem')).toHaveCount(0);
  await form.fill({ services: [{ search: 'birth', name: /birth certificate/i }], minutes: '10 min', gender: 'Woman', age: '65 and over', firstVisit: 'Yes', notes });
}

/** Chromium's own quota for this origin, set below what it already uses: the next writes hit a real QuotaExceededError. */
async function fillStorage(page: Page, cdp: CDPSession): Promise<void> {
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: Math.max(1, usage - 1_000_000) });
  // IndexedDB caches the space it may use for a few seconds: wait until a scratch write is refused.
  await expect.poll(() => page.evaluate(probeWrite), { timeout: 30_000, intervals: [500] }).toBe('QuotaExceededError');
}

/** Writes 64 KB to a scratch database (not Ura's); resolves to 'ok' or the error's name. */
function probeWrite(): Promise<string> {
  return new Promise((resolve) => {
    const open = indexedDB.open('quota-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('probe', { autoIncrement: true });
    open.onerror = () => resolve(open.error?.name ?? 'open failed');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').add('x'.repeat(65_536));
      tx.oncomplete = () => (db.close(), resolve('ok'));
      tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
    };
  });
}

async function freeStorage(page: Page, cdp: CDPSession): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin });
}

test('with storage full no pending session is lost, the input stays, and saving works once there is room', async ({ readyPage: page, form, today, context }) => {
  await context.setOffline(true); // everything stays pending: the outbox is what must survive
  await form.open();
  await logSession(form, 'first, before the disk filled');
  await form.saveAndWaitForSaved();
  await logSession(form, 'second, before the disk filled');
  await form.saveAndWaitForSaved();
  const before = await stored(page);
  expect(before.pending).toHaveLength(2);
  expect(before.pending).toEqual(before.sessions);

  const cdp = await context.newCDPSession(page);
  await fillStorage(page, cdp);
  await logSession(form, 'third, typed while the disk is full');
  await form.save();

  await expect(page.getByRole('alert')).toContainText(STORAGE_FULL);
  await expect(page.getByRole('status').filter({ hasText: NOT_SAVED_NOTICE })).toBeVisible();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('third, typed while the disk is full');
  expect(await stored(page), 'the pending sessions are all still there').toEqual(before);

  await freeStorage(page, cdp);
  await form.save();
  await expect(page.getByRole('status').getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: NOT_SAVED_NOTICE }), 'there is room again').toHaveCount(0);
  const after = await stored(page);
  expect(after.pending).toHaveLength(3);
  expect(after.pending).toEqual(expect.arrayContaining(before.pending));

  await reloadUnlocked(page);
  await today.open();
  await expect(today.sessions).toHaveCount(3);
  for (const row of await today.sessions.all()) await expect(row).toContainText('not synced yet');
});

test('diagnostics show how safe the data is, and the today screen warns about sessions unsynced for over 3 days', async ({ readyPage: page, form, auth, tablet, context }) => {
  await context.setOffline(true);
  await form.open();
  await logSession(form, 'waits for a connection');
  await form.saveAndWaitForSaved();

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Storage and diagnostics' }).click();
  await expect(page.getByRole('heading', { name: 'Storage and diagnostics' })).toBeVisible();
  const value = (term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(value('Sessions not yet synced')).toHaveText('1');
  await expect(value('Oldest change not yet synced')).toHaveText(/just now|minute/);
  await expect(value('Data format version')).toHaveText(/^\d+$/);
  await expect(value('App version')).not.toBeEmpty();
  await expect(value('Space used (MB)')).toHaveText(/^\d[\d,.]*$/);
  await expect(value('Space free (MB)')).toHaveText(/^\d[\d,.]*$/);
  await expect(value('Protection from automatic deletion')).toContainText(/Protected|Not protected/);
  await expect(page.getByLabel('Synced sessions kept on this tablet')).toHaveValue('30');
  expect(await seriousViolations(page), 'diagnostics').toEqual([]);
  expect(await smallTouchTargets(page), 'diagnostics').toEqual([]);

  // Four days later, still offline: the volunteer is told on the today screen.
  await page.clock.setFixedTime(Date.now() + 4 * 86_400_000 + 60_000);
  await page.goto('/');
  await expect(auth.lockHeading.or(auth.todayHeading)).toBeVisible();
  if (await auth.lockHeading.isVisible()) {
    await auth.choosePerson(tablet.volunteer.displayName);
    await auth.enterPin(tablet.pin);
  }
  const warnings = page.getByRole('region', { name: 'Warnings about the data on this tablet' });
  await expect(warnings).toContainText('Some sessions have waited 4 days to reach the server.');
  expect(await seriousViolations(page), 'today with a warning').toEqual([]);
  expect(await smallTouchTargets(page), 'today with a warning').toEqual([]);
  await warnings.getByRole('link', { name: 'What to do' }).click();
  await expect(page.getByRole('heading', { name: 'Storage and diagnostics' })).toBeVisible();
  await expect(value('Oldest change not yet synced')).toHaveText('4 days ago');
});
