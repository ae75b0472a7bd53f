import type { Locator, Page } from '@playwright/test';

export type CentreInput = { name: string; country: string; municipality: string; kind: 'Fixed desk' | 'Mobile team' | 'Online or phone' };

export class CentresPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Centres' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async add(centre: CentreInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a centre' }).click();
    await this.saveNew(centre);
  }

  /** Fills the open "New centre" form and saves it. */
  async saveNew(centre: CentreInput): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New centre' });
    await form.getByLabel('Centre', { exact: true }).fill(centre.name);
    await form.getByLabel('Country').selectOption(centre.country);
    await form.getByLabel('Municipality').fill(centre.municipality);
    await form.getByRole('radio', { name: centre.kind, exact: true }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await this.row(centre.name).waitFor();
  }
}
