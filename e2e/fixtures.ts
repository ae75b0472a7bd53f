import { test as base, expect, type Page } from '@playwright/test';
import { SessionFormPage } from './pages/SessionFormPage';
import { SetupPage } from './pages/SetupPage';
import { TodayPage } from './pages/TodayPage';

type Pages = { setup: SetupPage; form: SessionFormPage; today: TodayPage; readyPage: Page };

/**
 * Each test gets a fresh browser context (empty IndexedDB, no service worker), and `readyPage`:
 * a tablet already set up (in English) for a centre in Albania, with the app shell cached for offline use.
 */
export const test = base.extend<Pages>({
  setup: async ({ page }, use) => use(new SetupPage(page)),
  form: async ({ page }, use) => use(new SessionFormPage(page)),
  today: async ({ page }, use) => use(new TodayPage(page)),
  readyPage: async ({ page, setup }, use) => {
    await setup.open();
    await setup.chooseLanguage('en');
    await setup.complete({ country: 'AL', centre: 'ADISA Shkodër', volunteer: 'Arta' });
    await waitForOfflineReady(page);
    await use(page);
  },
});

/** Resolves once the service worker controls the page, so a reload works with no network. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  // evaluate (unlike waitForFunction) awaits the promise: the worker is active once `ready` resolves.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const isControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!isControlled) {
    // First visit: the worker activates but controls only the next load (prompt mode does not claim clients).
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  }
}

export { expect };
