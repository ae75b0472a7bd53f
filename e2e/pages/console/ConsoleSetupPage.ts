import type { Locator, Page } from '@playwright/test';
import { openInEnglish } from './language';

export type FirstAdmin = { code: string; displayName: string; login: string; password: string; repeat?: string };

/** /setup: the server's first start. */
export class ConsoleSetupPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openInEnglish(this.page, '/setup');
    await this.page.getByRole('heading', { name: 'Set up this server' }).waitFor();
  }

  async submit(admin: FirstAdmin): Promise<void> {
    await this.page.getByLabel('Setup code').fill(admin.code);
    await this.page.getByLabel('Name', { exact: true }).fill(admin.displayName);
    await this.page.getByLabel('Login', { exact: true }).fill(admin.login);
    await this.page.getByLabel('New password', { exact: true }).fill(admin.password);
    await this.page.getByLabel('New password again').fill(admin.repeat ?? admin.password);
    await this.page.getByRole('button', { name: 'Create the admin and open the console' }).click();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
