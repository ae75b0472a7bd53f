import { expect, type Page } from '@playwright/test';

/** The update prompt, and what it says while a form holds unsaved input. */
export const updateBanner = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Ura is ready.' });
export const WAITING_FOR_FORM = 'The update will be applied as soon as the open form is saved or cleared.';

/** The app version Settings shows (the build id of the running code). */
export async function appVersion(page: Page): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  const version = page.locator('dt:text-is("App version") + dd');
  await expect(version).not.toBeEmpty();
  return (await version.textContent())!.trim();
}
