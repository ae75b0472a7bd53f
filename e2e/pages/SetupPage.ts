import type { Page } from '@playwright/test';

export class SetupPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** The language picker has a different label in each language; its English option finds it. */
  async chooseLanguage(lng: string): Promise<void> {
    await this.page.locator('select:has(option[value="en"])').first().selectOption(lng);
  }
}
