import type { Locator, Page } from '@playwright/test';
import { openInEnglish } from './language';

/** /invite/<code>: the invited person chooses a login and password. */
export class AcceptInvitePage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<void> {
    await openInEnglish(this.page, new URL(link).pathname);
    await this.page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
  }

  async submit(login: string, password: string): Promise<void> {
    await this.page.getByLabel('Login', { exact: true }).fill(login);
    await this.page.getByLabel('New password', { exact: true }).fill(password);
    await this.page.getByLabel('New password again').fill(password);
    await this.page.getByRole('button', { name: 'Create my account' }).click();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
