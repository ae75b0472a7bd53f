import type { Locator, Page } from '@playwright/test';
import { openInEnglish } from './language';

export class ConsoleSignInPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openInEnglish(this.page, '/console/sign-in');
    await this.page.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
  }

  /** Fills the form by position, so it works in any language. */
  async submit(login: string, password: string): Promise<void> {
    const form = this.page.locator('form');
    await form.locator('input').nth(0).fill(login);
    await form.locator('input[type="password"]').fill(password);
    await form.getByRole('button').click();
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.submit(login, password);
    await this.page.getByRole('navigation', { name: 'Console menu' }).waitFor();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
