import type { Locator, Page } from '@playwright/test';

export class TodayPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
    await this.page.getByRole('heading', { name: 'Today' }).waitFor();
  }

  get sessions(): Locator {
    return this.page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  }

  get count(): Locator {
    return this.page.locator('#today-count .big-number');
  }

  async deleteFirst(): Promise<void> {
    await this.sessions.first().getByRole('button', { name: /^Delete the session/ }).click();
  }

  async editFirst(): Promise<void> {
    await this.sessions.first().getByRole('button', { name: /^Edit the session/ }).click();
    await this.page.getByRole('heading', { name: 'Edit session' }).waitFor();
  }
}
