import type { Page } from '@playwright/test';

/** The PIN the `readyPage` fixture's volunteer sets. */
export const VOLUNTEER_PIN = '482913';

/**
 * After a reload, a navigation typed in the address bar or a browser restart, the app has no data key
 * in memory: it asks the signed-in person's PIN again (in whatever language is chosen).
 */
export async function unlockAfterRestart(page: Page, pin = VOLUNTEER_PIN): Promise<void> {
  const field = page.locator('input[autocomplete="current-password"]');
  await field.fill(pin);
  await field.press('Enter');
  await field.waitFor({ state: 'detached', timeout: 30_000 });
}

export async function reloadUnlocked(page: Page, pin = VOLUNTEER_PIN): Promise<void> {
  await page.reload();
  await unlockAfterRestart(page, pin);
}

export async function gotoUnlocked(page: Page, path: string, pin = VOLUNTEER_PIN): Promise<void> {
  await page.goto(path);
  await unlockAfterRestart(page, pin);
}

/** A navigation inside the running app (as a tap on a link does): the key stays in memory. */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state as unknown }));
  }, path);
}
