import type { Page } from '@playwright/test';

/**
 * Resolves once the page is controlled by an active service worker, reloading once if needed (the
 * first visit installs the worker, but in prompt mode it controls only the next load).
 *
 * Note: `waitForFunction` does not await a predicate's promise (any promise is truthy), so an async
 * predicate resolves at once; the checks here are a plain evaluate and a synchronous predicate.
 */
export async function ensureControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (await page.evaluate(() => Boolean(navigator.serviceWorker.controller))) return;
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 30_000 });
}

/** What a tablet does when it next checks the server: fetch sw.js again and install it if it changed. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration');
    await registration.update();
  });
}
