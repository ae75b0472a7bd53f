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

  async complete({ country, centre, volunteer }: { country: string; centre: string; volunteer: string }): Promise<void> {
    await this.page.getByLabel('Country').selectOption(country);
    await this.page.getByLabel('Centre', { exact: true }).fill(centre);
    await this.page.getByLabel('Your name as a volunteer').fill(volunteer);
    await this.page.getByRole('button', { name: 'Start' }).click();
    await this.page.getByRole('heading', { name: 'Today' }).waitFor();
  }
}
