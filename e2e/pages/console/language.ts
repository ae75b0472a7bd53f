import type { Page } from '@playwright/test';

/** The language picker has a different label in each language; its English option finds it. */
export async function chooseLanguage(page: Page, lng: string): Promise<void> {
  await page.locator('select:has(option[value="en"])').first().selectOption(lng);
}

/** Opens a page of the app and switches it to English (the app starts in Albanian). */
export async function openInEnglish(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await chooseLanguage(page, 'en');
}
