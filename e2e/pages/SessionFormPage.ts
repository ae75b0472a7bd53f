import { expect, type Page } from '@playwright/test';

export type SessionInput = {
  services: { search: string; name: RegExp | string; outcome?: string; blocker?: string }[];
  minutes?: string;
  gender?: string;
  age?: string;
  groups?: string[];
  firstVisit?: string;
  notes?: string;
};

export class SessionFormPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'New session' }).click();
    await this.page.getByRole('heading', { name: 'New session' }).waitFor();
  }

  async addService(search: string, name: RegExp | string): Promise<void> {
    await this.page.getByLabel('E-services', { exact: true }).fill(search);
    await this.page.getByRole('list', { name: 'E-services to choose from' }).getByRole('button', { name }).first().click();
  }

  async fill(input: SessionInput): Promise<void> {
    for (const s of input.services) {
      await this.addService(s.search, s.name);
      const row = this.page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem').last();
      if (s.outcome) await row.getByRole('radio', { name: s.outcome, exact: true }).check();
      if (s.blocker) await row.getByRole('radio', { name: s.blocker, exact: true }).check();
    }
    if (input.minutes) await this.page.getByRole('group', { name: 'Duration' }).getByRole('radio', { name: input.minutes, exact: true }).check();
    if (input.gender) await this.page.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: input.gender, exact: true }).check();
    if (input.age) await this.page.getByRole('group', { name: 'Age' }).getByRole('radio', { name: input.age, exact: true }).check();
    for (const g of input.groups ?? []) await this.page.getByRole('group', { name: 'Groups (optional)' }).getByRole('checkbox', { name: g }).check();
    if (input.firstVisit) await this.page.getByRole('group', { name: 'First visit to the centre?' }).getByRole('radio', { name: input.firstVisit, exact: true }).check();
    if (input.notes !== undefined) await this.page.getByLabel('Notes (optional)').fill(input.notes);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** An earlier "Saved" stays until the next save answers (the tap changes nothing on screen): waits for a new one. */
  async saveAndWaitForSaved(): Promise<void> {
    await this.page.locator('[role="status"]').evaluateAll((earlier) => earlier.forEach((el) => el.setAttribute('data-earlier', '')));
    await this.save();
    await expect(this.page.locator('[role="status"]:not([data-earlier])').filter({ hasText: 'Saved' })).toBeVisible();
  }
}
